import { apiErrorSchema } from "../../../shared/api-error.ts";
import { pageSchema } from "../../../shared/pagination.ts";
import { listRegionsQuerySchema, regionParamsSchema, regionSchema } from "../../../shared/reference.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { getRegion, listRegions } from "./regions.service.ts";

const tags = ["reference"];

export const regionsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/regions",
    {
      config: { access: "reference.read" },
      schema: {
        tags,
        summary: "Regions (Kemendagri codes) by parent, level or name",
        querystring: listRegionsQuerySchema,
        response: { 200: pageSchema(regionSchema), 422: apiErrorSchema },
      },
    },
    async (request) => listRegions(ctx, request.query),
  );

  app.get(
    "/api/regions/:code",
    {
      config: { access: "reference.read" },
      schema: {
        tags,
        summary: "One region",
        params: regionParamsSchema,
        response: { 200: regionSchema, 404: apiErrorSchema },
      },
    },
    async (request) => getRegion(ctx, request.params.code),
  );
};
