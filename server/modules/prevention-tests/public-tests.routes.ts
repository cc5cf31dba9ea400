import { apiErrorSchema } from "../../../shared/api-error.ts";
import {
  publicTestSchema,
  submitTestAnswersInputSchema,
  testReceiptSchema,
  testTokenParamsSchema,
} from "../../../shared/prevention-tests.ts";
import type { RouteModule } from "../../http/zod-app.ts";
import { getPublicTest, submitTestAnswers } from "./public-tests.service.ts";

const tags = ["public"];
const TEN_MINUTES = 10 * 60_000;

/**
 * The participants' side of a knowledge test, without an account. Security: throttled per IP,
 * but generously, since a whole class may share one school network's address; the link's
 * 128-bit token is what keeps strangers out, and the page learns the questions and nothing else.
 */
export const publicTestsRoutes: RouteModule = (app, ctx) => {
  const rateLimit = { max: ctx.config.publicTestLimitPer10Min, timeWindow: TEN_MINUTES };

  app.get(
    "/api/public/tests/:token",
    {
      config: { access: "public", rateLimit },
      schema: {
        tags,
        summary: "A knowledge test as its participants see it: which phase is open, and its questions",
        params: testTokenParamsSchema,
        response: { 200: publicTestSchema, 404: apiErrorSchema, 422: apiErrorSchema, 429: apiErrorSchema },
      },
    },
    async (request) => getPublicTest(ctx, request.params.token),
  );

  app.post(
    "/api/public/tests/:token/answers",
    {
      config: { access: "public", rateLimit },
      schema: {
        tags,
        summary: "Send a participant's answers to the open phase; the post test answers with the score",
        params: testTokenParamsSchema,
        body: submitTestAnswersInputSchema,
        response: {
          201: testReceiptSchema,
          404: apiErrorSchema,
          409: apiErrorSchema,
          422: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await submitTestAnswers(ctx, request.params.token, request.body, { ip: request.ip })),
  );
};
