import type { IdentityField } from "../../../shared/people.ts";
import type { CaseReferralDto, ReceivedReferralDto, ReferralStatus } from "../../../shared/referrals.ts";
import { openReferralStatuses } from "../../../shared/referrals.ts";
import type { UserActor } from "../../auth/actor.ts";
import { abilitiesOf } from "../../auth/authorize.ts";
import { reachesCase } from "../cases/case.policy.ts";
import { referralPolicy } from "./referral.policy.ts";
import { isOverdue } from "./referral-deadline.ts";
import { type ReferralRow, referralRecordOf } from "./referrals.repository.ts";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A referral for the sending case's readers. */
export function presentCaseReferral(actor: UserActor, row: ReferralRow, now: Date): CaseReferralDto {
  const r = row.referral;
  return {
    id: r.id,
    casePersonId: r.casePersonId,
    personCode: row.person.code,
    fromOrganizationId: r.fromOrganizationId,
    fromOrganizationName: row.fromOrganizationName,
    toOrganizationId: r.toOrganizationId,
    toOrganizationName: row.toOrganizationName,
    serviceTypes: r.serviceTypes,
    sharedFields: r.sharedFields as IdentityField[],
    message: r.message,
    status: r.status as ReferralStatus,
    dueAt: r.dueAt.toISOString(),
    overdue: isOverdue(r, now),
    consentId: r.consentId,
    consentOverrideReason: r.consentOverrideReason,
    sentByName: row.sentByName,
    createdAt: r.createdAt.toISOString(),
    respondedAt: iso(r.respondedAt),
    respondedByName: row.respondedByName,
    declineReason: r.declineReason,
    completedAt: iso(r.completedAt),
    completionNote: r.completionNote,
    abilities: { cancel: referralPolicy.cancel(actor, referralRecordOf(row)) },
  };
}

/**
 * A referral for the receiving organisation: the person only as code and demographics, and
 * only while the referral is open. Security: once it is declined, completed or cancelled, the
 * demographics and the sender's free-text message (which may describe the person) are withheld.
 */
export function presentReceivedReferral(actor: UserActor, row: ReferralRow, now: Date): ReceivedReferralDto {
  const r = row.referral;
  const record = referralRecordOf(row);
  const open = openReferralStatuses.includes(record.status);
  const { view: _view, ...abilities } = abilitiesOf(actor, referralPolicy, record);
  return {
    id: r.id,
    status: record.status,
    dueAt: r.dueAt.toISOString(),
    overdue: isOverdue(r, now),
    sentAt: r.createdAt.toISOString(),
    fromOrganizationName: row.fromOrganizationName,
    serviceTypes: r.serviceTypes,
    sharedFields: r.sharedFields as IdentityField[],
    message: open ? r.message : null,
    person: {
      code: row.person.code,
      sexCode: open ? row.person.sexCode : null,
      ageGroupCode: open ? row.person.ageGroupCode : null,
      isChild: open ? row.person.isChild : null,
    },
    case: reachesCase(actor, row.case) ? { id: row.case.id, number: row.case.number } : null,
    respondedAt: iso(r.respondedAt),
    declineReason: r.declineReason,
    completedAt: iso(r.completedAt),
    completionNote: r.completionNote,
    abilities,
  };
}
