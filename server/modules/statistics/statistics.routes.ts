import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  publicStatisticsQuerySchema,
  publicStatisticsResultSchema,
  statisticsParamsSchema,
  statisticsQuerySchema,
  statisticsResultSchema,
} from "../../../shared/statistics.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { getPublicStatistics, getStatistics } from "./statistics.service.ts";

const tags = ["statistics"];
const TEN_MINUTES = 10 * 60_000;

export const statisticsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/statistics/:unit",
    {
      config: { access: "statistics.read" },
      schema: {
        tags,
        summary:
          "Victims or cases of the caller's task force, grouped by up to three dimensions (groupBy=year,sex,…), with unit, source and cut-off",
        params: statisticsParamsSchema,
        querystring: statisticsQuerySchema,
        response: { 200: statisticsResultSchema, ...errorResponses },
      },
    },
    async (request) => getStatistics(ctx, actorOf(request), request.params.unit, request.query),
  );

  app.get(
    "/api/public/statistics/:unit",
    {
      config: {
        access: "public",
        rateLimit: { max: ctx.config.publicStatsLimitPer10Min, timeWindow: TEN_MINUTES },
      },
      schema: {
        tags: ["public", ...tags],
        summary:
          "Public statistics by year, sex, child status and exploitation type; small counts, and counts that would reveal them, suppressed",
        params: statisticsParamsSchema,
        querystring: publicStatisticsQuerySchema,
        response: { 200: publicStatisticsResultSchema, 422: apiErrorSchema, 429: apiErrorSchema },
      },
    },
    async (request) => getPublicStatistics(ctx, request.params.unit, request.query, request.locale),
  );
};
