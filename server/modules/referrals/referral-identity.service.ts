import { eq } from "drizzle-orm";
import type { IdentityField } from "../../../shared/people.ts";
import type { RevealedIdentity } from "../../../shared/referrals.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { casePeople, people } from "../../db/schema/index.ts";
import { decryptField } from "../../lib/crypto/field-encryption.ts";
import { identityColumns } from "../people/person-identity.ts";
import { loadReferral } from "./referral-access.ts";

/**
 * Shows the receiving organisation the identity fields the referral shares, and nothing else,
 * while the referral is open. Every reveal is audited as identity.viewed with the field names.
 */
export async function revealReferralIdentity(
  ctx: AppContext,
  actor: UserActor,
  id: string,
): Promise<RevealedIdentity> {
  const row = await loadReferral(ctx.db, actor, id, "reveal");
  const shared = row.referral.sharedFields as IdentityField[];
  const [stored] = await ctx.db
    .select({
      personId: people.id,
      nameEnc: people.nameEnc,
      aliasesEnc: people.aliasesEnc,
      nikEnc: people.nikEnc,
      birthDateEnc: people.birthDateEnc,
      addressEnc: people.addressEnc,
      phoneEnc: people.phoneEnc,
    })
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(eq(casePeople.id, row.referral.casePersonId));
  const fields: RevealedIdentity["fields"] = {};
  // Security: only the shared fields are decrypted; the others never leave their ciphertext.
  for (const field of shared) {
    const { column, context } = identityColumns[field];
    const token = stored![column];
    fields[field] = token ? decryptField(ctx.keyring, token, `${context}:${stored!.personId}`) : null;
  }
  if (shared.length > 0) {
    await recordAudit(ctx.db, actor, {
      event: "identity.viewed",
      recordType: "referral",
      recordId: id,
      data: { fields: shared, personCode: row.person.code },
    });
  }
  return { referralId: id, personCode: row.person.code, fields };
}
