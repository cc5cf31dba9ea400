import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Keyring } from "./keyring.ts";

const TOKEN_VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

type ParsedToken = { keyId: string; iv: Buffer; ciphertext: Buffer; tag: Buffer };

/**
 * Encrypts one identity field under the active key. The token reads
 * `v1.<keyId>.<iv>.<ciphertext+tag>` (base64url). `context` names where the value lives
 * (e.g. "users.totp_secret:<userId>") and is authenticated, so a value copied to another
 * row or column no longer decrypts.
 */
export function encryptField(
  keyring: Pick<Keyring, "activeKeyId" | "keys">,
  plaintext: string,
  context: string,
): string {
  assertContext(context);
  const keyId = keyring.activeKeyId;
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`Cannot encrypt field: the keyring has no key for its active id "${keyId}"`);
  // Security: a fresh random IV per value; GCM fails catastrophically if one ever repeats under a key.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(keyId, context));
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [TOKEN_VERSION, keyId, iv.toString("base64url"), sealed.toString("base64url")].join(".");
}

/**
 * Decrypts a token from `encryptField` with the key its id names. Throws when the key is
 * unknown, the token is malformed, or the data or context do not authenticate.
 */
export function decryptField(keyring: Pick<Keyring, "keys">, token: string, context: string): string {
  assertContext(context);
  const { keyId, iv, ciphertext, tag } = parseToken(token);
  const key = keyring.keys.get(keyId);
  if (!key) {
    throw new Error(
      `Cannot decrypt field: key id "${keyId}" is not in the keyring (was a key removed, or is GUGUS_DATA_KEY missing an entry?)`,
    );
  }
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(keyId, context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    // Security: nothing decrypted is returned or quoted once authentication has failed.
    throw new Error(
      "Cannot decrypt field: authentication failed (the value was altered, belongs to another record, or the key is wrong)",
    );
  }
}

/** The id of the key that sealed a token; throws when the token is not one of ours. */
export function keyIdOf(token: string): string {
  return parseToken(token).keyId;
}

/** True when a token was sealed under a key other than the active one and should be rewritten. */
export function needsReencryption(keyring: Pick<Keyring, "activeKeyId">, token: string): boolean {
  return keyIdOf(token) !== keyring.activeKeyId;
}

function parseToken(token: string): ParsedToken {
  // Security: malformed input may be a plaintext value stored by mistake, so it is never quoted.
  const parts = token.split(".");
  if (parts.length !== 4) throw new Error("Not an encrypted field token: expected v1.<keyId>.<iv>.<data>");
  const [version, keyId, ivText, sealedText] = parts as [string, string, string, string];
  if (version !== TOKEN_VERSION) throw new Error("Not an encrypted field token: unknown format version");
  if (!KEY_ID_PATTERN.test(keyId)) throw new Error("Not an encrypted field token: the key id is malformed");
  if (!BASE64URL_PATTERN.test(ivText) || !BASE64URL_PATTERN.test(sealedText)) {
    throw new Error("Not an encrypted field token: the data is not base64url");
  }
  const iv = Buffer.from(ivText, "base64url");
  const sealed = Buffer.from(sealedText, "base64url");
  if (iv.length !== IV_BYTES) throw new Error("Not an encrypted field token: the IV has the wrong length");
  if (sealed.length < TAG_BYTES) throw new Error("Not an encrypted field token: the data is too short");
  return {
    keyId,
    iv,
    ciphertext: sealed.subarray(0, sealed.length - TAG_BYTES),
    tag: sealed.subarray(sealed.length - TAG_BYTES),
  };
}

// The version and key id are authenticated too, so a token cannot be relabelled with another
// header. Key ids never contain NUL, which keeps the three parts unambiguous.
function additionalData(keyId: string, context: string): Buffer {
  return Buffer.from(`${TOKEN_VERSION}\0${keyId}\0${context}`, "utf8");
}

function assertContext(context: string): void {
  // Security: an empty context would bind the value to nothing and allow row swapping.
  if (context === "") throw new Error("Field encryption needs a context naming the table, column and row");
}

// Binary values (attachment contents) are sealed the same way, but stored as raw bytes in a
// bytea column: base64 text would cost a third more space and a copy of every file in memory.
// The layout keeps the text token's readable header so key rotation can tell the key id from
// the first bytes alone: ASCII `v1.<keyId>.` then the IV, the ciphertext and the GCM tag.

/** How many leading bytes of a sealed value are enough for `keyIdOfBytes` (key ids: 32 at most). */
export const SEALED_BYTES_HEADER_LENGTH = TOKEN_VERSION.length + 1 + 32 + 1;

/** Encrypts a file's bytes under the active key, bound to `context` as `encryptField` does. */
export function encryptBytes(
  keyring: Pick<Keyring, "activeKeyId" | "keys">,
  plaintext: Uint8Array,
  context: string,
): Buffer {
  assertContext(context);
  const keyId = keyring.activeKeyId;
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`Cannot encrypt bytes: the keyring has no key for its active id "${keyId}"`);
  // Security: a fresh random IV per value, as for fields.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(keyId, context));
  const header = Buffer.from(`${TOKEN_VERSION}.${keyId}.`, "ascii");
  return Buffer.concat([header, iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** Decrypts bytes from `encryptBytes`; throws as `decryptField` does, quoting nothing. */
export function decryptBytes(keyring: Pick<Keyring, "keys">, sealed: Uint8Array, context: string): Buffer {
  assertContext(context);
  const { keyId, bodyStart } = parseBytesHeader(sealed);
  const body = Buffer.from(sealed.buffer, sealed.byteOffset + bodyStart, sealed.byteLength - bodyStart);
  if (body.length < IV_BYTES + TAG_BYTES) throw new Error("Not sealed bytes: the data is too short");
  const key = keyring.keys.get(keyId);
  if (!key) {
    throw new Error(
      `Cannot decrypt bytes: key id "${keyId}" is not in the keyring (was a key removed, or is GUGUS_DATA_KEY missing an entry?)`,
    );
  }
  const decipher = createDecipheriv(ALGORITHM, key, body.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(keyId, context));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new Error(
      "Cannot decrypt bytes: authentication failed (the value was altered, belongs to another record, or the key is wrong)",
    );
  }
}

/** The id of the key that sealed bytes; the first `SEALED_BYTES_HEADER_LENGTH` bytes suffice. */
export function keyIdOfBytes(sealed: Uint8Array): string {
  return parseBytesHeader(sealed).keyId;
}

function parseBytesHeader(sealed: Uint8Array): { keyId: string; bodyStart: number } {
  const head = Buffer.from(
    sealed.buffer,
    sealed.byteOffset,
    Math.min(sealed.byteLength, SEALED_BYTES_HEADER_LENGTH),
  );
  const prefix = `${TOKEN_VERSION}.`;
  if (head.toString("latin1", 0, prefix.length) !== prefix)
    throw new Error("Not sealed bytes: unknown header");
  const end = head.indexOf(0x2e, prefix.length);
  if (end < 0) throw new Error("Not sealed bytes: the header is not terminated");
  const keyId = head.toString("latin1", prefix.length, end);
  if (!KEY_ID_PATTERN.test(keyId)) throw new Error("Not sealed bytes: the key id is malformed");
  return { keyId, bodyStart: end + 1 };
}
