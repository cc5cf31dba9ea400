import { eq } from "drizzle-orm";
import type {
  CreateKnowledgeTestInput,
  KnowledgeTestEnvelope,
  QuestionDto,
  QuestionInput,
  UpdateKnowledgeTestInput,
} from "../../../shared/prevention-tests.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { knowledgeTests } from "../../db/schema/index.ts";
import { randomToken } from "../../lib/crypto/pseudonym.ts";
import { AppError, notFound } from "../../lib/errors.ts";
import { findActivityRecord } from "../prevention/activities.repository.ts";
import { editsActivity } from "../prevention/activity.policy.ts";
import { loadActivity } from "../prevention/activity-access.ts";
import { openSheets, presentKnowledgeTest } from "./knowledge-tests.presenter.ts";
import { countResponses, findResponses, findTestOfActivity } from "./knowledge-tests.repository.ts";

/** The questions as stored: options trimmed by the schema, none for true/false. */
function storedQuestions(questions: readonly QuestionInput[]): QuestionDto[] {
  return questions.map((q) => ({
    kind: q.kind,
    prompt: q.prompt,
    options: q.kind === "true_false" ? [] : q.options,
    correctOption: q.correctOption,
  }));
}

/** The activity's row, locked for this transaction (after `loadActivity` judged the caller). */
async function lockActivity(tx: Db, activityId: string) {
  const activity = await findActivityRecord(tx, activityId, { forUpdate: true });
  if (!activity) throw notFound();
  return activity;
}

async function presentTestOf(ctx: AppContext, db: Db, activityId: string, runs: boolean) {
  const test = await findTestOfActivity(db, activityId);
  if (!test) return null;
  const sheets = openSheets(ctx.keyring, await findResponses(db, test.id));
  return presentKnowledgeTest(test, sheets, runs);
}

/**
 * An activity's knowledge test with its results, or null when it has none; everyone who reads
 * the activity reads its test, and `abilities.create` says whether the caller may add one.
 */
export async function getKnowledgeTest(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
): Promise<KnowledgeTestEnvelope> {
  const activity = await loadActivity(ctx.db, actor, activityId);
  const runs = editsActivity(actor, activity);
  const test = await presentTestOf(ctx, ctx.db, activityId, runs);
  return { test, abilities: { create: runs && !test && activity.status !== "cancelled" } };
}

/** Gives an activity its test: the organiser's organisation or the secretariat. */
export async function createKnowledgeTest(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  input: CreateKnowledgeTestInput,
) {
  await loadActivity(ctx.db, actor, activityId, "update");
  await ctx.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    if (activity.status === "cancelled") throw new AppError("conflict", "knowledge_test.activity_cancelled");
    if (await findTestOfActivity(tx, activityId)) throw new AppError("conflict", "knowledge_test.exists");
    const [row] = await tx
      .insert(knowledgeTests)
      .values({
        activityId,
        // Security: 128 random bits; the link is the only key to the answer form.
        token: randomToken(16),
        questions: storedQuestions(input.questions),
        openPhase: null,
        createdById: actor.userId,
        updatedById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning({ id: knowledgeTests.id });
    await recordAudit(tx, actor, {
      event: "knowledge_test.created",
      recordType: "knowledge_test",
      recordId: row!.id,
      data: { activityId, questions: input.questions.length },
    });
  });
  return (await presentTestOf(ctx, ctx.db, activityId, true))!;
}

const sameQuestions = (a: readonly QuestionDto[], b: readonly QuestionDto[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces the questions (only while no answer is in: answers refer to questions by position)
 * and/or opens or closes a phase. A cancelled activity's test cannot be opened.
 */
export async function updateKnowledgeTest(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  input: UpdateKnowledgeTestInput,
) {
  await loadActivity(ctx.db, actor, activityId, "update");
  await ctx.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    const test = await findTestOfActivity(tx, activityId, { forUpdate: true });
    if (!test) throw notFound();
    const questions = input.questions ? storedQuestions(input.questions) : test.questions;
    const questionsChanged = !sameQuestions(questions, test.questions);
    if (questionsChanged) {
      const answered = await countResponses(tx, test.id);
      if (answered > 0)
        throw new AppError("conflict", "knowledge_test.locked", { params: { count: answered } });
    }
    const openPhase = input.openPhase === undefined ? test.openPhase : input.openPhase;
    if (openPhase && openPhase !== test.openPhase && activity.status === "cancelled") {
      throw new AppError("conflict", "knowledge_test.activity_cancelled");
    }
    const phaseChanged = openPhase !== test.openPhase;
    if (!questionsChanged && !phaseChanged) return;
    await tx
      .update(knowledgeTests)
      .set({ questions, openPhase, updatedById: actor.userId, updatedAt: ctx.now() })
      .where(eq(knowledgeTests.id, test.id));
    await recordAudit(tx, actor, {
      event: "knowledge_test.updated",
      recordType: "knowledge_test",
      recordId: test.id,
      data: {
        activityId,
        ...(questionsChanged ? { questions: questions.length } : {}),
        ...(phaseChanged ? { openPhase: { from: test.openPhase, to: openPhase } } : {}),
      },
    });
  });
  return (await presentTestOf(ctx, ctx.db, activityId, true))!;
}

/** Removes the test and every answer to it; the audit keeps how many there were. */
export async function deleteKnowledgeTest(ctx: AppContext, actor: UserActor, activityId: string) {
  await loadActivity(ctx.db, actor, activityId, "update");
  await ctx.db.transaction(async (tx) => {
    await lockActivity(tx, activityId);
    const test = await findTestOfActivity(tx, activityId, { forUpdate: true });
    if (!test) throw notFound();
    const pre = await countResponses(tx, test.id, "pre");
    const post = await countResponses(tx, test.id, "post");
    await tx.delete(knowledgeTests).where(eq(knowledgeTests.id, test.id));
    await recordAudit(tx, actor, {
      event: "knowledge_test.deleted",
      recordType: "knowledge_test",
      recordId: test.id,
      data: { activityId, answers: { pre, post } },
    });
  });
}
