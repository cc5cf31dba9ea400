import type { NoteInput } from "../../../shared/case-documents.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";

/** A note on the case's timeline. The audit trail records that one was written, not what it says. */
export async function addNote(ctx: AppContext, actor: UserActor, caseId: string, input: NoteInput) {
  return ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const occurredAt = ctx.now();
    const id = await recordCaseEvent(tx, actor, caseId, "note", {}, { note: input.note, occurredAt });
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
