import { z } from "zod";
import {
  consentActionParamsSchema,
  consentSchema,
  recordConsentInputSchema,
} from "../../../shared/consents.ts";
import { emptyBodySchema } from "../../../shared/ids.ts";
import { casePersonParamsSchema } from "../../../shared/people.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { listConsents, recordConsent, withdrawConsent } from "./consents.service.ts";

const tags = ["referrals"];
const path = "/api/cases/:caseId/people/:casePersonId/consents";

export const consentsRoutes: RouteModule = (app, ctx) => {
  app.get(
    path,
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "A victim's consents to be referred, the latest first",
        params: casePersonParamsSchema,
        response: { 200: z.object({ items: z.array(consentSchema) }), ...errorResponses },
      },
    },
    async (request) =>
      listConsents(ctx, actorOf(request), request.params.caseId, request.params.casePersonId),
  );

  app.post(
    path,
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Record a victim's (or their guardian's) consent to be referred",
        params: casePersonParamsSchema,
        body: recordConsentInputSchema,
        response: { 201: consentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { caseId, casePersonId } = request.params;
      const consent = await recordConsent(ctx, actorOf(request), caseId, casePersonId, request.body);
      return reply.status(201).send(consent);
    },
  );

  app.post(
    `${path}/:consentId/withdraw`,
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Withdraw a consent",
        params: consentActionParamsSchema,
        body: emptyBodySchema,
        response: { 200: consentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { caseId, casePersonId, consentId } = request.params;
      return withdrawConsent(ctx, actorOf(request), caseId, casePersonId, consentId);
    },
  );
};
