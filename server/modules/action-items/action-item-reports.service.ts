import { eq } from "drizzle-orm";
import {
  type ActionItemStatus,
  actionItemTransitions,
  isActiveStatus,
  type PostActionItemUpdateInput,
} from "../../../shared/action-items.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { actionItemEvents, actionItems } from "../../db/schema/index.ts";
import { openFile } from "../../lib/encrypted-files/sealed-file.ts";
import { type FieldProblem, type LocalizedText, notFound } from "../../lib/errors.ts";
import { translate } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { canSee } from "./action-item.policy.ts";
import { refuse } from "./action-item-checks.ts";
import { attachmentContexts, checkFiles, storeFiles } from "./action-item-files.ts";
import { findAttachment, findItem, lockItem } from "./action-items.repository.ts";
import { getActionItem } from "./action-items.service.ts";

/** The owner's reports on an item (progress, status, files) and the download of those files. */

const statusLabel = (status: ActionItemStatus): LocalizedText => ({
  id: translate("id", `action_item.status.${status}`),
  en: translate("en", `action_item.status.${status}`),
});

/** The status a report asks for, checked against the item's current one; null: a note only. */
function statusChange(
  current: ActionItemStatus,
  input: PostActionItemUpdateInput,
): { to: ActionItemStatus | null; problems: FieldProblem[] } {
  const to = input.status ?? null;
  if (to === null) return { to: null, problems: [] };
  if (to === current) {
    // The same status with a note is just a note; without one there is nothing to record.
    if (input.note) return { to: null, problems: [] };
    return {
      to: null,
      problems: [
        { field: "status", key: "action_item.status_unchanged", params: { status: statusLabel(current) } },
      ],
    };
  }
  if (!actionItemTransitions[current].includes(to)) {
    return {
      to: null,
      problems: [
        {
          field: "status",
          key: "action_item.status_not_allowed",
          params: { from: statusLabel(current), to: statusLabel(to) },
        },
      ],
    };
  }
  if (!isActiveStatus(current) && !input.note)
    return { to, problems: [{ field: "note", key: "action_item.reopen_needs_note" }] };
  return { to, problems: [] };
}

/**
 * A report by the owner organisation (or the secretariat): progress in words, a new status, files.
 * Each report is one history entry; the status it sets is the item's from then on.
 */
export async function reportOnActionItem(
  ctx: AppContext,
  actor: UserActor,
  id: string,
  input: PostActionItemUpdateInput,
) {
  // Reach first: someone outside the item learns nothing, not even whether the files were acceptable.
  const visible = await findItem(ctx.db, id, wibDate(ctx.now()));
  if (!visible || !canSee(actor, visible.item)) throw notFound();
  const checked = checkFiles(ctx, input.attachments ?? []);
  refuse(checked.problems);

  await ctx.db.transaction(async (tx) => {
    const before = await lockItem(tx, id);
    if (!before || !canSee(actor, before)) throw notFound();
    const from = before.status as ActionItemStatus;
    const { to, problems } = statusChange(from, input);
    refuse(problems);
    const now = ctx.now();
    const [event] = await tx
      .insert(actionItemEvents)
      .values({
        actionItemId: id,
        kind: "report",
        note: input.note ?? null,
        fromStatus: to ? from : null,
        toStatus: to,
        reason: to === "dropped" ? (input.reason ?? null) : null,
        authorId: actor.userId,
        createdAt: now,
      })
      .returning({ id: actionItemEvents.id });
    await storeFiles(tx, ctx, {
      actionItemId: id,
      eventId: event!.id,
      uploadedById: actor.userId,
      files: checked.files,
    });
    await tx
      .update(actionItems)
      .set({
        ...(to
          ? {
              status: to,
              dropReason: to === "dropped" ? (input.reason ?? null) : null,
              doneAt: to === "done" ? now : null,
            }
          : {}),
        updatedAt: now,
      })
      .where(eq(actionItems.id, id));
    await recordAudit(tx, actor, {
      event: "action_item.reported",
      recordType: "action_item",
      recordId: id,
      data: {
        status: to ? { from, to } : null,
        note: Boolean(input.note),
        attachments: checked.files.map((f) => ({
          mimeType: f.mimeType,
          size: f.content.length,
          sha256: f.sha256,
        })),
      },
    });
  });
  return getActionItem(ctx, actor, id);
}

/** A report's file for download; every read is audited (a photo may show people). */
export async function readAttachment(
  ctx: AppContext,
  actor: UserActor,
  itemId: string,
  attachmentId: string,
) {
  const item = await findItem(ctx.db, itemId, wibDate(ctx.now()));
  if (!item || !canSee(actor, item.item)) throw notFound();
  const row = await findAttachment(ctx.db, itemId, attachmentId);
  if (!row) throw notFound();
  const { content, fileName } = openFile(ctx.keyring, attachmentContexts, row);
  await recordAudit(ctx.db, actor, {
    event: "action_item.attachment_downloaded",
    recordType: "action_item_attachment",
    recordId: row.id,
    data: { actionItemId: itemId, sha256: row.sha256 },
  });
  return { content, fileName, mimeType: row.mimeType };
}
