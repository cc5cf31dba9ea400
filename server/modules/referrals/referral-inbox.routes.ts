import { emptyBodySchema, idParamsSchema } from "../../../shared/ids.ts";
import { pageSchema } from "../../../shared/pagination.ts";
import {
  completeReferralInputSchema,
  declineReferralInputSchema,
  inboxQuerySchema,
  receivedReferralSchema,
  revealedIdentitySchema,
} from "../../../shared/referrals.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { revealReferralIdentity } from "./referral-identity.service.ts";
import {
  acceptReferral,
  completeReferral,
  declineReferral,
  getReceivedReferral,
  listInbox,
} from "./referral-responses.service.ts";

const tags = ["referrals"];
const one = { params: idParamsSchema, response: { 200: receivedReferralSchema, ...errorResponses } };

/** The receiving side: the referrals addressed to the caller's organisation. */
export const referralInboxRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/referrals/inbox",
    {
      config: { access: "referral.respond" },
      schema: {
        tags,
        summary: "Referrals addressed to the caller's organisation: overdue first, then the soonest due",
        querystring: inboxQuerySchema,
        response: { 200: pageSchema(receivedReferralSchema), ...errorResponses },
      },
    },
    async (request) => listInbox(ctx, actorOf(request), request.query),
  );

  app.get(
    "/api/referrals/:id",
    {
      config: { access: "referral.respond" },
      schema: { tags, summary: "One referral, as received", ...one },
    },
    async (request) => getReceivedReferral(ctx, actorOf(request), request.params.id),
  );

  app.post(
    "/api/referrals/:id/accept",
    {
      config: { access: "referral.respond" },
      schema: {
        tags,
        summary: "Accept a referral (an open case moves to in service)",
        body: emptyBodySchema,
        ...one,
      },
    },
    async (request) => acceptReferral(ctx, actorOf(request), request.params.id),
  );

  app.post(
    "/api/referrals/:id/decline",
    {
      config: { access: "referral.respond" },
      schema: { tags, summary: "Decline a referral, saying why", body: declineReferralInputSchema, ...one },
    },
    async (request) => declineReferral(ctx, actorOf(request), request.params.id, request.body.reason),
  );

  app.post(
    "/api/referrals/:id/complete",
    {
      config: { access: "referral.respond" },
      schema: {
        tags,
        summary: "Mark an accepted referral completed",
        body: completeReferralInputSchema,
        ...one,
      },
    },
    async (request) => completeReferral(ctx, actorOf(request), request.params.id, request.body?.note ?? null),
  );

  app.post(
    "/api/referrals/:id/reveal",
    {
      config: { access: "identity.reveal" },
      schema: {
        tags,
        summary: "The identity fields the referral shares (receiving organisation, open referrals; audited)",
        params: idParamsSchema,
        body: emptyBodySchema,
        response: { 200: revealedIdentitySchema, ...errorResponses },
      },
    },
    async (request) => revealReferralIdentity(ctx, actorOf(request), request.params.id),
  );
};
