import { and, eq } from "drizzle-orm";
import type { NoteInput } from "../../../shared/case-documents.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { caseEvents } from "../../db/schema/index.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";

/** A note on the case's timeline. The audit trail records that one was written, not what it says. */
export async function addNote(ctx: AppContext, actor: UserActor, caseId: string, input: NoteInput) {
  return ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const occurredAt = ctx.now();
    // recordCaseEvent does not hand back its row: the new note is the one at this instant that
    // was not there before (the case row's lock keeps other writers of this case out meanwhile).
    const before = new Set(await notesAt(tx, caseId, actor.userId, occurredAt));
    await recordCaseEvent(tx, actor, caseId, "note", {}, { note: input.note, occurredAt });
    const id = (await notesAt(tx, caseId, actor.userId, occurredAt)).find((n) => !before.has(n))!;
    await recordAudit(tx, actor, {
      event: "case.note_added",
      recordType: "case",
      recordId: caseId,
      data: { noteId: id, length: input.note.length },
    });
    return {
      id,
      occurredAt: occurredAt.toISOString(),
      kind: "note",
      actorName: actor.name,
      data: {},
      note: input.note,
    };
  });
}

async function notesAt(db: Db, caseId: string, actorId: string, at: Date): Promise<string[]> {
  const rows = await db
    .select({ id: caseEvents.id })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.caseId, caseId),
        eq(caseEvents.kind, "note"),
        eq(caseEvents.actorId, actorId),
        eq(caseEvents.occurredAt, at),
      ),
    );
  return rows.map((r) => r.id);
}
