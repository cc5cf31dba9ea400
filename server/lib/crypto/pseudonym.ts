import { createHash, randomBytes, randomInt } from "node:crypto";

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUP_LENGTH = 4;
const PREFIX_PATTERN = /^[A-Z][A-Z0-9]{0,7}$/;
const MIN_TOKEN_BYTES = 16;

/**
 * A random code such as `KRB-7K3M-Q9XW` that stands for a person (or a public tracking
 * number) wherever identity must not appear. It carries 40 random bits, so callers store it
 * under a unique constraint and draw again on the rare collision.
 */
export function pseudonymousCode(prefix: string): string {
  assertPrefix(prefix);
  return `${prefix}-${randomGroup()}-${randomGroup()}`;
}

/** True when the value is exactly a code of this prefix in canonical (upper-case) form. */
export function isPseudonymousCode(prefix: string, value: string): boolean {
  assertPrefix(prefix);
  return codePattern(prefix).test(value);
}

/**
 * Turns what a person typed ("krb 7k3m q9xw", "KRB-7K3M-Q9XW", O for 0, I or L for 1) into
 * the canonical code, or null when it cannot be one, so lookups forgive reading mistakes.
 */
export function normalisePseudonymousCode(prefix: string, value: string): string | null {
  assertPrefix(prefix);
  const compact = value.toUpperCase().replace(/[\s-]/g, "");
  if (!compact.startsWith(prefix)) return null;
  const body = compact.slice(prefix.length).replace(/O/g, "0").replace(/[IL]/g, "1");
  const candidate = `${prefix}-${body.slice(0, GROUP_LENGTH)}-${body.slice(GROUP_LENGTH)}`;
  return codePattern(prefix).test(candidate) ? candidate : null;
}

/** A secret random token (base64url), e.g. for sessions, API keys and one-time links. */
export function randomToken(bytes = 32): string {
  // Security: below 128 bits a token could be guessed by an attacker with time and a botnet.
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) {
    throw new Error(`randomToken needs at least ${MIN_TOKEN_BYTES} bytes, got ${bytes}`);
  }
  return randomBytes(bytes).toString("base64url");
}

/** SHA-256 in hex: how session and API tokens are stored, so a database leak yields no live token. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

function randomGroup(): string {
  let group = "";
  // randomInt is uniform over the alphabet; mapping random bytes with % would bias it.
  for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
  return group;
}

function codePattern(prefix: string): RegExp {
  return new RegExp(`^${prefix}-[${ALPHABET}]{${GROUP_LENGTH}}-[${ALPHABET}]{${GROUP_LENGTH}}$`);
}

function assertPrefix(prefix: string): void {
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new Error(
      `Invalid code prefix: use 1–8 upper-case letters or digits starting with a letter (e.g. KRB)`,
    );
  }
}
