import { AppError, type FieldProblem } from "../errors.ts";
import type { MessageKey } from "../messages.ts";
import { contentMatchesType, type SniffableType } from "./content-types.ts";

// Room for the JSON around a file: its other fields, names and punctuation.
const JSON_OVERHEAD_BYTES = 64 * 1024;

/**
 * The body limit of a route that takes files of at most `fileBytes` as base64 in JSON: base64 is
 * 4 characters for every 3 bytes. Only such routes take a body this large.
 */
export function base64BodyLimit(fileBytes: number): number {
  return Math.ceil((fileBytes * 4) / 3) + JSON_OVERHEAD_BYTES;
}

/** One uploaded file as the shared upload schemas carry it. */
export type UploadedFile = { fileName?: string; mimeType: SniffableType; contentBase64: string };

export type UploadRules = {
  maxBytes: number;
  /** The name endings that go with the declared type; left out where the upload has no name. */
  extensions?: readonly string[];
  /** The fields a problem names; by default `fileName` and `contentBase64`. */
  fields?: { fileName?: string; content?: string };
  /** The messages of a file too large and of bytes of another type; by default the document ones. */
  messages?: { tooLarge: MessageKey; contentMismatch: MessageKey };
  /** How the second of those names the declared type; by default its MIME type. */
  typeLabel?: string;
};

const documentMessages = {
  tooLarge: "document.too_large",
  contentMismatch: "document.content_mismatch",
} as const satisfies UploadRules["messages"];

/**
 * Decodes one uploaded file and checks it: its name must end as its type's files do, and its
 * size and leading bytes must agree with the declared type (a file too large is not sniffed).
 * Whether the file may be uploaded at all, and where it goes, the caller decides.
 */
export function checkUpload(
  file: UploadedFile,
  rules: UploadRules,
): { content: Buffer; problems: FieldProblem[] } {
  const fields = { fileName: "fileName", content: "contentBase64", ...rules.fields };
  const messages = rules.messages ?? documentMessages;
  const content = Buffer.from(file.contentBase64, "base64");
  const problems: FieldProblem[] = [];
  const { extensions } = rules;
  if (extensions && file.fileName !== undefined && !hasExtension(file.fileName, extensions)) {
    problems.push({
      field: fields.fileName,
      key: "document.extension_mismatch",
      params: { extensions: extensions.join(", ") },
    });
  }
  if (content.length > rules.maxBytes) {
    problems.push({
      field: fields.content,
      key: messages.tooLarge,
      params: { maximum: megabytes(rules.maxBytes) },
    });
  } else if (!contentMatchesType(file.mimeType, content)) {
    problems.push({
      field: fields.content,
      key: messages.contentMismatch,
      params: { type: rules.typeLabel ?? file.mimeType },
    });
  }
  return { content, problems };
}

/** The decoded bytes of a file that passes `checkUpload`; otherwise a 422 naming every problem. */
export function acceptUpload(file: UploadedFile, rules: UploadRules): Buffer {
  const { content, problems } = checkUpload(file, rules);
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
  return content;
}

function hasExtension(fileName: string, extensions: readonly string[]): boolean {
  const lower = fileName.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

/** A size as the messages quote it: megabytes to one decimal. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
