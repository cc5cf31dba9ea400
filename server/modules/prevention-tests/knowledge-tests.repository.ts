import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { knowledgeTestResponses, knowledgeTests, preventionActivities } from "../../db/schema/index.ts";

export type KnowledgeTestRow = typeof knowledgeTests.$inferSelect;
export type ResponseRow = typeof knowledgeTestResponses.$inferSelect;

export async function findTestOfActivity(db: Db, activityId: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(knowledgeTests).where(eq(knowledgeTests.activityId, activityId));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

/** The test behind a public link, with what the participant's page shows of its activity. */
export async function findTestByToken(db: Db, token: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({
      test: knowledgeTests,
      activityTitle: preventionActivities.title,
      activityStartsAt: preventionActivities.startsAt,
      activityStatus: preventionActivities.status,
      taskForceId: preventionActivities.taskForceId,
    })
    .from(knowledgeTests)
    .innerJoin(preventionActivities, eq(preventionActivities.id, knowledgeTests.activityId))
    .where(eq(knowledgeTests.token, token));
  const [row] = options.forUpdate ? await query.for("update", { of: knowledgeTests }) : await query;
  return row;
}

/** Every answer sheet of a test, oldest first. */
export async function findResponses(db: Db, testId: string) {
  return db
    .select()
    .from(knowledgeTestResponses)
    .where(eq(knowledgeTestResponses.testId, testId))
    .orderBy(asc(knowledgeTestResponses.submittedAt), asc(knowledgeTestResponses.id));
}

export async function countResponses(db: Db, testId: string, phase?: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(knowledgeTestResponses)
    .where(
      and(
        eq(knowledgeTestResponses.testId, testId),
        phase ? eq(knowledgeTestResponses.phase, phase) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

export async function hasResponse(db: Db, testId: string, phase: string, participantKeyHash: string) {
  const [row] = await db
    .select({ id: knowledgeTestResponses.id })
    .from(knowledgeTestResponses)
    .where(
      and(
        eq(knowledgeTestResponses.testId, testId),
        eq(knowledgeTestResponses.phase, phase),
        eq(knowledgeTestResponses.participantKeyHash, participantKeyHash),
      ),
    );
  return Boolean(row);
}

/**
 * Average pre and post scores (percent) of each test among some activities, for lists and
 * exports that show many activities at once: one grouped query instead of one per activity.
 */
export async function averageScoresOf(db: Db, activityIds: readonly string[]) {
  if (activityIds.length === 0) return new Map<string, { pre: number | null; post: number | null }>();
  const r = knowledgeTestResponses;
  const rows = await db
    .select({
      activityId: knowledgeTests.activityId,
      phase: r.phase,
      average: sql<string>`avg(${r.correctCount} * 100.0 / nullif(${r.questionCount}, 0))`,
    })
    .from(r)
    .innerJoin(knowledgeTests, eq(knowledgeTests.id, r.testId))
    .where(inArray(knowledgeTests.activityId, [...activityIds]))
    .groupBy(knowledgeTests.activityId, r.phase);
  const byActivity = new Map<string, { pre: number | null; post: number | null }>();
  for (const row of rows) {
    const entry = byActivity.get(row.activityId) ?? { pre: null, post: null };
    const value = row.average === null ? null : Math.round(Number(row.average) * 10) / 10;
    if (row.phase === "pre") entry.pre = value;
    else entry.post = value;
    byActivity.set(row.activityId, entry);
  }
  return byActivity;
}
