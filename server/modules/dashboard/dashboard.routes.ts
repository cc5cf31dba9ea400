import { dashboardQuerySchema, dashboardSchema } from "../../../shared/dashboard.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { getDashboard } from "./dashboard.service.ts";

export const dashboardRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/dashboard",
    {
      config: { access: "statistics.read" },
      schema: {
        tags: ["dashboard", "statistics"],
        summary:
          "The task force's indicators for a period (default: this year to today, WIB) and optionally a kecamatan or kelurahan: victims and cases, the zero-case goal, rights fulfilled, legal process, prevention reach and coordination",
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    async (request) => getDashboard(ctx, actorOf(request), request.query, request.locale),
  );
};
