import { z } from "zod";
import { emptyBodySchema, idParamsSchema } from "../../../shared/ids.ts";
import {
  caseReferralSchema,
  caseReferralsParamsSchema,
  sendReferralInputSchema,
} from "../../../shared/referrals.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { cancelReferral, listCaseReferrals, sendReferral } from "./referrals.service.ts";

const tags = ["referrals"];

/** The sending side: a case's referrals. */
export const caseReferralsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/cases/:caseId/referrals",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "A case's referrals, the latest first, with overdue ones marked",
        params: caseReferralsParamsSchema,
        response: { 200: z.object({ items: z.array(caseReferralSchema) }), ...errorResponses },
      },
    },
    async (request) => listCaseReferrals(ctx, actorOf(request), request.params.caseId),
  );

  app.post(
    "/api/cases/:caseId/referrals",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary:
          "Refer a victim to another organisation (needs the victim's consent or a coordinator's override)",
        params: caseReferralsParamsSchema,
        body: sendReferralInputSchema,
        response: { 201: caseReferralSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sendReferral(ctx, actorOf(request), request.params.caseId, request.body)),
  );

  app.post(
    "/api/referrals/:id/cancel",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Withdraw a referral that is still sent or accepted",
        params: idParamsSchema,
        body: emptyBodySchema,
        response: { 200: caseReferralSchema, ...errorResponses },
      },
    },
    async (request) => cancelReferral(ctx, actorOf(request), request.params.id),
  );
};
