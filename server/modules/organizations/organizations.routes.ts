import { emptyBodySchema, idParamsSchema } from "../../../shared/ids.ts";
import {
  createOrganizationInputSchema,
  listOrganizationsQuerySchema,
  organizationSchema,
  updateOrganizationInputSchema,
} from "../../../shared/organizations.ts";
import { pageSchema } from "../../../shared/pagination.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  setOrganizationActive,
  updateOrganization,
} from "./organizations.service.ts";

const tags = ["organizations"];
const one = { params: idParamsSchema, response: { 200: organizationSchema, ...errorResponses } };
const action = { ...one, body: emptyBodySchema };

export const organizationsRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/organizations",
    {
      config: { access: "organization.read" },
      schema: {
        tags,
        summary: "Member organisations of the task force",
        querystring: listOrganizationsQuerySchema,
        response: { 200: pageSchema(organizationSchema), ...errorResponses },
      },
    },
    async (request) => listOrganizations(ctx, actorOf(request), request.query),
  );

  app.post(
    "/api/organizations",
    {
      config: { access: "organization.manage" },
      schema: {
        tags,
        summary: "Add a member organisation",
        body: createOrganizationInputSchema,
        response: { 201: organizationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrganization(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/api/organizations/:id",
    { config: { access: "organization.read" }, schema: { tags, summary: "One organisation", ...one } },
    async (request) => getOrganization(ctx, actorOf(request), request.params.id),
  );

  app.patch(
    "/api/organizations/:id",
    {
      config: { access: "organization.manage" },
      schema: { tags, summary: "Change an organisation", body: updateOrganizationInputSchema, ...one },
    },
    async (request) => updateOrganization(ctx, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/organizations/:id/deactivate",
    {
      config: { access: "organization.manage" },
      schema: { tags, summary: "Deactivate an organisation", ...action },
    },
    async (request) => setOrganizationActive(ctx, actorOf(request), request.params.id, false),
  );

  app.post(
    "/api/organizations/:id/activate",
    {
      config: { access: "organization.manage" },
      schema: { tags, summary: "Reactivate an organisation", ...action },
    },
    async (request) => setOrganizationActive(ctx, actorOf(request), request.params.id, true),
  );
};
