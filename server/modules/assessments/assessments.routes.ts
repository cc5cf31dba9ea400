import { z } from "zod";
import {
  assessmentSchema,
  listAssessmentsQuerySchema,
  recordAssessmentInputSchema,
} from "../../../shared/assessments.ts";
import { caseParamsSchema } from "../../../shared/cases.ts";
import { casePersonParamsSchema } from "../../../shared/people.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { listCaseAssessments, listVictimAssessments, recordAssessment } from "./assessments.service.ts";

const tags = ["assessments"];
const list = z.object({ items: z.array(assessmentSchema) });

export const assessmentsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/cases/:caseId/assessments",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "The assessments of a case's victims, the most recent first",
        params: caseParamsSchema,
        querystring: listAssessmentsQuerySchema,
        response: { 200: list, ...errorResponses },
      },
    },
    async (request) =>
      listCaseAssessments(ctx, actorOf(request), request.params.caseId, request.query.casePersonId),
  );

  app.get(
    "/api/cases/:caseId/people/:casePersonId/assessments",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "One victim's assessments, the most recent first",
        params: casePersonParamsSchema,
        response: { 200: list, ...errorResponses },
      },
    },
    async (request) =>
      listVictimAssessments(ctx, actorOf(request), request.params.caseId, request.params.casePersonId),
  );

  app.post(
    "/api/cases/:caseId/assessments",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Record a victim's needs and risk level",
        params: caseParamsSchema,
        body: recordAssessmentInputSchema,
        response: { 201: assessmentSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordAssessment(ctx, actorOf(request), request.params.caseId, request.body)),
  );
};
