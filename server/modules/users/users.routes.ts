import { emptyBodySchema, idParamsSchema } from "../../../shared/ids.ts";
import { pageSchema } from "../../../shared/pagination.ts";
import {
  createUserInputSchema,
  listUsersQuerySchema,
  resetPasswordInputSchema,
  updateUserInputSchema,
  userSchema,
} from "../../../shared/users.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import {
  createUser,
  getUser,
  listUsers,
  resetUserPassword,
  setUserActive,
  unlockUser,
  updateUser,
} from "./users.service.ts";

const tags = ["users"];
const one = { params: idParamsSchema, response: { 200: userSchema, ...errorResponses } };
const action = { ...one, body: emptyBodySchema };

export const usersRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/users",
    {
      config: { access: "user.read" },
      schema: {
        tags,
        summary: "User accounts of the task force",
        querystring: listUsersQuerySchema,
        response: { 200: pageSchema(userSchema), ...errorResponses },
      },
    },
    async (request) => listUsers(ctx, actorOf(request), request.query),
  );

  app.post(
    "/api/users",
    {
      config: { access: "user.manage" },
      schema: {
        tags,
        summary: "Create a user account",
        body: createUserInputSchema,
        response: { 201: userSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/users/:id",
    { config: { access: "user.read" }, schema: { tags, summary: "One user account", ...one } },
    async (request) => getUser(ctx, actorOf(request), request.params.id),
  );

  app.patch(
    "/api/users/:id",
    {
      config: { access: "user.manage" },
      schema: {
        tags,
        summary: "Change a user's name, email, role, organisation or language",
        body: updateUserInputSchema,
        ...one,
      },
    },
    async (request) => updateUser(ctx, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/users/:id/deactivate",
    {
      config: { access: "user.manage" },
      schema: { tags, summary: "Deactivate an account (accounts are never deleted)", ...action },
    },
    async (request) => setUserActive(ctx, actorOf(request), request.params.id, false),
  );

  app.post(
    "/api/users/:id/activate",
    { config: { access: "user.manage" }, schema: { tags, summary: "Reactivate an account", ...action } },
    async (request) => setUserActive(ctx, actorOf(request), request.params.id, true),
  );

  app.post(
    "/api/users/:id/reset-password",
    {
      config: { access: "user.manage" },
      schema: {
        tags,
        summary: "Set a new password for a user; their sessions end",
        body: resetPasswordInputSchema,
        ...one,
      },
    },
    async (request) => resetUserPassword(ctx, actorOf(request), request.params.id, request.body.password),
  );

  app.post(
    "/api/users/:id/unlock",
    { config: { access: "user.manage" }, schema: { tags, summary: "Lift a sign-in lock", ...action } },
    async (request) => unlockUser(ctx, actorOf(request), request.params.id),
  );
};
