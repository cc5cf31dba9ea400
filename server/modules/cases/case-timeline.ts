import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { caseEvents } from "../../db/schema/index.ts";
import { markCasesStale } from "../statistics/statistics-facts.ts";

/**
 * Kinds of timeline entry. `data` carries codes, amounts and pseudonymous codes only: the
 * timeline is shown to everyone who reaches the case, so it never holds identity.
 */
export const caseEventKinds = [
  "case.opened",
  "case.imported",
  "case.updated",
  "case.status_changed",
  "case.closure_requested",
  "case.closure_rejected",
  "case.closed",
  "case.reopened",
  "complaint.linked",
  "note",
  "person.added",
  "person.updated",
  "person.removed",
  "consent.recorded",
  "consent.withdrawn",
  "assessment.recorded",
  "referral.sent",
  "referral.accepted",
  "referral.declined",
  "referral.completed",
  "referral.cancelled",
  "service.recorded",
  "service.updated",
  "legal.recorded",
  "legal.stage_changed",
  "legal.updated",
  "restitution.updated",
  "attachment.uploaded",
] as const;
export type CaseEventKind = (typeof caseEventKinds)[number];

let lastMs = 0;
/**
 * Now, but never earlier than or equal to the previous entry's time in this process: entries
 * written in one transaction (status changed, then updated) keep their order on the timeline.
 */
function nextEventTime(): Date {
  lastMs = Math.max(Date.now(), lastMs + 1);
  return new Date(lastMs);
}

/** Adds an entry to a case's timeline, in the caller's transaction; answers the entry's id. */
export async function recordCaseEvent(
  tx: Db,
  actor: UserActor | null,
  caseId: string,
  kind: CaseEventKind,
  data: Record<string, unknown> = {},
  options: { note?: string; occurredAt?: Date } = {},
): Promise<string> {
  const [row] = await tx
    .insert(caseEvents)
    .values({
      caseId,
      kind,
      actorId: actor?.userId ?? null,
      data,
      note: options.note ?? null,
      // Written from JS (millisecond precision) so the timeline's keyset cursor round-trips exactly.
      occurredAt: options.occurredAt ?? nextEventTime(),
    })
    .returning({ id: caseEvents.id });
  // Every change of a case passes here, in its own transaction: its statistics are recomputed
  // before the next figure is read.
  await markCasesStale(tx, [caseId]);
  return row!.id;
}
