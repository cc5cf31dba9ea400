import { z } from "zod";
import { caseParamsSchema } from "../../../shared/cases.ts";
import { emptyBodySchema, idParamsSchema } from "../../../shared/ids.ts";
import {
  addCasePersonInputSchema,
  casePersonParamsSchema,
  casePersonSchema,
  duplicateCandidateSchema,
  duplicateQuerySchema,
  identitySchema,
  mergeInputSchema,
  personMergeSchema,
  revealInputSchema,
  updateCasePersonInputSchema,
} from "../../../shared/people.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { findDuplicates } from "./duplicates.service.ts";
import { listMerges, mergePeople, undoMerge } from "./merges.service.ts";
import {
  addCasePerson,
  listCasePeople,
  removeCasePerson,
  revealCasePersonIdentity,
  updateCasePerson,
} from "./people.service.ts";

const tags = ["people"];

export const peopleRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/cases/:caseId/people",
    {
      config: { access: "case.read" },
      schema: {
        tags,
        summary: "The people of a case by pseudonymous code, with demographics (no identity)",
        params: caseParamsSchema,
        response: { 200: z.object({ items: z.array(casePersonSchema) }), ...errorResponses },
      },
    },
    async (request) => listCasePeople(ctx, actorOf(request), request.params.caseId),
  );

  app.post(
    "/api/cases/:caseId/people",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Add a person to a case in a role: a new record, or an existing one by id",
        params: caseParamsSchema,
        body: addCasePersonInputSchema,
        response: { 201: casePersonSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addCasePerson(ctx, actorOf(request), request.params.caseId, request.body)),
  );

  app.patch(
    "/api/cases/:caseId/people/:casePersonId",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Change a person's identity, demographics or part in the case",
        params: casePersonParamsSchema,
        body: updateCasePersonInputSchema,
        response: { 200: casePersonSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateCasePerson(
        ctx,
        actorOf(request),
        request.params.caseId,
        request.params.casePersonId,
        request.body,
      ),
  );

  app.delete(
    "/api/cases/:caseId/people/:casePersonId",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Withdraw a person entered by mistake (refused once records hang on them)",
        params: casePersonParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeCasePerson(ctx, actorOf(request), request.params.caseId, request.params.casePersonId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/cases/:caseId/people/:casePersonId/reveal",
    {
      config: { access: "identity.reveal" },
      schema: {
        tags,
        summary: "Reveal a person's identity (audited every time)",
        params: casePersonParamsSchema,
        body: revealInputSchema,
        response: { 200: identitySchema, ...errorResponses },
      },
    },
    async (request) =>
      revealCasePersonIdentity(
        ctx,
        actorOf(request),
        request.params.caseId,
        request.params.casePersonId,
        request.body?.purpose,
      ),
  );

  app.post(
    "/api/people/duplicates",
    {
      config: { access: "case.manage" },
      schema: {
        tags,
        summary: "Likely existing records of a person about to be entered",
        body: duplicateQuerySchema,
        response: { 200: z.object({ items: z.array(duplicateCandidateSchema) }), ...errorResponses },
      },
    },
    async (request) => findDuplicates(ctx, actorOf(request), request.body),
  );

  app.post(
    "/api/people/:id/merge",
    {
      config: { access: "case.approve" },
      schema: {
        tags,
        summary: "Merge this person record into another (reversible)",
        params: idParamsSchema,
        body: mergeInputSchema,
        response: { 200: personMergeSchema, ...errorResponses },
      },
    },
    async (request) => mergePeople(ctx, actorOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/person-merges",
    {
      config: { access: "case.approve" },
      schema: {
        tags,
        summary: "Recent merges of person records",
        response: { 200: z.object({ items: z.array(personMergeSchema) }), ...errorResponses },
      },
    },
    async (request) => listMerges(ctx, actorOf(request)),
  );

  app.post(
    "/api/person-merges/:id/undo",
    {
      config: { access: "case.approve" },
      schema: {
        tags,
        summary: "Undo a merge of person records",
        params: idParamsSchema,
        body: emptyBodySchema,
        response: { 200: personMergeSchema, ...errorResponses },
      },
    },
    async (request) => undoMerge(ctx, actorOf(request), request.params.id),
  );
};
