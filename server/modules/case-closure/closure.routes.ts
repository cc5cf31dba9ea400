import { z } from "zod";
import {
  closureReasonInputSchema,
  closureRequestInputSchema,
  closureRequirementSchema,
} from "../../../shared/case-closure.ts";
import { caseParamsSchema, caseSchema } from "../../../shared/cases.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import {
  approveClosure,
  listClosureRequirements,
  rejectClosure,
  reopenCase,
  requestClosure,
} from "./closure.service.ts";

const tags = ["cases"];

export const closureRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/cases/:caseId/closure-checklist",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "The lines a closure checklist must have, from assessed needs, referrals and services",
        params: caseParamsSchema,
        response: { 200: z.object({ items: z.array(closureRequirementSchema) }), ...errorResponses },
      },
    },
    async (request) => listClosureRequirements(ctx, actorOf(request), request.params.caseId),
  );

  app.post(
    "/api/cases/:caseId/closure-request",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Ask a coordinator to close the case, with a checklist covering every service type",
        params: caseParamsSchema,
        body: closureRequestInputSchema,
        response: { 200: caseSchema, ...errorResponses },
      },
    },
    async (request) => requestClosure(ctx, actorOf(request), request.params.caseId, request.body),
  );

  app.post(
    "/api/cases/:caseId/closure-approve",
    {
      config: { access: "case.approve" },
      schema: {
        tags,
        summary: "Approve a pending closure request: the case is closed and read-only",
        params: caseParamsSchema,
        response: { 200: caseSchema, ...errorResponses },
      },
    },
    async (request) => approveClosure(ctx, actorOf(request), request.params.caseId),
  );

  app.post(
    "/api/cases/:caseId/closure-reject",
    {
      config: { access: "case.approve" },
      schema: {
        tags,
        summary: "Send a closure request back, with the reason",
        params: caseParamsSchema,
        body: closureReasonInputSchema,
        response: { 200: caseSchema, ...errorResponses },
      },
    },
    async (request) => rejectClosure(ctx, actorOf(request), request.params.caseId, request.body),
  );

  app.post(
    "/api/cases/:caseId/reopen",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Reopen a closed case, with the reason",
        params: caseParamsSchema,
        body: closureReasonInputSchema,
        response: { 200: caseSchema, ...errorResponses },
      },
    },
    async (request) => reopenCase(ctx, actorOf(request), request.params.caseId, request.body),
  );
};
