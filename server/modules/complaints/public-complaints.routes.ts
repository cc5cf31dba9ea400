import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  publicChallengeSchema,
  publicComplaintInputSchema,
  publicComplaintStatusSchema,
  publicReceiptSchema,
  trackingParamsSchema,
} from "../../../shared/complaints.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { issueChallenge } from "./public-challenge.ts";
import { submitPublicComplaint, trackComplaint } from "./public-complaints.service.ts";

const tags = ["public"];
const TEN_MINUTES = 10 * 60_000;
// Someone may reload the form, or let a challenge expire, a few times for each complaint sent.
const CHALLENGES_PER_COMPLAINT = 10;

/**
 * The public complaint form, without an account. Security: every route is throttled per IP; a
 * complaint also costs a proof of work, and tracking answers a status and nothing more.
 */
export const publicComplaintsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/public/complaints/challenge",
    {
      config: {
        access: "public",
        rateLimit: {
          max: ctx.config.publicFormLimitPer10Min * CHALLENGES_PER_COMPLAINT,
          timeWindow: TEN_MINUTES,
        },
      },
      schema: {
        tags,
        summary: "A proof-of-work challenge to solve before sending a complaint",
        response: { 200: publicChallengeSchema, 429: apiErrorSchema },
      },
    },
    async () => issueChallenge(ctx),
  );

  app.post(
    "/api/public/complaints",
    {
      config: {
        access: "public",
        rateLimit: { max: ctx.config.publicFormLimitPer10Min, timeWindow: TEN_MINUTES },
      },
      schema: {
        tags,
        summary: "Send a complaint (anonymous allowed); answers the tracking code",
        body: publicComplaintInputSchema,
        response: { 201: publicReceiptSchema, 422: apiErrorSchema, 429: apiErrorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitPublicComplaint(ctx, request.body, { ip: request.ip })),
  );

  app.get(
    "/api/public/complaints/:trackingCode",
    {
      config: {
        access: "public",
        // Security: with 40-bit codes, this is what makes guessing someone else's code hopeless.
        rateLimit: { max: ctx.config.publicTrackingLimitPer10Min, timeWindow: TEN_MINUTES },
      },
      schema: {
        tags,
        summary: "Where a complaint stands, by its tracking code",
        params: trackingParamsSchema,
        response: {
          200: publicComplaintStatusSchema,
          404: apiErrorSchema,
          422: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request) => trackComplaint(ctx, request.params.trackingCode),
  );
};
