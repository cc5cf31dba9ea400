import { aliasedTable, and, desc, eq, inArray } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { casePeople, cases, people, personMerges } from "../../db/schema/index.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { findPersonInTaskForce } from "./people.repository.ts";

const survivor = aliasedTable(people, "survivor");
const merged = aliasedTable(people, "merged");

async function findMerge(db: Db, taskForceId: string, id: string) {
  const [row] = await db
    .select({ merge: personMerges, survivorCode: survivor.code, mergedCode: merged.code })
    .from(personMerges)
    .innerJoin(survivor, eq(survivor.id, personMerges.survivorId))
    .innerJoin(merged, eq(merged.id, personMerges.mergedId))
    .where(and(eq(personMerges.id, id), eq(survivor.taskForceId, taskForceId)));
  return row;
}

function presentMerge(row: NonNullable<Awaited<ReturnType<typeof findMerge>>>) {
  return {
    id: row.merge.id,
    survivorCode: row.survivorCode,
    mergedCode: row.mergedCode,
    movedLinks: row.merge.movedCasePersonIds.length,
    reason: row.merge.reason,
    mergedAt: row.merge.mergedAt.toISOString(),
    undoneAt: row.merge.undoneAt?.toISOString() ?? null,
  };
}

export async function listMerges(ctx: AppContext, actor: UserActor) {
  const rows = await ctx.db
    .select({ merge: personMerges, survivorCode: survivor.code, mergedCode: merged.code })
    .from(personMerges)
    .innerJoin(survivor, eq(survivor.id, personMerges.survivorId))
    .innerJoin(merged, eq(merged.id, personMerges.mergedId))
    .where(eq(survivor.taskForceId, actor.taskForceId))
    .orderBy(desc(personMerges.mergedAt))
    .limit(100);
  return { items: rows.map(presentMerge) };
}

/** Timeline entries in every case whose people changed record, so each case tells the story. */
async function noteOnCases(tx: Db, actor: UserActor, linkIds: string[], data: Record<string, unknown>) {
  if (linkIds.length === 0) return;
  const rows = await tx
    .selectDistinct({ caseId: casePeople.caseId })
    .from(casePeople)
    .where(inArray(casePeople.id, linkIds));
  for (const { caseId } of rows) await recordCaseEvent(tx, actor, caseId, "person.updated", data);
}

/**
 * Makes two records of one person one: the merged record's case links move to the survivor,
 * and the merged record stays, marked, so the merge can be undone exactly.
 */
export async function mergePeople(
  ctx: AppContext,
  actor: UserActor,
  mergedId: string,
  input: { intoPersonId: string; reason: string },
) {
  if (mergedId === input.intoPersonId) throw invalidField("intoPersonId", "field.merge_same_person");
  const from = await findPersonInTaskForce(ctx.db, actor.taskForceId, mergedId);
  if (!from || from.mergedIntoId) throw notFound();
  const into = await findPersonInTaskForce(ctx.db, actor.taskForceId, input.intoPersonId);
  if (!into || into.mergedIntoId) throw invalidField("intoPersonId", "field.person_unknown");
  const fromLinks = await ctx.db.select().from(casePeople).where(eq(casePeople.personId, mergedId));
  const intoLinks = await ctx.db.select().from(casePeople).where(eq(casePeople.personId, into.id));
  const clash = fromLinks.find((a) => intoLinks.some((b) => b.caseId === a.caseId && b.role === a.role));
  if (clash) {
    const [c] = await ctx.db.select({ number: cases.number }).from(cases).where(eq(cases.id, clash.caseId));
    throw invalidField("intoPersonId", "field.merge_shared_case", { number: c!.number });
  }
  const id = await ctx.db.transaction(async (tx) => {
    const moved = await tx
      .update(casePeople)
      .set({ personId: into.id, updatedAt: ctx.now() })
      .where(eq(casePeople.personId, mergedId))
      .returning({ id: casePeople.id });
    await tx
      .update(people)
      .set({ mergedIntoId: into.id, updatedAt: ctx.now() })
      .where(eq(people.id, mergedId));
    const [row] = await tx
      .insert(personMerges)
      .values({
        survivorId: into.id,
        mergedId,
        movedCasePersonIds: moved.map((m) => m.id),
        reason: input.reason,
        mergedById: actor.userId,
        mergedAt: ctx.now(),
      })
      .returning({ id: personMerges.id });
    const data = { merged: from.code, into: into.code };
    await noteOnCases(
      tx,
      actor,
      moved.map((m) => m.id),
      { code: into.code, fields: ["merged"], ...data },
    );
    await recordAudit(tx, actor, {
      event: "person.merged",
      recordType: "person",
      recordId: into.id,
      data: { ...data, movedLinks: moved.length, reason: input.reason },
    });
    return row!.id;
  });
  return presentMerge((await findMerge(ctx.db, actor.taskForceId, id))!);
}

/** Puts a merge back: the moved case links return to the merged record, which is active again. */
export async function undoMerge(ctx: AppContext, actor: UserActor, mergeId: string) {
  const row = await findMerge(ctx.db, actor.taskForceId, mergeId);
  if (!row) throw notFound();
  if (row.merge.undoneAt) throw new AppError("conflict", "error.merge_already_undone");
  const ids = row.merge.movedCasePersonIds;
  await ctx.db.transaction(async (tx) => {
    if (ids.length > 0) {
      await tx
        .update(casePeople)
        .set({ personId: row.merge.mergedId, updatedAt: ctx.now() })
        .where(and(inArray(casePeople.id, ids), eq(casePeople.personId, row.merge.survivorId)));
    }
    await tx
      .update(people)
      .set({ mergedIntoId: null, updatedAt: ctx.now() })
      .where(eq(people.id, row.merge.mergedId));
    await tx
      .update(personMerges)
      .set({ undoneAt: ctx.now(), undoneById: actor.userId })
      .where(eq(personMerges.id, mergeId));
    const data = { merged: row.mergedCode, into: row.survivorCode };
    await noteOnCases(tx, actor, ids, { code: row.mergedCode, fields: ["merge_undone"], ...data });
    await recordAudit(tx, actor, {
      event: "person.merge_undone",
      recordType: "person",
      recordId: row.merge.mergedId,
      data,
    });
  });
  return presentMerge((await findMerge(ctx.db, actor.taskForceId, mergeId))!);
}
