import { createHash, randomUUID } from "node:crypto";
import type { AttachmentInput } from "../../../shared/action-items.ts";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { actionItemAttachments } from "../../db/schema/index.ts";
import { decryptField, encryptBytes, encryptField } from "../../lib/crypto/field-encryption.ts";
import type { FieldProblem } from "../../lib/errors.ts";
import { fileProblems } from "../case-documents/documents.service.ts";

// The name and the content are each bound to their row (see server/db/encrypted-columns.ts).
export const attachmentContexts = {
  fileName: (id: string) => `action_item_attachments.file_name:${id}`,
  content: (id: string) => `action_item_attachments.content:${id}`,
};

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
  const checked = files.map((file, i) => {
    const content = Buffer.from(file.contentBase64, "base64");
    for (const p of fileProblems(ctx, file, content))
      problems.push({ ...p, field: `attachments.${i}.${p.field}` });
    return {
      ...file,
      id: randomUUID(),
      content,
      sha256: createHash("sha256").update(content).digest("hex"),
    };
  });
  const total = checked.reduce((sum, f) => sum + f.content.length, 0);
  const maximum = ctx.config.attachmentMaxBytes;
  if (checked.length > 1 && total > maximum) {
    problems.push({
      field: "attachments",
      key: "action_item.attachments_too_large",
      params: { maximum: Math.round((maximum / 1024 / 1024) * 10) / 10 },
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
      fileNameEnc: encryptField(ctx.keyring, f.fileName, attachmentContexts.fileName(f.id)),
      mimeType: f.mimeType,
      sizeBytes: f.content.length,
      sha256: f.sha256,
      contentEnc: encryptBytes(ctx.keyring, f.content, attachmentContexts.content(f.id)),
      uploadedById: input.uploadedById,
      createdAt: ctx.now(),
    })),
  );
}

export function fileNameOf(ctx: AppContext, id: string, sealed: string): string {
  return decryptField(ctx.keyring, sealed, attachmentContexts.fileName(id));
}
