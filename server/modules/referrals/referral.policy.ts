import { openReferralStatuses, type ReferralStatus } from "../../../shared/referrals.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Policy } from "../../auth/authorize.ts";
import type { MessageKey } from "../../lib/messages.ts";
import { type CaseRecord, casePolicy, reachesCase } from "../cases/case.policy.ts";

/** What the referral policy needs to know about a referral and the case it came from. */
export type ReferralRecord = {
  id: string;
  taskForceId: string;
  toOrganizationId: string;
  status: ReferralStatus;
  case: CaseRecord;
};

/**
 * The receiving side: any user of the organisation the referral is addressed to who may answer
 * referrals. Security: this is all a service provider reaches; the case itself stays out of
 * their reach (they hold no case.read), so they see only what the referral carries.
 */
export function receives(actor: UserActor, referral: ReferralRecord): boolean {
  return (
    actor.permissions.has("referral.respond") &&
    actor.taskForceId === referral.taskForceId &&
    actor.organizationId === referral.toOrganizationId
  );
}

const isOpen = (referral: ReferralRecord) => openReferralStatuses.includes(referral.status);
// The sending side: whoever may change the case may withdraw its referrals.
const sends = (actor: UserActor, referral: ReferralRecord) => casePolicy.update(actor, referral.case);

export const referralPolicy = {
  // The receiving organisation, or the case's readers from the case side. Everyone else: 404.
  view: (actor, r) => receives(actor, r) || reachesCase(actor, r.case),
  accept: (actor, r) => receives(actor, r) && r.status === "sent",
  decline: (actor, r) => receives(actor, r) && r.status === "sent",
  complete: (actor, r) => receives(actor, r) && r.status === "accepted",
  // The receiving organisation records the services it gives while the referral is accepted.
  recordService: (actor, r) => receives(actor, r) && r.status === "accepted",
  // Security: identity only while the referral is open; after it the person leaves their view.
  reveal: (actor, r) => receives(actor, r) && actor.permissions.has("identity.reveal") && isOpen(r),
  cancel: (actor, r) => sends(actor, r) && isOpen(r),
} satisfies Policy<ReferralRecord, string>;

export type ReferralAction = keyof typeof referralPolicy;

/**
 * For the actions whose refusal can be about the referral's state rather than the caller: the
 * side that may take them at some point, and what to say when the state is wrong. A caller on
 * that side hears "not in this state" (409); anyone else hears "not found". Reveal is absent on
 * purpose: a closed referral's person is simply no longer there (404).
 */
export const stateRefusals: Partial<
  Record<ReferralAction, { side: (actor: UserActor, r: ReferralRecord) => boolean; message: MessageKey }>
> = {
  accept: { side: receives, message: "referral.not_awaiting_response" },
  decline: { side: receives, message: "referral.not_awaiting_response" },
  complete: { side: receives, message: "referral.not_accepted" },
  recordService: { side: receives, message: "referral.not_accepted" },
  cancel: { side: sends, message: "referral.already_closed" },
};
