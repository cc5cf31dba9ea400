import { z } from "zod";
import { caseParamsSchema } from "../../../shared/cases.ts";
import {
  legalParamsSchema,
  legalProcessSchema,
  recordLegalProcessInputSchema,
  restitutionInputSchema,
  restitutionParamsSchema,
  restitutionSchema,
  updateLegalProcessInputSchema,
} from "../../../shared/legal.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import {
  getLegalProcess,
  listLegalProcesses,
  recordLegalProcess,
  setRestitution,
  updateLegalProcess,
} from "./legal.service.ts";

const tags = ["legal"];

export const legalRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/cases/:caseId/legal",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "A case's criminal proceedings, with suspects and restitution per victim",
        params: caseParamsSchema,
        response: { 200: z.object({ items: z.array(legalProcessSchema) }), ...errorResponses },
      },
    },
    async (request) => listLegalProcesses(ctx, actorOf(request), request.params.caseId),
  );

  app.post(
    "/api/cases/:caseId/legal",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Record a criminal proceeding (police report, stage, suspects, verdict, LPSK)",
        params: caseParamsSchema,
        body: recordLegalProcessInputSchema,
        response: { 201: legalProcessSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordLegalProcess(ctx, actorOf(request), request.params.caseId, request.body)),
  );

  app.get(
    "/api/cases/:caseId/legal/:legalId",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "One criminal proceeding",
        params: legalParamsSchema,
        response: { 200: legalProcessSchema, ...errorResponses },
      },
    },
    async (request) => getLegalProcess(ctx, actorOf(request), request.params.caseId, request.params.legalId),
  );

  app.patch(
    "/api/cases/:caseId/legal/:legalId",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Change a proceeding: a new stage is added to the case's timeline",
        params: legalParamsSchema,
        body: updateLegalProcessInputSchema,
        response: { 200: legalProcessSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateLegalProcess(ctx, actorOf(request), request.params.caseId, request.params.legalId, request.body),
  );

  app.patch(
    "/api/cases/:caseId/legal/:legalId/restitutions/:casePersonId",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary:
          "Record or move a victim's restitution (requested → demanded → awarded → paid); fields left out keep their value",
        params: restitutionParamsSchema,
        body: restitutionInputSchema,
        response: { 200: restitutionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { caseId, legalId, casePersonId } = request.params;
      return setRestitution(ctx, actorOf(request), caseId, legalId, casePersonId, request.body);
    },
  );
};
