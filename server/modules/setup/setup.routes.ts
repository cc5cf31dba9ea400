import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import { setupInputSchema, setupStatusSchema } from "../../../shared/auth.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { completeSetup, hasAnyUser } from "./setup.service.ts";

const tags = ["setup"];

export const setupRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/setup",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Whether the first administrator still has to be created",
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ needsSetup: !(await hasAnyUser(ctx.db)), demo: ctx.config.demo }),
  );

  app.post(
    "/api/setup",
    {
      config: { access: "public", rateLimit: { max: 10, timeWindow: 15 * 60_000 } },
      schema: {
        tags,
        summary: "Create the first administrator with the one-time link printed at start-up",
        body: setupInputSchema,
        response: { 201: z.object({ id: z.uuid() }), 410: apiErrorSchema, 422: apiErrorSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await completeSetup(ctx, request.body, request.ip)),
  );
};
