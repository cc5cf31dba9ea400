import { z } from "zod";
import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  createVocabularyTermInputSchema,
  updateVocabularyTermInputSchema,
  vocabularyKindParamsSchema,
  vocabularyTermParamsSchema,
  vocabularyTermSchema,
} from "../../../shared/reference.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { createTerm, listVocabularies, listVocabulary, updateTerm } from "./vocabularies.service.ts";

const tags = ["reference"];
const termList = z.object({ items: z.array(vocabularyTermSchema) });
const errors = { 404: apiErrorSchema, 422: apiErrorSchema };

export const vocabulariesRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/vocabularies",
    {
      config: { access: "reference.read" },
      schema: {
        tags,
        summary: "Every controlled list with its terms",
        response: {
          200: z.object({
            items: z.array(z.object({ kind: z.string(), terms: z.array(vocabularyTermSchema) })),
          }),
        },
      },
    },
    async () => listVocabularies(ctx),
  );

  app.get(
    "/api/vocabularies/:kind",
    {
      config: { access: "reference.read" },
      schema: {
        tags,
        summary: "The terms of one list",
        params: vocabularyKindParamsSchema,
        response: { 200: termList, 404: apiErrorSchema },
      },
    },
    async (request) => listVocabulary(ctx, request.params.kind),
  );

  app.post(
    "/api/vocabularies/:kind/terms",
    {
      config: { access: "vocabulary.manage" },
      schema: {
        tags,
        summary: "Add a term (its code is permanent)",
        params: vocabularyKindParamsSchema,
        body: createVocabularyTermInputSchema,
        response: { 201: vocabularyTermSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTerm(ctx, actorOf(request), request.params.kind, request.body)),
  );

  app.patch(
    "/api/vocabularies/:kind/terms/:code",
    {
      config: { access: "vocabulary.manage" },
      schema: {
        tags,
        summary: "Relabel, reorder or (de)activate a term",
        params: vocabularyTermParamsSchema,
        body: updateVocabularyTermInputSchema,
        response: { 200: vocabularyTermSchema, ...errors },
      },
    },
    async (request) =>
      updateTerm(ctx, actorOf(request), request.params.kind, request.params.code, request.body),
  );
};
