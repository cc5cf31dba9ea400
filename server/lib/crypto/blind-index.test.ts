import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { blindIndex, normaliseForIndex } from "./blind-index.ts";
import { parseKeyringEnv } from "./keyring.ts";

const keyring = () => parseKeyringEnv(`k1:${randomBytes(32).toString("base64")}`);

describe("normaliseForIndex", () => {
  it("keeps only the digits of a NIK", () => {
    expect(normaliseForIndex("nik", " 3171.0101-0190 0001 ")).toBe("3171010101900001");
    expect(normaliseForIndex("nik", "３１７１０１")).toBe("317101");
  });

  it("lower-cases names, strips accents and collapses spaces", () => {
    expect(normaliseForIndex("name", "  Siti   Aminah ")).toBe("siti aminah");
    expect(normaliseForIndex("name", "SÍTÌ\tÂminah")).toBe("siti aminah");
    expect(normaliseForIndex("name", "Nguyễn Thị Hồng")).toBe("nguyen thi hong");
  });

  it("joins names across apostrophes and splits them at other punctuation", () => {
    expect(normaliseForIndex("name", "Ma'ruf")).toBe(normaliseForIndex("name", "Maruf"));
    expect(normaliseForIndex("name", "Ma\u2019ruf")).toBe("maruf");
    expect(normaliseForIndex("name", "M.Yusuf, S.Pd.")).toBe("m yusuf s pd");
    expect(normaliseForIndex("name", "Abd. Rahman")).toBe(normaliseForIndex("name", "Abd.Rahman"));
  });

  it("ignores invisible characters pasted into a name", () => {
    expect(normaliseForIndex("name", "Siti\u200B Aminah")).toBe("siti aminah");
  });

  it("writes Indonesian phone numbers in the national 0… form whatever prefix they came with", () => {
    const forms = [
      "+62 812-3456-7890",
      "62812 3456 7890",
      "0812 3456 7890",
      "(0812) 3456-7890",
      "+62 0812 3456 7890",
      "0062 812 3456 7890",
      "812 3456 7890",
    ];
    for (const form of forms) expect(normaliseForIndex("phone", form)).toBe("081234567890");
  });

  it("keeps the country code of a foreign number so it cannot collide with an Indonesian one", () => {
    expect(normaliseForIndex("phone", "+60 12-345 6789")).toBe("60123456789");
    expect(normaliseForIndex("phone", "+81 90 1234 5678")).toBe("819012345678");
    expect(normaliseForIndex("phone", "(021) 345-6789")).toBe("0213456789");
  });

  it("refuses an unknown kind and a value with nothing left to index", () => {
    expect(() => normaliseForIndex("email", "a@b.c")).toThrow(/Unknown blind index kind "email"/);
    expect(() => normaliseForIndex("nik", "tidak ada")).toThrow(/Nothing to index/);
    expect(() => normaliseForIndex("name", " -- ")).toThrow(/Nothing to index/);
  });
});

describe("blindIndex", () => {
  it("is equal for names that differ only in case and spacing", () => {
    const ring = keyring();
    expect(blindIndex(ring, "name", "Siti  Aminah")).toBe(blindIndex(ring, "name", "siti aminah"));
  });

  it("is a 64-character hex string that does not contain the value", () => {
    const index = blindIndex(keyring(), "nik", "3171010101900001");
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(index).not.toContain("3171010101900001");
  });

  it("differs across kinds for the same digits", () => {
    const ring = keyring();
    expect(blindIndex(ring, "nik", "081234567890")).not.toBe(blindIndex(ring, "phone", "081234567890"));
  });

  it("differs across index keys", () => {
    expect(blindIndex(keyring(), "name", "siti aminah")).not.toBe(
      blindIndex(keyring(), "name", "siti aminah"),
    );
  });

  it("differs for different people", () => {
    const ring = keyring();
    expect(blindIndex(ring, "name", "Siti Aminah")).not.toBe(blindIndex(ring, "name", "Siti Aminah Putri"));
  });

  it("does not change when a new data key becomes active, since the index key stays", () => {
    const index = randomBytes(32).toString("base64");
    const k1 = randomBytes(32).toString("base64");
    const before = parseKeyringEnv(`k1:${k1}`, index);
    const after = parseKeyringEnv(`k2:${randomBytes(32).toString("base64")},k1:${k1}`, index);
    expect(blindIndex(after, "nik", "3171010101900001")).toBe(blindIndex(before, "nik", "3171010101900001"));
  });
});
