import {
  caseListItemSchema,
  caseParamsSchema,
  caseSchema,
  exportCasesQuerySchema,
  listCasesQuerySchema,
  openCaseInputSchema,
  timelineEventSchema,
  timelineQuerySchema,
  updateCaseInputSchema,
} from "../../../shared/cases.ts";
import { pageSchema } from "../../../shared/pagination.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { getCase, listCases, listTimeline, openCase, updateCase } from "./cases.service.ts";
import { exportCases } from "./cases-export.ts";

const tags = ["cases"];

export const casesRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/cases",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "Cases within the caller's reach, newest first, with filters",
        querystring: listCasesQuerySchema,
        response: { 200: pageSchema(caseListItemSchema), ...errorResponses },
      },
    },
    async (request) => listCases(ctx, actorOf(request), request.query),
  );

  app.get(
    "/api/cases/export",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary:
          "The victims of the visible cases as CSV (pseudonymous codes, HTCDS values), with the list's filters",
        querystring: exportCasesQuerySchema,
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const { stream, fileName } = await exportCases(ctx, actorOf(request), request.query);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${fileName}"`)
        .header("cache-control", "no-store")
        .send(stream);
    },
  );

  app.post(
    "/api/cases",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Open a case (it gets the next TPPO number)",
        body: openCaseInputSchema,
        response: { 201: caseSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await openCase(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/cases/:caseId",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "One case",
        params: caseParamsSchema,
        response: { 200: caseSchema, ...errorResponses },
      },
    },
    async (request) => getCase(ctx, actorOf(request), request.params.caseId),
  );

  app.patch(
    "/api/cases/:caseId",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Change a case's facts, route, lead or case manager",
        params: caseParamsSchema,
        body: updateCaseInputSchema,
        response: { 200: caseSchema, ...errorResponses },
      },
    },
    async (request) => updateCase(ctx, actorOf(request), request.params.caseId, request.body),
  );

  app.get(
    "/api/cases/:caseId/timeline",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "Everything that happened to a case, oldest first",
        params: caseParamsSchema,
        querystring: timelineQuerySchema,
        response: { 200: pageSchema(timelineEventSchema), ...errorResponses },
      },
    },
    async (request) => listTimeline(ctx, actorOf(request), request.params.caseId, request.query),
  );
};
