import { z } from "zod";
import { idParamsSchema } from "../../../shared/ids.ts";
import {
  recordReferralServiceInputSchema,
  referralServiceParamsSchema,
  serviceSchema,
  updateReferralServiceInputSchema,
} from "../../../shared/services.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import {
  listReferralServices,
  recordReferralService,
  updateReferralService,
} from "./referral-services.service.ts";

const tags = ["services"];

/** The receiving organisation's services under an accepted referral, without the case. */
export const referralServicesRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/referrals/:id/services",
    {
      config: { access: "referral.respond" },
      schema: {
        tags,
        summary: "The services given under a referral",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(serviceSchema) }), ...errorResponses },
      },
    },
    async (request) => listReferralServices(ctx, actorOf(request), request.params.id),
  );

  app.post(
    "/api/referrals/:id/services",
    {
      config: { access: "referral.respond" },
      schema: {
        tags,
        summary: "Record a service given under an accepted referral (receiving organisation)",
        params: idParamsSchema,
        body: recordReferralServiceInputSchema,
        response: { 201: serviceSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordReferralService(ctx, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/api/referrals/:id/services/:serviceId",
    {
      config: { access: "referral.respond" },
      schema: {
        tags,
        summary: "Change a service given under an accepted referral (receiving organisation)",
        params: referralServiceParamsSchema,
        body: updateReferralServiceInputSchema,
        response: { 200: serviceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, serviceId } = request.params;
      return updateReferralService(ctx, actorOf(request), id, serviceId, request.body);
    },
  );
};
