import { createHash } from "node:crypto";
import { decryptBytes, decryptField, encryptBytes, encryptField } from "../crypto/field-encryption.ts";
import type { Keyring } from "../crypto/keyring.ts";

/**
 * Where a table's file names and contents are bound: `<table>.file_name:<id>` and
 * `<table>.content:<id>`, as server/db/encrypted-columns.ts lists them for key rotation. A
 * sealed value copied to another row no longer opens.
 */
export type FileContexts = { fileName: (id: string) => string; content: (id: string) => string };

export function fileContexts(table: string): FileContexts {
  return {
    fileName: (id) => `${table}.file_name:${id}`,
    content: (id) => `${table}.content:${id}`,
  };
}

/** The hex SHA-256 of a file: what the audit trail records instead of the file. */
export function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** A file's bytes sealed under the active key for row `id`, with their size and fingerprint. */
export function sealContent(keyring: Keyring, contexts: FileContexts, id: string, content: Buffer) {
  return {
    contentEnc: encryptBytes(keyring, content, contexts.content(id)),
    sizeBytes: content.length,
    sha256: sha256Of(content),
  };
}

/** A named file sealed for row `id`: the name and the bytes each bound to the row. */
export function sealFile(
  keyring: Keyring,
  contexts: FileContexts,
  id: string,
  file: { fileName: string; content: Buffer },
) {
  return {
    fileNameEnc: encryptField(keyring, file.fileName, contexts.fileName(id)),
    ...sealContent(keyring, contexts, id, file.content),
  };
}

/** The name of a file sealed by `sealFile`. */
export function openFileName(keyring: Keyring, contexts: FileContexts, id: string, fileNameEnc: string) {
  return decryptField(keyring, fileNameEnc, contexts.fileName(id));
}

/** The bytes sealed by `sealContent`; throws when they were moved to another row or altered. */
export function openContent(keyring: Keyring, contexts: FileContexts, id: string, contentEnc: Uint8Array) {
  return decryptBytes(keyring, contentEnc, contexts.content(id));
}

/** The name and the bytes of a file sealed by `sealFile`. */
export function openFile(
  keyring: Keyring,
  contexts: FileContexts,
  row: { id: string; fileNameEnc: string; contentEnc: Uint8Array },
) {
  return {
    content: openContent(keyring, contexts, row.id, row.contentEnc),
    fileName: openFileName(keyring, contexts, row.id, row.fileNameEnc),
  };
}
