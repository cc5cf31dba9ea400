import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { caseCounters, taskForces } from "../../db/schema/index.ts";

/**
 * Gives out the next case number of a task force for a year, e.g. TPPO-3171-2026-0042. The
 * counter row is incremented with an upsert inside the caller's transaction: two cases opened
 * at once queue on the row and get different numbers, and an opening that rolls back takes
 * its increment with it, so the sequence has no holes.
 */
export async function nextCaseNumber(
  tx: Db,
  taskForceId: string,
  year: number,
): Promise<{ number: string; seq: number }> {
  const [counter] = await tx
    .insert(caseCounters)
    .values({ taskForceId, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.taskForceId, caseCounters.year],
      set: { lastSeq: sql`${caseCounters.lastSeq} + 1` },
    })
    .returning({ seq: caseCounters.lastSeq });
  const [taskForce] = await tx
    .select({ regionCode: taskForces.regionCode })
    .from(taskForces)
    .where(eq(taskForces.id, taskForceId));
  const seq = counter!.seq;
  return { number: formatCaseNumber(taskForce!.regionCode, year, seq), seq };
}

/**
 * Reserves `count` consecutive case numbers of a year at once (a bulk import): one increment of
 * the counter row, in the caller's transaction, so a rollback returns them all.
 */
export async function reserveCaseNumbers(
  tx: Db,
  taskForceId: string,
  year: number,
  count: number,
): Promise<{ firstSeq: number; format: (seq: number) => string }> {
  const [counter] = await tx
    .insert(caseCounters)
    .values({ taskForceId, year, lastSeq: count })
    .onConflictDoUpdate({
      target: [caseCounters.taskForceId, caseCounters.year],
      set: { lastSeq: sql`${caseCounters.lastSeq} + ${count}` },
    })
    .returning({ seq: caseCounters.lastSeq });
  const [taskForce] = await tx
    .select({ regionCode: taskForces.regionCode })
    .from(taskForces)
    .where(eq(taskForces.id, taskForceId));
  return {
    firstSeq: counter!.seq - count + 1,
    format: (seq) => formatCaseNumber(taskForce!.regionCode, year, seq),
  };
}

/** `31.71` → `TPPO-3171-<year>-<seq, four digits or more>`. */
export function formatCaseNumber(regionCode: string, year: number, seq: number): string {
  return `TPPO-${regionCode.replace(/\./g, "")}-${year}-${String(seq).padStart(4, "0")}`;
}
