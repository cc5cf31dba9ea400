import type { IdentityDto, IdentityField, IdentityInput } from "../../../shared/people.ts";
import { blindIndex } from "../../lib/crypto/blind-index.ts";
import { decryptField, encryptField } from "../../lib/crypto/field-encryption.ts";
import type { Keyring } from "../../lib/crypto/keyring.ts";
import { nameTokens } from "./name-matching.ts";

/** Where each identity field is stored, and the context its ciphertext is bound to. */
export const identityColumns = {
  name: { column: "nameEnc", sql: "name_enc", context: "people.name" },
  aliases: { column: "aliasesEnc", sql: "aliases_enc", context: "people.aliases" },
  nik: { column: "nikEnc", sql: "nik_enc", context: "people.nik" },
  birthDate: { column: "birthDateEnc", sql: "birth_date_enc", context: "people.birth_date" },
  address: { column: "addressEnc", sql: "address_enc", context: "people.address" },
  phone: { column: "phoneEnc", sql: "phone_enc", context: "people.phone" },
} as const satisfies Record<IdentityField, { column: string; sql: string; context: string }>;

type EncryptedColumns = { [F in IdentityField as (typeof identityColumns)[F]["column"]]?: string | null };
export type StoredIdentity = { [F in IdentityField as (typeof identityColumns)[F]["column"]]: string | null };

/** The indexes that find a person again without their identity: exact NIK, phone, birth date; name tokens. */
export type IdentityIndexes = {
  nikIndex?: string | null;
  phoneIndex?: string | null;
  birthDateIndex?: string | null;
  nameTokenIndexes?: string[];
};

export function nameTokenIndexes(keyring: Keyring, name: string): string[] {
  return nameTokens(name).map((token) => blindIndex(keyring, "name", token));
}

export function birthDateIndex(keyring: Keyring, birthDate: string): string {
  return blindIndex(keyring, "birth_date", birthDate);
}

/**
 * Encrypts the identity fields present in the input (undefined = leave as is, null = erase)
 * for one person row, with the blind indexes that follow from them.
 */
export function sealIdentity(keyring: Keyring, personId: string, given: IdentityInput) {
  // A NIK is kept as its 16 digits, however it was grouped when typed.
  const input = given.nik ? { ...given, nik: given.nik.replace(/\D/g, "") } : given;
  const columns: EncryptedColumns = {};
  const indexes: IdentityIndexes = {};
  for (const field of Object.keys(identityColumns) as IdentityField[]) {
    const value = input[field];
    if (value === undefined) continue;
    const { column, context } = identityColumns[field];
    columns[column] = value === null ? null : encryptField(keyring, value, `${context}:${personId}`);
  }
  if (input.nik !== undefined) indexes.nikIndex = input.nik ? blindIndex(keyring, "nik", input.nik) : null;
  if (input.phone !== undefined)
    indexes.phoneIndex = input.phone ? blindIndex(keyring, "phone", input.phone) : null;
  if (input.birthDate !== undefined)
    indexes.birthDateIndex = input.birthDate ? birthDateIndex(keyring, input.birthDate) : null;
  if (input.name !== undefined)
    indexes.nameTokenIndexes = input.name ? nameTokenIndexes(keyring, input.name) : [];
  return { ...columns, ...indexes };
}

/** Decrypts the stored identity of one person; fields not on file are null. */
export function openIdentity(
  keyring: Keyring,
  personId: string,
  code: string,
  stored: StoredIdentity,
): IdentityDto {
  const open = (field: IdentityField) => {
    const { column, context } = identityColumns[field];
    const token = stored[column];
    return token ? decryptField(keyring, token, `${context}:${personId}`) : null;
  };
  return {
    code,
    name: open("name"),
    aliases: open("aliases"),
    nik: open("nik"),
    birthDate: open("birthDate"),
    address: open("address"),
    phone: open("phone"),
  };
}

/** Which identity fields are on file, for lists that must not show the values. */
export function identityOnFile(stored: StoredIdentity): IdentityField[] {
  return (Object.keys(identityColumns) as IdentityField[]).filter(
    (f) => stored[identityColumns[f].column] !== null,
  );
}
