import { pageSchema } from "../../../shared/pagination.ts";
import {
  createSchoolInputSchema,
  listSchoolsQuerySchema,
  populationInputSchema,
  populationQuerySchema,
  populationSchema,
  schoolParamsSchema,
  schoolSchema,
  updateSchoolInputSchema,
} from "../../../shared/schools.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { getPopulations, savePopulations } from "./populations.service.ts";
import { createSchool, getSchool, listSchools, updateSchool } from "./schools.service.ts";

const tags = ["prevention"];

/** The schools registry and the kelurahan population figures coverage is measured against. */
export const schoolsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/prevention/schools",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "The schools of the task force's area, in name order",
        querystring: listSchoolsQuerySchema,
        response: { 200: pageSchema(schoolSchema), ...errorResponses },
      },
    },
    async (request) => listSchools(ctx, actorOf(request), request.query),
  );

  app.post(
    "/api/prevention/schools",
    {
      config: { access: "prevention.coordinate" },
      schema: {
        tags,
        summary: "Add a school to the registry",
        body: createSchoolInputSchema,
        response: { 201: schoolSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createSchool(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/prevention/schools/:schoolId",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "One school",
        params: schoolParamsSchema,
        response: { 200: schoolSchema, ...errorResponses },
      },
    },
    async (request) => getSchool(ctx, actorOf(request), request.params.schoolId),
  );

  app.patch(
    "/api/prevention/schools/:schoolId",
    {
      config: { access: "prevention.coordinate" },
      schema: {
        tags,
        summary: "Change a school's details, or mark it closed (inactive)",
        params: schoolParamsSchema,
        body: updateSchoolInputSchema,
        response: { 200: schoolSchema, ...errorResponses },
      },
    },
    async (request) => updateSchool(ctx, actorOf(request), request.params.schoolId, request.body),
  );

  app.get(
    "/api/prevention/populations",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "Every kelurahan's population figure that applies to a year",
        querystring: populationQuerySchema,
        response: { 200: populationSchema, ...errorResponses },
      },
    },
    async (request) => getPopulations(ctx, actorOf(request), request.query.year),
  );

  app.post(
    "/api/prevention/populations",
    {
      config: { access: "prevention.coordinate" },
      schema: {
        tags,
        summary: "Record kelurahan population figures for a year (replacing that year's figures given)",
        body: populationInputSchema,
        response: { 200: populationSchema, ...errorResponses },
      },
    },
    async (request) => savePopulations(ctx, actorOf(request), request.body),
  );
};
