import { randomUUID } from "node:crypto";
import { documentTypes, type UploadDocumentInput } from "../../../shared/case-documents.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { caseAttachments } from "../../db/schema/index.ts";
import { fileContexts, openFile, openFileName, sealFile } from "../../lib/encrypted-files/sealed-file.ts";
import { acceptUpload } from "../../lib/encrypted-files/upload-checks.ts";
import { invalidField, notFound } from "../../lib/errors.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { caseMemberCodes } from "../legal/case-members.ts";
import { presentDocument } from "./documents.presenter.ts";
import { findDocumentContent, findDocuments } from "./documents.repository.ts";

// The name and the content are each bound to their row (see server/db/encrypted-columns.ts).
const contexts = fileContexts("case_attachments");

export async function listDocuments(ctx: AppContext, actor: UserActor, caseId: string) {
  await loadCase(ctx.db, actor, caseId, "read");
  const rows = await findDocuments(ctx.db, caseId);
  return {
    items: rows.map((row) =>
      presentDocument(row, openFileName(ctx.keyring, contexts, row.id, row.fileNameEnc)),
    ),
  };
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
  const content = acceptUpload(input, {
    maxBytes: ctx.config.attachmentMaxBytes,
    extensions: documentTypes[input.mimeType],
  });
  const id = randomUUID();
  const sealed = sealFile(ctx.keyring, contexts, id, { fileName: input.fileName, content });

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
      ...sealed,
      mimeType: input.mimeType,
      category: input.category,
      uploadedById: actor.userId,
      createdAt: ctx.now(),
    });
    await recordCaseEvent(tx, actor, caseId, "attachment.uploaded", {
      documentId: id,
      category: input.category,
      mimeType: input.mimeType,
      sizeBytes: sealed.sizeBytes,
      ...(personCode ? { personCode } : {}),
    });
    await recordAudit(tx, actor, {
      event: "attachment.uploaded",
      recordType: "case_attachment",
      recordId: id,
      data: {
        caseId,
        category: input.category,
        mimeType: input.mimeType,
        size: sealed.sizeBytes,
        sha256: sealed.sha256,
      },
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
  const { content, fileName } = openFile(ctx.keyring, contexts, row);
  await recordAudit(ctx.db, actor, {
    event: "attachment.downloaded",
    recordType: "case_attachment",
    recordId: row.id,
    data: { caseId, sha256: row.sha256 },
  });
  return { content, fileName, mimeType: row.mimeType };
}
