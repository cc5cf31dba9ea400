import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { sha256Hex } from "../lib/crypto/pseudonym.ts";

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: "Gugus",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, label: string): string {
  return totpFor(secretBase32, label).toString();
}

/** True for the current code or its neighbours (±30 s), since phone clocks drift. */
export function verifyTotp(secretBase32: string, code: string): boolean {
  return totpFor(secretBase32, "check").validate({ token: code, window: 1 }) !== null;
}

/** The current code: for tests and the demo's documentation, never sent to a client. */
export function currentTotp(secretBase32: string): string {
  return totpFor(secretBase32, "now").generate();
}

const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Ten one-time recovery codes, e.g. "7KQ2M-XH9PA", and the hashes to store. */
export function newRecoveryCodes(count = 10): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function hashRecoveryCode(code: string): string {
  return sha256Hex(code.toUpperCase().replace(/[^0-9A-Z]/g, ""));
}
