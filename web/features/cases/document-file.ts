import { type DocumentMimeType, documentMimeTypes, documentTypes } from "../../../shared/case-documents.ts";

/**
 * The server's default limit (GUGUS_ATTACHMENT_MAX_MB). The API does not publish its setting,
 * so a deployment that lowers it still has the server's own check and message as the last word.
 */
export const ATTACHMENT_MAX_MB = 10;

/** The declared type of a file: the browser's guess if it is one we accept, else from the name. */
export function mimeTypeOf(file: File): DocumentMimeType | null {
  if ((documentMimeTypes as string[]).includes(file.type)) {
    const type = file.type as DocumentMimeType;
    if (documentTypes[type].some((ext) => file.name.toLowerCase().endsWith(ext))) return type;
  }
  const lower = file.name.toLowerCase();
  return documentMimeTypes.find((type) => documentTypes[type].some((ext) => lower.endsWith(ext))) ?? null;
}

export const acceptedExtensions = documentMimeTypes.flatMap((type) => documentTypes[type]).join(",");

/** The file's bytes as base64, without the data-URL prefix the reader adds. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result ?? "");
      resolve(result.slice(result.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

/** "840 KB", "2,4 MB": sizes as people read them, in the UI language's number style. */
export function formatSize(bytes: number, language: string): string {
  const locale = language === "en" ? "en-GB" : "id-ID";
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
