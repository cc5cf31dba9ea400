import {
  areaSchema,
  coverageQuerySchema,
  coverageSchema,
  schoolCoverageQuerySchema,
  schoolCoverageSchema,
} from "../../../shared/prevention-coverage.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { getArea, getCoverage, getSchoolCoverage } from "./coverage.service.ts";

const tags = ["prevention"];

export const coverageRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/prevention/area",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "The kecamatan and kelurahan of the task force's area, in name order",
        response: { 200: areaSchema, ...errorResponses },
      },
    },
    async (request) => getArea(ctx, actorOf(request)),
  );

  app.get(
    "/api/prevention/coverage",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary:
          "Reach in a year: every kelurahan by kecamatan, with held activities, people reached (unique where listed) and per 1,000 residents",
        querystring: coverageQuerySchema,
        response: { 200: coverageSchema, ...errorResponses },
      },
    },
    async (request) => getCoverage(ctx, actorOf(request), request.query),
  );

  app.get(
    "/api/prevention/coverage/schools",
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "Every active school (of a kecamatan or kelurahan, when asked) with its reach in a year",
        querystring: schoolCoverageQuerySchema,
        response: { 200: schoolCoverageSchema, ...errorResponses },
      },
    },
    async (request) => getSchoolCoverage(ctx, actorOf(request), request.query),
  );
};
