import { and, asc, eq, getTableColumns, inArray } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import {
  casePeople,
  legalProcesses,
  legalProcessSuspects,
  people,
  restitutions,
  users,
} from "../../db/schema/index.ts";

export type LegalProcessRow = typeof legalProcesses.$inferSelect & { recordedByName: string | null };
export type RestitutionRow = typeof restitutions.$inferSelect & { personCode: string };
export type SuspectRow = { legalProcessId: string; casePersonId: string; personCode: string };

/** A case's proceedings, oldest first, or one of them, with their suspects and restitutions. */
export async function findLegalProcesses(db: Db, caseId: string, legalId?: string) {
  const processes: LegalProcessRow[] = await db
    .select({ ...getTableColumns(legalProcesses), recordedByName: users.name })
    .from(legalProcesses)
    .leftJoin(users, eq(users.id, legalProcesses.recordedById))
    .where(and(eq(legalProcesses.caseId, caseId), legalId ? eq(legalProcesses.id, legalId) : undefined))
    .orderBy(asc(legalProcesses.createdAt), asc(legalProcesses.id));
  const ids = processes.map((p) => p.id);
  if (ids.length === 0) return { processes, suspects: [], restitutions: [] };
  // One query after another: inside a transaction they share one connection.
  const suspects = await db
    .select({
      legalProcessId: legalProcessSuspects.legalProcessId,
      casePersonId: legalProcessSuspects.casePersonId,
      personCode: people.code,
    })
    .from(legalProcessSuspects)
    .innerJoin(casePeople, eq(casePeople.id, legalProcessSuspects.casePersonId))
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(inArray(legalProcessSuspects.legalProcessId, ids))
    .orderBy(asc(people.code));
  const awards = await db
    .select({ ...getTableColumns(restitutions), personCode: people.code })
    .from(restitutions)
    .innerJoin(casePeople, eq(casePeople.id, restitutions.casePersonId))
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(inArray(restitutions.legalProcessId, ids))
    .orderBy(asc(restitutions.createdAt), asc(restitutions.id));
  return { processes, suspects: suspects as SuspectRow[], restitutions: awards as RestitutionRow[] };
}

/** One proceeding's row, only when it belongs to the case. */
export async function findLegalProcessRow(db: Db, caseId: string, legalId: string) {
  const [row] = await db
    .select()
    .from(legalProcesses)
    .where(and(eq(legalProcesses.id, legalId), eq(legalProcesses.caseId, caseId)));
  return row;
}

export async function findSuspectIds(db: Db, legalId: string): Promise<string[]> {
  const rows = await db
    .select({ id: legalProcessSuspects.casePersonId })
    .from(legalProcessSuspects)
    .where(eq(legalProcessSuspects.legalProcessId, legalId));
  return rows.map((r) => r.id);
}

export async function replaceSuspects(tx: Db, legalId: string, casePersonIds: readonly string[]) {
  await tx.delete(legalProcessSuspects).where(eq(legalProcessSuspects.legalProcessId, legalId));
  if (casePersonIds.length === 0) return;
  await tx
    .insert(legalProcessSuspects)
    .values(casePersonIds.map((casePersonId) => ({ legalProcessId: legalId, casePersonId })));
}

/** A victim's restitution in a proceeding (at most one: writers hold the case's row lock). */
export async function findRestitution(db: Db, legalId: string, casePersonId: string) {
  const [row] = await db
    .select()
    .from(restitutions)
    .where(and(eq(restitutions.legalProcessId, legalId), eq(restitutions.casePersonId, casePersonId)));
  return row;
}
