import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import { apiTokenSchema, createApiTokenInputSchema, createdApiTokenSchema } from "../../../shared/auth.ts";
import { emptyBodySchema, idParamsSchema } from "../../../shared/ids.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "./tokens.service.ts";

const tags = ["auth"];

export const tokensRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/auth/tokens",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "The caller's personal API tokens",
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), 401: apiErrorSchema },
      },
    },
    async (request) => listApiTokens(ctx, actorOf(request)),
  );

  app.post(
    "/api/auth/tokens",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Issue a personal API token (shown once)",
        body: createApiTokenInputSchema,
        response: { 201: createdApiTokenSchema, 401: apiErrorSchema, 422: apiErrorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(ctx, actorOf(request), request.body)),
  );

  app.delete(
    "/api/auth/tokens/:id",
    {
      config: { access: "session.self" },
      schema: {
        tags,
        summary: "Revoke one of the caller's tokens",
        params: idParamsSchema,
        body: emptyBodySchema,
        response: { 204: z.null(), 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await revokeApiToken(ctx, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
