import { z } from "zod";
import {
  createDecreeInputSchema,
  createMembershipInputSchema,
  decreeParamsSchema,
  decreeSchema,
  directoryOrganizationParamsSchema,
  directoryPageSchema,
  directoryQuerySchema,
  endMembershipInputSchema,
  membershipParamsSchema,
  membershipSchema,
  organizationServiceSchema,
  setServicesInputSchema,
  structureHistorySchema,
  structureQuerySchema,
  structureSchema,
  updateDecreeInputSchema,
  updateMembershipInputSchema,
} from "../../../shared/coordination.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { listDirectory, setServices } from "./directory.service.ts";
import {
  addMember,
  createDecree,
  endMember,
  getStructure,
  getStructureHistory,
  updateDecree,
  updateMember,
} from "./structure.service.ts";

const tags = ["coordination"];

export const taskForceStructureRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/coordination/structure",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary:
          "The task force's structure on a day (default today): decree in force, seats, working groups",
        querystring: structureQuerySchema,
        response: { 200: structureSchema, ...errorResponses },
      },
    },
    async (request) => getStructure(ctx, actorOf(request), request.query.on),
  );

  app.get(
    "/api/coordination/structure/history",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary: "Every seat there ever was, ended ones included (the structure's history)",
        response: { 200: structureHistorySchema, ...errorResponses },
      },
    },
    async (request) => getStructureHistory(ctx, actorOf(request)),
  );

  app.post(
    "/api/coordination/decrees",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Record a decree (legal basis and period); current members may carry over to it",
        body: createDecreeInputSchema,
        response: { 201: decreeSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createDecree(ctx, actorOf(request), request.body)),
  );

  app.patch(
    "/api/coordination/decrees/:decreeId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Correct a decree's number, title, dates or notes",
        params: decreeParamsSchema,
        body: updateDecreeInputSchema,
        response: { 200: decreeSchema, ...errorResponses },
      },
    },
    async (request) => updateDecree(ctx, actorOf(request), request.params.decreeId, request.body),
  );

  app.post(
    "/api/coordination/memberships",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Add a seat: an organisation, its representative, position and working groups",
        body: createMembershipInputSchema,
        response: { 201: membershipSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await addMember(ctx, actorOf(request), request.body)),
  );

  app.patch(
    "/api/coordination/memberships/:membershipId",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary:
          "Correct a seat's contact details in place, or record a change (new person, position or working groups) that keeps the old seat in the history",
        params: membershipParamsSchema,
        body: updateMembershipInputSchema,
        response: { 200: membershipSchema, ...errorResponses },
      },
    },
    async (request) => updateMember(ctx, actorOf(request), request.params.membershipId, request.body),
  );

  app.post(
    "/api/coordination/memberships/:membershipId/end",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "End a seat (the organisation leaves the task force); the row stays in the history",
        params: membershipParamsSchema,
        body: endMembershipInputSchema,
        response: { 200: membershipSchema, ...errorResponses },
      },
    },
    async (request) => endMember(ctx, actorOf(request), request.params.membershipId, request.body),
  );

  app.get(
    "/api/directory",
    {
      config: { access: "coordination.read" },
      schema: {
        tags,
        summary:
          "Member directory: organisations with services, contact people and phones; ?service= keeps those offering a service (the referral directory)",
        querystring: directoryQuerySchema,
        response: { 200: directoryPageSchema, ...errorResponses },
      },
    },
    async (request) => listDirectory(ctx, actorOf(request), request.query),
  );

  app.patch(
    "/api/directory/:organizationId/services",
    {
      config: { access: "coordination.manage" },
      schema: {
        tags,
        summary: "Replace the services an organisation offers (service_type codes)",
        params: directoryOrganizationParamsSchema,
        body: setServicesInputSchema,
        response: { 200: z.object({ services: z.array(organizationServiceSchema) }), ...errorResponses },
      },
    },
    async (request) => setServices(ctx, actorOf(request), request.params.organizationId, request.body),
  );
};
