import { caseParamsSchema } from "../../../shared/cases.ts";
import {
  caseServicesSchema,
  recordServiceInputSchema,
  serviceParamsSchema,
  serviceSchema,
  updateServiceInputSchema,
} from "../../../shared/services.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { listCaseServices, recordCaseService, updateCaseService } from "./services.service.ts";

const tags = ["services"];

/** The services a case's victims receive, recorded from the case. */
export const caseServicesRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/cases/:caseId/services",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "A case's services and each victim's 7-day first-aid deadline",
        params: caseParamsSchema,
        response: { 200: caseServicesSchema, ...errorResponses },
      },
    },
    async (request) => listCaseServices(ctx, actorOf(request), request.params.caseId),
  );

  app.post(
    "/api/cases/:caseId/services",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Record a service for a victim (one that has started moves an open case to in service)",
        params: caseParamsSchema,
        body: recordServiceInputSchema,
        response: { 201: serviceSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordCaseService(ctx, actorOf(request), request.params.caseId, request.body)),
  );

  app.patch(
    "/api/cases/:caseId/services/:serviceId",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Change a service's type, provider, status, dates or outcome",
        params: serviceParamsSchema,
        body: updateServiceInputSchema,
        response: { 200: serviceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { caseId, serviceId } = request.params;
      return updateCaseService(ctx, actorOf(request), caseId, serviceId, request.body);
    },
  );
};
