import { randomUUID } from "node:crypto";
import { documentTypes } from "../../../shared/case-documents.ts";
import type { MeetingDocumentDto, UploadMeetingDocumentInput } from "../../../shared/coordination.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { meetingDocuments } from "../../db/schema/index.ts";
import { fileContexts, openFile, sealFile } from "../../lib/encrypted-files/sealed-file.ts";
import { acceptUpload } from "../../lib/encrypted-files/upload-checks.ts";
import { notFound } from "../../lib/errors.ts";
import { loadMeeting } from "./meeting-access.ts";
import { isoOf } from "./meetings.presenter.ts";
import { findDocumentContent, findDocuments } from "./meetings.repository.ts";

// Name and content are each bound to their row (see server/db/encrypted-columns.ts).
export const documentContexts = fileContexts("meeting_documents");

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
  // The same file types as case documents.
  const content = acceptUpload(input, {
    maxBytes: ctx.config.attachmentMaxBytes,
    extensions: documentTypes[input.mimeType],
  });
  const id = randomUUID();
  const sealed = sealFile(ctx.keyring, documentContexts, id, { fileName: input.fileName, content });
  await ctx.db.transaction(async (tx) => {
    await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    await tx.insert(meetingDocuments).values({
      id,
      meetingId,
      ...sealed,
      mimeType: input.mimeType,
      category: input.category,
      uploadedById: actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      event: "meeting.document_uploaded",
      recordType: "meeting_document",
      recordId: id,
      data: {
        meetingId,
        category: input.category,
        mimeType: input.mimeType,
        size: sealed.sizeBytes,
        sha256: sealed.sha256,
      },
    });
  });
  const [row] = await findDocuments(ctx.db, meetingId, id);
  return {
    id,
    fileName: input.fileName,
    mimeType: row!.mimeType,
    sizeBytes: Number(row!.sizeBytes),
    sha256: sealed.sha256,
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
  const { content, fileName } = openFile(ctx.keyring, documentContexts, row);
  await recordAudit(ctx.db, actor, {
    event: "meeting.document_downloaded",
    recordType: "meeting_document",
    recordId: row.id,
    data: { meetingId, sha256: row.sha256 },
  });
  return { content, fileName, mimeType: row.mimeType };
}
