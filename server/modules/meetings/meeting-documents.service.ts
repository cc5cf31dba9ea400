import { createHash, randomUUID } from "node:crypto";
import type { MeetingDocumentDto, UploadMeetingDocumentInput } from "../../../shared/coordination.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { meetingDocuments } from "../../db/schema/index.ts";
import { decryptBytes, decryptField, encryptBytes, encryptField } from "../../lib/crypto/field-encryption.ts";
import { AppError, notFound } from "../../lib/errors.ts";
import { fileProblems } from "../case-documents/documents.service.ts";
import { loadMeeting } from "./meeting-access.ts";
import { isoOf } from "./meetings.presenter.ts";
import { findDocumentContent, findDocuments } from "./meetings.repository.ts";

// Name and content are each bound to their row (see server/db/encrypted-columns.ts).
export const documentFileNameContext = (id: string) => `meeting_documents.file_name:${id}`;
const contentContext = (id: string) => `meeting_documents.content:${id}`;

/**
 * Stores a meeting document (materials, the signed letter, photos of the attendance sheet):
 * name and bytes encrypted, like case documents, since minutes may discuss cases.
 */
export async function uploadMeetingDocument(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  input: UploadMeetingDocumentInput,
): Promise<MeetingDocumentDto> {
  await loadMeeting(ctx.db, actor, meetingId);
  const content = Buffer.from(input.contentBase64, "base64");
  const problems = fileProblems(ctx, input, content);
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
  const sha256 = createHash("sha256").update(content).digest("hex");
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    await tx.insert(meetingDocuments).values({
      id,
      meetingId,
      fileNameEnc: encryptField(ctx.keyring, input.fileName, documentFileNameContext(id)),
      mimeType: input.mimeType,
      sizeBytes: content.length,
      sha256,
      contentEnc: encryptBytes(ctx.keyring, content, contentContext(id)),
      category: input.category,
      uploadedById: actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      event: "meeting.document_uploaded",
      recordType: "meeting_document",
      recordId: id,
      data: { meetingId, category: input.category, mimeType: input.mimeType, size: content.length, sha256 },
    });
  });
  const [row] = await findDocuments(ctx.db, meetingId, id);
  return {
    id,
    fileName: input.fileName,
    mimeType: row!.mimeType,
    sizeBytes: Number(row!.sizeBytes),
    sha256,
    category: input.category,
    uploadedByName: row!.uploadedByName,
    createdAt: isoOf(row!.createdAt),
  };
}

/** A document's bytes for download; every read is audited. */
export async function readMeetingDocument(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  documentId: string,
) {
  await loadMeeting(ctx.db, actor, meetingId);
  const row = await findDocumentContent(ctx.db, meetingId, documentId);
  if (!row) throw notFound();
  const content = decryptBytes(ctx.keyring, row.contentEnc, contentContext(row.id));
  const fileName = decryptField(ctx.keyring, row.fileNameEnc, documentFileNameContext(row.id));
  await recordAudit(ctx.db, actor, {
    event: "meeting.document_downloaded",
    recordType: "meeting_document",
    recordId: row.id,
    data: { meetingId, sha256: row.sha256 },
  });
  return { content, fileName, mimeType: row.mimeType };
}
