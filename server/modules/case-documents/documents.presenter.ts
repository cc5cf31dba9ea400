import type { DocumentDto } from "../../../shared/case-documents.ts";
import type { DocumentRow } from "./documents.repository.ts";

export function presentDocument(row: DocumentRow, fileName: string): DocumentDto {
  return {
    id: row.id,
    caseId: row.caseId,
    fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    category: row.category as DocumentDto["category"],
    casePersonId: row.casePersonId,
    personCode: row.personCode,
    uploadedByName: row.uploadedByName,
    createdAt: row.createdAt.toISOString(),
  };
}
