import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptField, encryptField, keyIdOf, needsReencryption } from "./field-encryption.ts";
import { type Keyring, parseKeyringEnv } from "./keyring.ts";

const key = () => randomBytes(32).toString("base64");
const context = "people.full_name:7d9c1f1e-0000-4000-8000-000000000001";

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the action to throw");
}

/** Flips one bit of the decoded part at `index` of a token and re-encodes it. */
function flipBit(token: string, index: number): string {
  const parts = token.split(".");
  const bytes = Buffer.from(parts[index]!, "base64url");
  bytes[0] = bytes[0]! ^ 0x01;
  parts[index] = bytes.toString("base64url");
  return parts.join(".");
}

describe("field encryption", () => {
  const keyring = parseKeyringEnv(`k1:${key()}`);

  it("decrypts what it encrypted, including non-ASCII and empty text", () => {
    for (const plaintext of ["Siti Aminah", "Nguyễn Thị Hồng 😊", "", "3171010101900001"]) {
      expect(decryptField(keyring, encryptField(keyring, plaintext, context), context)).toBe(plaintext);
    }
  });

  it("writes tokens as v1.<keyId>.<iv>.<data> in base64url", () => {
    const token = encryptField(keyring, "Siti Aminah", context);
    expect(token).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token.split(".")[2]!, "base64url")).toHaveLength(12);
    expect(token).not.toContain("Siti");
  });

  it("gives the same plaintext a different token each time", () => {
    expect(encryptField(keyring, "Siti Aminah", context)).not.toBe(
      encryptField(keyring, "Siti Aminah", context),
    );
  });

  it("refuses a value moved to another row", () => {
    const token = encryptField(keyring, "Siti Aminah", context);
    const otherRow = "people.full_name:7d9c1f1e-0000-4000-8000-000000000002";
    expect(() => decryptField(keyring, token, otherRow)).toThrow(/authentication failed/);
  });

  it("detects a flipped bit in the ciphertext, the tag or the IV", () => {
    const token = encryptField(keyring, "Siti Aminah", context);
    expect(() => decryptField(keyring, flipBit(token, 3), context)).toThrow(/authentication failed/);
    expect(() => decryptField(keyring, flipBit(token, 2), context)).toThrow(/authentication failed/);
    const parts = token.split(".");
    const sealed = Buffer.from(parts[3]!, "base64url");
    sealed[sealed.length - 1] = sealed[sealed.length - 1]! ^ 0x80;
    const badTag = [...parts.slice(0, 3), sealed.toString("base64url")].join(".");
    expect(() => decryptField(keyring, badTag, context)).toThrow(/authentication failed/);
  });

  it("refuses a token relabelled with another key id that holds a different key", () => {
    const twoKeys = parseKeyringEnv(`k2:${key()},k1:${key()}`);
    const token = encryptField(twoKeys, "Siti Aminah", context);
    const relabelled = token.replace(/^v1\.k2\./, "v1.k1.");
    expect(() => decryptField(twoKeys, relabelled, context)).toThrow(/authentication failed/);
  });

  it("says which key id is missing when the keyring lacks it", () => {
    const token = encryptField(keyring, "Siti Aminah", context);
    const otherKeyring = parseKeyringEnv(`k9:${key()}`);
    expect(() => decryptField(otherKeyring, token, context)).toThrow(/key id "k1" is not in the keyring/);
  });

  it("refuses malformed tokens without quoting them", () => {
    const plaintextByMistake = "Siti Aminah binti Ahmad";
    for (const token of [
      plaintextByMistake,
      "v2.k1.AAAA.AAAA",
      "v1..AAAAAAAAAAAAAAAA.AAAA",
      "v1.k1.short.AAAA",
    ]) {
      const message = messageOf(() => decryptField(keyring, token, context));
      expect(message).toMatch(/Not an encrypted field token/);
      expect(message).not.toContain("Siti");
    }
  });

  it("never puts the plaintext or the context in an authentication error", () => {
    const token = encryptField(keyring, "Siti Aminah", context);
    const message = messageOf(() => decryptField(keyring, flipBit(token, 3), context));
    expect(message).not.toContain("Siti");
    expect(message).not.toContain(context);
  });

  it("refuses an empty context, which would bind the value to nothing", () => {
    expect(() => encryptField(keyring, "Siti Aminah", "")).toThrow(/needs a context/);
  });

  it("refuses to encrypt when the active key id has no key", () => {
    const broken: Keyring = { ...keyring, activeKeyId: "k7" };
    expect(() => encryptField(broken, "Siti Aminah", context)).toThrow(/no key for its active id "k7"/);
  });
});

describe("key rotation", () => {
  const k1 = key();
  const before = parseKeyringEnv(`k1:${k1}`);
  const after = parseKeyringEnv(`k2:${key()},k1:${k1}`);

  it("still decrypts a value sealed with k1 after k2 becomes active", () => {
    const token = encryptField(before, "081234567890", context);
    expect(keyIdOf(token)).toBe("k1");
    expect(decryptField(after, token, context)).toBe("081234567890");
  });

  it("marks values under an older key for re-encryption and new ones not", () => {
    const old = encryptField(before, "081234567890", context);
    const fresh = encryptField(after, "081234567890", context);
    expect(keyIdOf(fresh)).toBe("k2");
    expect(needsReencryption(after, old)).toBe(true);
    expect(needsReencryption(after, fresh)).toBe(false);
    expect(needsReencryption(before, old)).toBe(false);
  });

  it("re-encrypts an old value under the active key", () => {
    const old = encryptField(before, "081234567890", context);
    const rewritten = encryptField(after, decryptField(after, old, context), context);
    expect(needsReencryption(after, rewritten)).toBe(false);
    expect(decryptField(after, rewritten, context)).toBe("081234567890");
  });
});
