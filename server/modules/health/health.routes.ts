import { sql } from "drizzle-orm";
import { z } from "zod";
import type { RouteModule } from "../../http/zod-app.ts";

const healthSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["embedded", "postgres"]),
  version: z.string(),
});

/** GET /api/health: answers without touching the database, so it stays fast under load. */
export const healthRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/health",
    {
      config: { access: "public" },
      schema: { tags: ["system"], summary: "Liveness: the server answers", response: { 200: healthSchema } },
    },
    async () => ({ status: "ok" as const, database: ctx.database.kind, version: ctx.version }),
  );

  app.get(
    "/api/health/ready",
    {
      config: { access: "public" },
      schema: {
        tags: ["system"],
        summary: "Readiness: the database answers too",
        response: { 200: healthSchema },
      },
    },
    async () => {
      await ctx.db.execute(sql`SELECT 1`);
      return { status: "ok" as const, database: ctx.database.kind, version: ctx.version };
    },
  );
};
