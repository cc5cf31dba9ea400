import { z } from "zod";
import { activityParamsSchema } from "../../../shared/prevention.ts";
import {
  createKnowledgeTestInputSchema,
  knowledgeTestEnvelopeSchema,
  knowledgeTestSchema,
  updateKnowledgeTestInputSchema,
} from "../../../shared/prevention-tests.ts";
import { errorResponses } from "../../http/error-responses.ts";
import { actorOf } from "../../http/request-context.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import {
  createKnowledgeTest,
  deleteKnowledgeTest,
  getKnowledgeTest,
  updateKnowledgeTest,
} from "./knowledge-tests.service.ts";

const tags = ["prevention"];
const path = "/api/prevention/activities/:activityId/knowledge-test";

/** The organiser's side of an activity's knowledge test: questions, phases, results. */
export const knowledgeTestsRoutes: RouteModule = (app, ctx) => {
  app.get(
    path,
    {
      config: { access: "prevention.read" },
      schema: {
        tags,
        summary: "An activity's knowledge test with its results (null when it has none)",
        params: activityParamsSchema,
        response: { 200: knowledgeTestEnvelopeSchema, ...errorResponses },
      },
    },
    async (request) => getKnowledgeTest(ctx, actorOf(request), request.params.activityId),
  );

  app.post(
    path,
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary: "Give an activity a knowledge test: 1–20 multiple-choice or true/false questions",
        params: activityParamsSchema,
        body: createKnowledgeTestInputSchema,
        response: { 201: knowledgeTestSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createKnowledgeTest(ctx, actorOf(request), request.params.activityId, request.body)),
  );

  app.patch(
    path,
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary:
          "Replace the questions (until the first answer arrives) or open the pre or post phase (null closes it)",
        params: activityParamsSchema,
        body: updateKnowledgeTestInputSchema,
        response: { 200: knowledgeTestSchema, ...errorResponses },
      },
    },
    async (request) => updateKnowledgeTest(ctx, actorOf(request), request.params.activityId, request.body),
  );

  app.delete(
    path,
    {
      config: { access: "prevention.manage" },
      schema: {
        tags,
        summary: "Remove the knowledge test and every answer to it",
        params: activityParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteKnowledgeTest(ctx, actorOf(request), request.params.activityId);
      return reply.status(204).send(null);
    },
  );
};
