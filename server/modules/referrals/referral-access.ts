import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import { type ReferralAction, referralPolicy, stateRefusals } from "./referral.policy.ts";
import { findReferral, type ReferralRow, referralRecordOf } from "./referrals.repository.ts";

/**
 * Loads a referral and checks the action against the referral policy: the one door to a referral
 * by its id. Out of the caller's reach: 404 (audited). Within reach but in the wrong state for
 * the action: 409 saying why, so the receiving side is not told "not found" about a referral it
 * can see in its inbox.
 */
export async function loadReferral(
  db: Db,
  actor: UserActor,
  id: string,
  action: ReferralAction,
): Promise<ReferralRow> {
  const row = await findReferral(db, id);
  const record = row && referralRecordOf(row);
  authorize(actor, referralPolicy, "view", record, "referral");
  if (!referralPolicy[action](actor, record)) {
    const refusal = stateRefusals[action];
    if (refusal?.side(actor, record)) throw new AppError("conflict", refusal.message);
  }
  authorize(actor, referralPolicy, action, record, "referral");
  return row!;
}
