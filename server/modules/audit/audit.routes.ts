import { apiErrorSchema } from "../../../shared/api-error.ts";
import { auditEventSchema, listAuditQuerySchema } from "../../../shared/audit.ts";
import { pageSchema } from "../../../shared/pagination.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { listAuditEvents } from "./audit.service.ts";

export const auditRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/audit",
    {
      config: { access: "audit.read" },
      schema: {
        tags: ["audit"],
        summary: "The audit trail, newest first",
        querystring: listAuditQuerySchema,
        response: {
          200: pageSchema(auditEventSchema),
          401: apiErrorSchema,
          403: apiErrorSchema,
          422: apiErrorSchema,
        },
      },
    },
    async (request) => listAuditEvents(ctx, actorOf(request), request.query),
  );
};
