import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { caseAttachments, casePeople, people, users } from "../../db/schema/index.ts";

/** What a document list shows: everything but the content, which is only read to be downloaded. */
const metadataColumns = {
  id: caseAttachments.id,
  caseId: caseAttachments.caseId,
  casePersonId: caseAttachments.casePersonId,
  personCode: people.code,
  fileNameEnc: caseAttachments.fileNameEnc,
  mimeType: caseAttachments.mimeType,
  sizeBytes: caseAttachments.sizeBytes,
  sha256: caseAttachments.sha256,
  category: caseAttachments.category,
  uploadedByName: users.name,
  createdAt: caseAttachments.createdAt,
};

/** A case's documents, newest first, or one of them. */
export async function findDocuments(db: Db, caseId: string, documentId?: string) {
  return db
    .select(metadataColumns)
    .from(caseAttachments)
    .leftJoin(casePeople, eq(casePeople.id, caseAttachments.casePersonId))
    .leftJoin(people, eq(people.id, casePeople.personId))
    .leftJoin(users, eq(users.id, caseAttachments.uploadedById))
    .where(
      and(eq(caseAttachments.caseId, caseId), documentId ? eq(caseAttachments.id, documentId) : undefined),
    )
    .orderBy(desc(caseAttachments.createdAt), desc(caseAttachments.id));
}

export type DocumentRow = Awaited<ReturnType<typeof findDocuments>>[number];

/** One document's sealed name and content, only when it belongs to the case. */
export async function findDocumentContent(db: Db, caseId: string, documentId: string) {
  const [row] = await db
    .select({
      id: caseAttachments.id,
      fileNameEnc: caseAttachments.fileNameEnc,
      mimeType: caseAttachments.mimeType,
      sha256: caseAttachments.sha256,
      contentEnc: caseAttachments.contentEnc,
    })
    .from(caseAttachments)
    .where(and(eq(caseAttachments.id, documentId), eq(caseAttachments.caseId, caseId)));
  return row;
}
