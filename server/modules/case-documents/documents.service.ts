import { createHash, randomUUID } from "node:crypto";
import type { UploadDocumentInput } from "../../../shared/case-documents.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { caseAttachments } from "../../db/schema/index.ts";
import { decryptBytes, decryptField, encryptBytes, encryptField } from "../../lib/crypto/field-encryption.ts";
import { AppError, type FieldProblem, invalidField, notFound } from "../../lib/errors.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { caseMemberCodes } from "../legal/case-members.ts";
import { presentDocument } from "./documents.presenter.ts";
import { findDocumentContent, findDocuments } from "./documents.repository.ts";
import { contentMatchesType, extensionsOf, hasExtensionOf } from "./file-types.ts";

// The name and the content are each bound to their row (see server/db/encrypted-columns.ts).
const fileNameContext = (id: string) => `case_attachments.file_name:${id}`;
const contentContext = (id: string) => `case_attachments.content:${id}`;

export async function listDocuments(ctx: AppContext, actor: UserActor, caseId: string) {
  await loadCase(ctx.db, actor, caseId, "read");
  const rows = await findDocuments(ctx.db, caseId);
  return {
    items: rows.map((row) =>
      presentDocument(row, decryptField(ctx.keyring, row.fileNameEnc, fileNameContext(row.id))),
    ),
  };
}

/**
 * The file's size, its name's ending and its bytes must all agree with the declared type. Also
 * used for meeting documents, which take the same file types.
 */
export function fileProblems(
  ctx: AppContext,
  input: Pick<UploadDocumentInput, "fileName" | "mimeType">,
  content: Buffer,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!hasExtensionOf(input.mimeType, input.fileName)) {
    problems.push({
      field: "fileName",
      key: "document.extension_mismatch",
      params: { extensions: extensionsOf(input.mimeType).join(", ") },
    });
  }
  const maximum = ctx.config.attachmentMaxBytes;
  if (content.length > maximum) {
    problems.push({
      field: "contentBase64",
      key: "document.too_large",
      params: { maximum: Math.round((maximum / 1024 / 1024) * 10) / 10 },
    });
  } else if (!contentMatchesType(input.mimeType, content)) {
    problems.push({
      field: "contentBase64",
      key: "document.content_mismatch",
      params: { type: input.mimeType },
    });
  }
  return problems;
}

/**
 * Stores a document of the case, its name and bytes encrypted under the active data key. The
 * timeline and the audit trail learn its type, size and fingerprint, never its name.
 */
export async function uploadDocument(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: UploadDocumentInput,
) {
  // Reach first: someone outside the case learns nothing, not even whether the file was acceptable.
  await loadCase(ctx.db, actor, caseId, "update");
  const content = Buffer.from(input.contentBase64, "base64");
  const problems = fileProblems(ctx, input, content);
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
  const sha256 = createHash("sha256").update(content).digest("hex");
  const id = randomUUID();

  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    let personCode: string | undefined;
    if (input.casePersonId) {
      personCode = (await caseMemberCodes(tx, caseId, [input.casePersonId])).get(input.casePersonId);
      if (!personCode) throw invalidField("casePersonId", "document.case_person_unknown");
    }
    await tx.insert(caseAttachments).values({
      id,
      caseId,
      casePersonId: input.casePersonId ?? null,
      fileNameEnc: encryptField(ctx.keyring, input.fileName, fileNameContext(id)),
      mimeType: input.mimeType,
      sizeBytes: content.length,
      sha256,
      contentEnc: encryptBytes(ctx.keyring, content, contentContext(id)),
      category: input.category,
      uploadedById: actor.userId,
      createdAt: ctx.now(),
    });
    await recordCaseEvent(tx, actor, caseId, "attachment.uploaded", {
      documentId: id,
      category: input.category,
      mimeType: input.mimeType,
      sizeBytes: content.length,
      ...(personCode ? { personCode } : {}),
    });
    await recordAudit(tx, actor, {
      event: "attachment.uploaded",
      recordType: "case_attachment",
      recordId: id,
      data: { caseId, category: input.category, mimeType: input.mimeType, size: content.length, sha256 },
    });
  });
  const [row] = await findDocuments(ctx.db, caseId, id);
  return presentDocument(row!, input.fileName);
}

/**
 * A document's bytes, decrypted, for download. Every read is audited: the file may show the
 * victim's face, name or injuries.
 */
export async function readDocumentContent(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  documentId: string,
) {
  await loadCase(ctx.db, actor, caseId, "read");
  const row = await findDocumentContent(ctx.db, caseId, documentId);
  if (!row) throw notFound();
  const content = decryptBytes(ctx.keyring, row.contentEnc, contentContext(row.id));
  const fileName = decryptField(ctx.keyring, row.fileNameEnc, fileNameContext(row.id));
  await recordAudit(ctx.db, actor, {
    event: "attachment.downloaded",
    recordType: "case_attachment",
    recordId: row.id,
    data: { caseId, sha256: row.sha256 },
  });
  return { content, fileName, mimeType: row.mimeType };
}
