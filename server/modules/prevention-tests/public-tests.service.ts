import { randomUUID } from "node:crypto";
import {
  FALSE_ANSWER,
  type PublicTestDto,
  type QuestionDto,
  type SubmitTestAnswersInput,
  scorePercent,
  type TestPhase,
  type TestReceiptDto,
} from "../../../shared/prevention-tests.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Db } from "../../db/database.ts";
import { knowledgeTestResponses } from "../../db/schema/index.ts";
import { encryptField } from "../../lib/crypto/field-encryption.ts";
import { sha256Hex } from "../../lib/crypto/pseudonym.ts";
import { AppError, type FieldProblem } from "../../lib/errors.ts";
import { phaseNames } from "../../lib/messages/prevention-tests.ts";
import { nicknameContext } from "./knowledge-tests.presenter.ts";
import { countResponses, findTestByToken, hasResponse } from "./knowledge-tests.repository.ts";
import { markAnswers } from "./test-scoring.ts";

/** Far more than any hall holds; it stops a script from filling a test with junk answers. */
export const MAX_ANSWERS_PER_PHASE = 2000;

async function testOfLink(db: Db, token: string, options: { forUpdate?: boolean } = {}) {
  const found = await findTestByToken(db, token, options);
  if (!found) throw new AppError("not_found", "knowledge_test.unknown");
  // A cancelled activity's test stays closed, whatever was open when it was cancelled.
  const openPhase = found.activityStatus === "cancelled" ? null : (found.test.openPhase as TestPhase | null);
  return { ...found, openPhase };
}

/**
 * What the participant's page shows: the activity's title and date, which phase is open, and
 * the questions while one is. Security: never the correct answers, the organiser or the results.
 */
export async function getPublicTest(ctx: AppContext, token: string): Promise<PublicTestDto> {
  const found = await testOfLink(ctx.db, token);
  return {
    activityTitle: found.activityTitle,
    activityStartsAt: found.activityStartsAt.toISOString(),
    openPhase: found.openPhase,
    questionCount: found.test.questions.length,
    questions: found.openPhase
      ? found.test.questions.map((q) => ({ kind: q.kind, prompt: q.prompt, options: q.options }))
      : [],
  };
}

function answerProblems(questions: readonly QuestionDto[], answers: readonly number[]): FieldProblem[] {
  if (answers.length !== questions.length) {
    return [{ field: "answers", key: "knowledge_test.answers_count", params: { count: questions.length } }];
  }
  const problems: FieldProblem[] = [];
  questions.forEach((q, i) => {
    const last = q.kind === "true_false" ? FALSE_ANSWER : q.options.length - 1;
    if (answers[i]! > last) problems.push({ field: `answers.${i}`, key: "knowledge_test.answer_invalid" });
  });
  return problems;
}

/**
 * A participant's answers to the open phase. One sheet per browser key and phase; the key is
 * stored hashed with the test, so it pairs the two sheets and means nothing anywhere else.
 * After the post test the participant gets their score and which answers were right.
 */
export async function submitTestAnswers(
  ctx: AppContext,
  token: string,
  input: SubmitTestAnswersInput,
  origin: { ip: string },
): Promise<TestReceiptDto> {
  return ctx.db.transaction(async (tx) => {
    // Locks the test's row against a change of questions or phase while this sheet is written.
    const found = await testOfLink(tx, token, { forUpdate: true });
    const { test } = found;
    if (found.openPhase !== input.phase) {
      throw new AppError("conflict", "knowledge_test.phase_closed", {
        params: { phase: phaseNames[input.phase] },
        details: { reason: "phase_closed", openPhase: found.openPhase },
      });
    }
    const keyHash = sha256Hex(`${test.id}:${input.participantKey}`);
    if (await hasResponse(tx, test.id, input.phase, keyHash)) {
      // The page reads the reason: the answers are in, so it moves on as if it had just sent them.
      throw new AppError("conflict", "knowledge_test.already_answered", {
        params: { phase: phaseNames[input.phase] },
        details: { reason: "already_answered" },
      });
    }
    const problems = answerProblems(test.questions, input.answers);
    if (problems.length > 0)
      throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
    if ((await countResponses(tx, test.id, input.phase)) >= MAX_ANSWERS_PER_PHASE) {
      throw new AppError("conflict", "knowledge_test.full", { params: { maximum: MAX_ANSWERS_PER_PHASE } });
    }
    const marks = markAnswers(test.questions, input.answers);
    const correctCount = marks.filter(Boolean).length;
    const id = randomUUID();
    const nickname = input.nickname?.trim() || null;
    await tx.insert(knowledgeTestResponses).values({
      id,
      testId: test.id,
      phase: input.phase,
      participantKeyHash: keyHash,
      nicknameEnc: nickname ? encryptField(ctx.keyring, nickname, nicknameContext(id)) : null,
      answers: input.answers,
      correctCount,
      questionCount: test.questions.length,
      submittedAt: ctx.now(),
    });
    await recordAudit(tx, null, {
      event: "knowledge_test.answered",
      taskForceId: found.taskForceId,
      recordType: "knowledge_test",
      recordId: test.id,
      data: { phase: input.phase },
      ip: origin.ip,
    });
    const post = input.phase === "post";
    return {
      phase: input.phase,
      score: post ? scorePercent(correctCount, test.questions.length) : null,
      correctCount: post ? correctCount : null,
      questionCount: test.questions.length,
      review: post
        ? test.questions.map((q, i) => ({ correct: marks[i]!, correctOption: q.correctOption }))
        : null,
    };
  });
}
