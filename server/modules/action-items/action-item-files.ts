import { randomUUID } from "node:crypto";
import type { AttachmentInput } from "../../../shared/action-items.ts";
import { documentTypes } from "../../../shared/case-documents.ts";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { actionItemAttachments } from "../../db/schema/index.ts";
import { fileContexts, openFileName, sealFile, sha256Of } from "../../lib/encrypted-files/sealed-file.ts";
import { checkUpload, megabytes } from "../../lib/encrypted-files/upload-checks.ts";
import type { FieldProblem } from "../../lib/errors.ts";

// The name and the content are each bound to their row (see server/db/encrypted-columns.ts).
export const attachmentContexts = fileContexts("action_item_attachments");

export type CheckedFile = AttachmentInput & { id: string; content: Buffer; sha256: string };

/**
 * Decodes the files of a report and checks each like a case document (type, name, bytes), and
 * all of them together against the size one document may have: a report is one upload.
 */
export function checkFiles(
  ctx: AppContext,
  files: readonly AttachmentInput[],
): { files: CheckedFile[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const maximum = ctx.config.attachmentMaxBytes;
  const checked = files.map((file, i) => {
    const { content, problems: own } = checkUpload(file, {
      maxBytes: maximum,
      extensions: documentTypes[file.mimeType],
      fields: { fileName: `attachments.${i}.fileName`, content: `attachments.${i}.contentBase64` },
    });
    problems.push(...own);
    return { ...file, id: randomUUID(), content, sha256: sha256Of(content) };
  });
  const total = checked.reduce((sum, f) => sum + f.content.length, 0);
  if (checked.length > 1 && total > maximum) {
    problems.push({
      field: "attachments",
      key: "action_item.attachments_too_large",
      params: { maximum: megabytes(maximum) },
    });
  }
  return { files: checked, problems };
}

/** Stores checked files of one report, name and bytes encrypted under the active data key. */
export async function storeFiles(
  tx: Db,
  ctx: AppContext,
  input: { actionItemId: string; eventId: string; uploadedById: string; files: readonly CheckedFile[] },
) {
  if (input.files.length === 0) return;
  await tx.insert(actionItemAttachments).values(
    input.files.map((f) => ({
      id: f.id,
      actionItemId: input.actionItemId,
      eventId: input.eventId,
      ...sealFile(ctx.keyring, attachmentContexts, f.id, f),
      mimeType: f.mimeType,
      uploadedById: input.uploadedById,
      createdAt: ctx.now(),
    })),
  );
}

export function fileNameOf(ctx: AppContext, id: string, sealed: string): string {
  return openFileName(ctx.keyring, attachmentContexts, id, sealed);
}
