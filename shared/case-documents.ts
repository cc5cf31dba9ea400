import { z } from "zod";

/** A note on the case's timeline. */
export const noteInputSchema = z.strictObject({ note: z.string().trim().min(1).max(5000) });
export type NoteInput = z.infer<typeof noteInputSchema>;

export const documentCategories = [
  "police_report",
  "medical",
  "identity_document",
  "photo",
  "consent_form",
  "court",
  "other",
] as const;

/** The file types a case document may have, each with the file name endings that go with it. */
export const documentTypes = {
  "application/pdf": [".pdf"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
  "text/plain": [".txt"],
} as const satisfies Record<string, readonly string[]>;
export type DocumentMimeType = keyof typeof documentTypes;
export const documentMimeTypes = Object.keys(documentTypes) as DocumentMimeType[];

export const documentParamsSchema = z.strictObject({ caseId: z.uuid(), documentId: z.uuid() });

/**
 * An upload travels as JSON, the file in base64: the API takes JSON bodies only. Its size is
 * checked against the server's limit (GUGUS_ATTACHMENT_MAX_MB) and its bytes against the type.
 */
export const uploadDocumentInputSchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    // No folders and no control characters: the name is only ever a label and a download name.
    .regex(/^[^/\\\p{Cc}]+$/u),
  mimeType: z.enum(documentMimeTypes as [DocumentMimeType, ...DocumentMimeType[]]),
  contentBase64: z.base64().min(1),
  category: z.enum(documentCategories).default("other"),
  casePersonId: z.uuid().nullish(),
});
export type UploadDocumentInput = z.infer<typeof uploadDocumentInputSchema>;

export const documentSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  category: z.enum(documentCategories),
  casePersonId: z.uuid().nullable(),
  personCode: z.string().nullable(),
  uploadedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type DocumentDto = z.infer<typeof documentSchema>;
