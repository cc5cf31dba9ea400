import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptBytes, encryptBytes, keyIdOfBytes, SEALED_BYTES_HEADER_LENGTH } from "./field-encryption.ts";
import { type Keyring, parseKeyringEnv } from "./keyring.ts";

const key = () => randomBytes(32).toString("base64");
const context = "case_attachments.content:7d9c1f1e-0000-4000-8000-000000000001";

describe("byte encryption", () => {
  const keyring = parseKeyringEnv(`k1:${key()}`);
  const file = Buffer.concat([Buffer.from("%PDF-1.7 Siti Aminah "), randomBytes(4096)]);

  it("decrypts what it encrypted, empty input included, with a readable header and no plaintext", () => {
    const sealed = encryptBytes(keyring, file, context);
    expect(sealed.subarray(0, 6).toString("latin1")).toBe("v1.k1.");
    expect(sealed.length).toBe(6 + 12 + file.length + 16);
    expect(sealed.includes(Buffer.from("Siti"))).toBe(false);
    expect(decryptBytes(keyring, sealed, context).equals(file)).toBe(true);
    expect(decryptBytes(keyring, encryptBytes(keyring, Buffer.alloc(0), context), context).length).toBe(0);
    // A fresh IV every time: the same file never seals the same way twice.
    expect(encryptBytes(keyring, file, context).equals(sealed)).toBe(false);
  });

  it("reads the key id from the header alone, even a long one", () => {
    const long: Keyring = {
      ...keyring,
      activeKeyId: "k".repeat(32),
      keys: new Map([["k".repeat(32), randomBytes(32)]]),
    };
    const sealed = encryptBytes(long, file, context);
    expect(keyIdOfBytes(sealed.subarray(0, SEALED_BYTES_HEADER_LENGTH))).toBe("k".repeat(32));
    expect(keyIdOfBytes(encryptBytes(keyring, file, context).subarray(0, SEALED_BYTES_HEADER_LENGTH))).toBe(
      "k1",
    );
  });

  it("refuses altered bytes, another row's context, a missing key and data that is not sealed", () => {
    const sealed = encryptBytes(keyring, file, context);
    const altered = Buffer.from(sealed);
    altered[40] = altered[40]! ^ 0x01;
    expect(() => decryptBytes(keyring, altered, context)).toThrow(/authentication failed/);
    expect(() => decryptBytes(keyring, sealed, `${context}x`)).toThrow(/authentication failed/);
    expect(() => decryptBytes(parseKeyringEnv(`k2:${key()}`), sealed, context)).toThrow(/"k1"/);
    expect(() => decryptBytes(keyring, file, context)).toThrow(/Not sealed bytes/);
    expect(() => decryptBytes(keyring, sealed.subarray(0, 20), context)).toThrow(/too short/);
    expect(() => encryptBytes(keyring, file, "")).toThrow(/context/);
    let message = "";
    try {
      decryptBytes(keyring, altered, context);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain("Siti");
  });
});
