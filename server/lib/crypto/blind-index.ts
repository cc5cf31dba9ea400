import { createHmac } from "node:crypto";
import type { Keyring } from "./keyring.ts";

/** The kinds of value that can be looked up by blind index, each with its own normalisation. */
export const blindIndexKinds = ["nik", "name", "phone", "birth_date"] as const;
export type BlindIndexKind = (typeof blindIndexKinds)[number];

/**
 * A keyed HMAC-SHA256 (hex) of a normalised value, so equal identities can be found (duplicate
 * victims, a NIK already on file) without storing or comparing the plaintext. The kind is
 * part of the input, so a NIK and a phone number with the same digits never collide.
 */
export function blindIndex(keyring: Pick<Keyring, "indexKey">, kind: string, value: string): string {
  const normalised = normaliseForIndex(kind, value);
  return createHmac("sha256", keyring.indexKey).update(`${kind}\0${normalised}`, "utf8").digest("hex");
}

/**
 * Reduces a value to the form two people would agree is "the same": NIK to its digits, names
 * without case, accents, punctuation or extra spaces, phone numbers to the national 0… form.
 * Throws for an unknown kind or when nothing is left to index, since an index of "" would
 * make every empty value look like the same person.
 */
export function normaliseForIndex(kind: string, value: string): string {
  if (!isBlindIndexKind(kind)) {
    throw new Error(`Unknown blind index kind "${kind}": expected one of ${blindIndexKinds.join(", ")}`);
  }
  const normalised = normalisers[kind](value);
  if (normalised === "") throw new Error(`Nothing to index: the ${kind} is empty after normalising`);
  return normalised;
}

const normalisers: Record<BlindIndexKind, (value: string) => string> = {
  // NFKD first turns full-width or other compatibility digits into ASCII ones.
  nik: (value) => value.normalize("NFKD").replace(/[^0-9]/g, ""),
  name: normaliseName,
  phone: normalisePhone,
  // Already validated as YYYY-MM-DD; only stray spaces are dropped.
  birth_date: (value) => value.trim(),
};

function isBlindIndexKind(kind: string): kind is BlindIndexKind {
  return (blindIndexKinds as readonly string[]).includes(kind);
}

function normaliseName(value: string): string {
  return (
    value
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      // Invisible format characters (zero-width spaces, joiners) come in with copy-paste.
      .replace(/\p{Cf}/gu, "")
      .toLowerCase()
      // Apostrophes join (Ma'ruf = Maruf); other punctuation separates (M.Yusuf = M Yusuf).
      .replace(/['`\u2018\u2019\u02BC\u02B9]/g, "")
      .replace(/[\p{P}\p{S}]/gu, " ")
      .replace(/\s+/gu, " ")
      .trim()
  );
}

/**
 * Indonesian numbers are written +62 812…, 62812…, 0812… or 812…; all become 0812…. Other
 * countries' numbers (victims abroad) keep their country code and so never start with 0.
 */
function normalisePhone(value: string): string {
  const text = value.normalize("NFKD").trim();
  let digits = text.replace(/[^0-9]/g, "");
  let international = text.startsWith("+");
  if (!international && digits.startsWith("00")) {
    digits = digits.slice(2);
    international = true;
  }
  // "+62 0812…" is a common mix of both forms; the trunk 0 after the country code is dropped.
  if (digits.startsWith("62")) return `0${digits.slice(2).replace(/^0+/, "")}`;
  if (international) return digits;
  // Indonesian mobile numbers start with 8 once the trunk 0 is left off.
  if (digits.startsWith("8")) return `0${digits}`;
  return digits;
}
