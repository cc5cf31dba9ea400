import {
  actualInputSchema,
  actualParamsSchema,
  createWorkPlanInputSchema,
  indicatorInputSchema,
  indicatorParamsSchema,
  planYearParamsSchema,
  programmeInputSchema,
  programmeParamsSchema,
  updateIndicatorInputSchema,
  updateProgrammeInputSchema,
  updateWorkPlanInputSchema,
  workPlanListSchema,
  workPlanSchema,
} from "../../../shared/work-plans.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import {
  addIndicator,
  addProgramme,
  recordActual,
  removeActual,
  removeIndicator,
  removeProgramme,
  updateIndicator,
  updateProgramme,
} from "./plan-content.service.ts";
import { createWorkPlan, getWorkPlan, listWorkPlans, updateWorkPlan } from "./work-plans.service.ts";

const tags = ["work plan"];
const plan = { 200: workPlanSchema, ...errorResponses };

export const workPlansRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/work-plans",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "The task force's yearly work plans",
        response: { 200: workPlanListSchema, ...errorResponses },
      },
    },
    async (request) => listWorkPlans(ctx, actorOf(request)),
  );

  app.post(
    "/api/work-plans",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Start a year's plan, empty or copied from another year (last year's actuals become baselines)",
        body: createWorkPlanInputSchema,
        response: { 201: workPlanSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createWorkPlan(ctx, actorOf(request), request.locale, request.body)),
  );

  app.get(
    "/api/work-plans/:year",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary:
          "A year's plan: programmes by working group, indicators with target, actual (computed now or entered), source and progress",
        params: planYearParamsSchema,
        response: plan,
      },
    },
    async (request) => getWorkPlan(ctx, actorOf(request), request.locale, request.params.year),
  );

  app.patch(
    "/api/work-plans/:year",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Change the plan's title or notes",
        params: planYearParamsSchema,
        body: updateWorkPlanInputSchema,
        response: plan,
      },
    },
    async (request) =>
      updateWorkPlan(ctx, actorOf(request), request.locale, request.params.year, request.body),
  );

  app.post(
    "/api/work-plans/:year/programmes",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Add a programme under a working group",
        params: planYearParamsSchema,
        body: programmeInputSchema,
        response: plan,
      },
    },
    async (request) => addProgramme(ctx, actorOf(request), request.locale, request.params.year, request.body),
  );

  app.patch(
    "/api/work-plans/:year/programmes/:programmeId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Change a programme",
        params: programmeParamsSchema,
        body: updateProgrammeInputSchema,
        response: plan,
      },
    },
    async (request) =>
      updateProgramme(
        ctx,
        actorOf(request),
        request.locale,
        request.params.year,
        request.params.programmeId,
        request.body,
      ),
  );

  app.delete(
    "/api/work-plans/:year/programmes/:programmeId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Remove a programme without indicators or action items",
        params: programmeParamsSchema,
        response: plan,
      },
    },
    async (request) =>
      removeProgramme(ctx, actorOf(request), request.locale, request.params.year, request.params.programmeId),
  );

  app.post(
    "/api/work-plans/:year/indicators",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Add an indicator to a programme: target, direction (lower for the zero-case target), responsible organisation, optional computed metric",
        params: planYearParamsSchema,
        body: indicatorInputSchema,
        response: plan,
      },
    },
    async (request) => addIndicator(ctx, actorOf(request), request.locale, request.params.year, request.body),
  );

  app.patch(
    "/api/work-plans/:year/indicators/:indicatorId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Change an indicator",
        params: indicatorParamsSchema,
        body: updateIndicatorInputSchema,
        response: plan,
      },
    },
    async (request) =>
      updateIndicator(
        ctx,
        actorOf(request),
        request.locale,
        request.params.year,
        request.params.indicatorId,
        request.body,
      ),
  );

  app.delete(
    "/api/work-plans/:year/indicators/:indicatorId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Remove an indicator and its entered actuals",
        params: indicatorParamsSchema,
        response: plan,
      },
    },
    async (request) =>
      removeIndicator(ctx, actorOf(request), request.locale, request.params.year, request.params.indicatorId),
  );

  app.post(
    "/api/work-plans/:year/indicators/:indicatorId/actuals",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Enter an indicator's realisation to date (indicators without a computed metric)",
        params: indicatorParamsSchema,
        body: actualInputSchema,
        response: plan,
      },
    },
    async (request) =>
      recordActual(
        ctx,
        actorOf(request),
        request.locale,
        request.params.year,
        request.params.indicatorId,
        request.body,
      ),
  );

  app.delete(
    "/api/work-plans/:year/indicators/:indicatorId/actuals/:actualId",
    {
      config: { access: "coordination.manage" },
      schema: { tags, summary: "Remove an entered actual", params: actualParamsSchema, response: plan },
    },
    async (request) => {
      const { year, indicatorId, actualId } = request.params;
      return removeActual(ctx, actorOf(request), request.locale, year, indicatorId, actualId);
    },
  );
};
