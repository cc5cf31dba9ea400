import { describe, expect, it } from "vitest";
import {
  isPseudonymousCode,
  normalisePseudonymousCode,
  pseudonymousCode,
  randomToken,
  sha256Hex,
} from "./pseudonym.ts";

describe("pseudonymousCode", () => {
  it("writes the prefix and two groups of four Crockford base32 characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = pseudonymousCode("KRB");
      expect(code).toMatch(/^KRB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(code.slice(4)).not.toMatch(/[ILOU]/);
      expect(isPseudonymousCode("KRB", code)).toBe(true);
    }
  });

  it("draws codes that do not repeat in a few thousand tries", () => {
    const codes = new Set(Array.from({ length: 5000 }, () => pseudonymousCode("ADU")));
    expect(codes.size).toBe(5000);
  });

  it("uses every character of the alphabet", () => {
    const seen = new Set(
      Array.from({ length: 500 }, () => pseudonymousCode("KRB").slice(4).replace("-", "")).join(""),
    );
    expect(seen.size).toBe(32);
  });

  it("refuses a prefix that is not short upper-case letters and digits", () => {
    expect(() => pseudonymousCode("krb")).toThrow(/Invalid code prefix/);
    expect(() => pseudonymousCode("KR-B")).toThrow(/Invalid code prefix/);
    expect(() => pseudonymousCode("")).toThrow(/Invalid code prefix/);
  });
});

describe("isPseudonymousCode", () => {
  it("accepts only the canonical form of the given prefix", () => {
    expect(isPseudonymousCode("KRB", "KRB-7K3M-Q9XW")).toBe(true);
    expect(isPseudonymousCode("PLK", "KRB-7K3M-Q9XW")).toBe(false);
    expect(isPseudonymousCode("KRB", "krb-7k3m-q9xw")).toBe(false);
    expect(isPseudonymousCode("KRB", "KRB-7K3M-Q9XO")).toBe(false);
    expect(isPseudonymousCode("KRB", "KRB-7K3M-Q9X")).toBe(false);
    expect(isPseudonymousCode("KRB", "KRB-7K3M-Q9XW-")).toBe(false);
  });
});

describe("normalisePseudonymousCode", () => {
  it("forgives case, spacing, missing dashes and letters read for digits", () => {
    expect(normalisePseudonymousCode("KRB", " krb 7k3m q9xw ")).toBe("KRB-7K3M-Q9XW");
    expect(normalisePseudonymousCode("KRB", "KRB7K3MQ9XW")).toBe("KRB-7K3M-Q9XW");
    expect(normalisePseudonymousCode("KRB", "KRB-OI3M-Q9XL")).toBe("KRB-013M-Q9X1");
  });

  it("returns null for what cannot be a code of that prefix", () => {
    expect(normalisePseudonymousCode("KRB", "PLK-7K3M-Q9XW")).toBeNull();
    expect(normalisePseudonymousCode("KRB", "KRB-7K3M-Q9XU")).toBeNull();
    expect(normalisePseudonymousCode("KRB", "KRB-7K3M")).toBeNull();
  });
});

describe("randomToken", () => {
  it("returns base64url of the requested number of random bytes", () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(Buffer.from(randomToken(48), "base64url")).toHaveLength(48);
    expect(randomToken()).not.toBe(token);
  });

  it("refuses tokens too short to be secret", () => {
    expect(() => randomToken(8)).toThrow(/at least 16 bytes/);
    expect(() => randomToken(16.5)).toThrow(/at least 16 bytes/);
  });
});

describe("sha256Hex", () => {
  it("hashes UTF-8 text to the standard SHA-256 hex digest", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
