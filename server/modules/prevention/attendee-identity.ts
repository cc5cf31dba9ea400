import type { ParticipantSex } from "../../../shared/prevention.ts";
import { blindIndex } from "../../lib/crypto/blind-index.ts";
import { decryptField, encryptField } from "../../lib/crypto/field-encryption.ts";
import type { Keyring } from "../../lib/crypto/keyring.ts";
import { nameTokens } from "../people/name-matching.ts";

/** Where an attendee's encrypted fields are bound (see server/db/encrypted-columns.ts). */
export const attendeeContexts = {
  name: (id: string) => `activity_attendees.name:${id}`,
  phone: (id: string) => `activity_attendees.phone:${id}`,
};

/**
 * The key that tells one person from another across attendance lists without their name being
 * readable: a keyed HMAC of the name's canonical tokens (so "Siti Rahmawatie" at one activity and
 * "siti rahmawati" at the next are one person) and the sex. The phone number is left out on
 * purpose: it is optional, and a person who gave it once and not the next time would count
 * twice. Two different people with the same name and sex count once: reach errs low, never high.
 * The input always holds a space, so it never equals a person's single-token name index.
 */
export function attendeeKey(keyring: Pick<Keyring, "indexKey">, name: string, sex: ParticipantSex): string {
  const tokens = nameTokens(name);
  return blindIndex(keyring, "name", `${tokens.length > 0 ? tokens.join(" ") : name} ${sex}`);
}

export function sealAttendee(
  keyring: Keyring,
  id: string,
  input: { name: string; phone?: string | null; sex: ParticipantSex },
) {
  return {
    nameEnc: encryptField(keyring, input.name, attendeeContexts.name(id)),
    phoneEnc: input.phone ? encryptField(keyring, input.phone, attendeeContexts.phone(id)) : null,
    personKey: attendeeKey(keyring, input.name, input.sex),
  };
}

export function openAttendee(
  keyring: Keyring,
  row: { id: string; nameEnc: string; phoneEnc: string | null },
) {
  return {
    name: decryptField(keyring, row.nameEnc, attendeeContexts.name(row.id)),
    phone: row.phoneEnc ? decryptField(keyring, row.phoneEnc, attendeeContexts.phone(row.id)) : null,
  };
}
