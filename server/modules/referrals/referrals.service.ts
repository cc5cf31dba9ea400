import type { SendReferralInput } from "../../../shared/referrals.ts";
import { openReferralStatuses } from "../../../shared/referrals.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { checkOrganization, checkTerms } from "../../db/reference-checks.ts";
import { referrals } from "../../db/schema/index.ts";
import { AppError, invalidField } from "../../lib/errors.ts";
import { type CaseRecord, casePolicy } from "../cases/case.policy.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { victimOfField } from "./case-victim.ts";
import { activeConsentOf } from "./consents.repository.ts";
import { loadReferral } from "./referral-access.ts";
import { responseDueAt } from "./referral-deadline.ts";
import { presentCaseReferral } from "./referrals.presenter.ts";
import { findReferral, listReferralsOfCase, transitionReferral } from "./referrals.repository.ts";

/** A case's referrals, the latest first, each saying whether it is overdue. */
export async function listCaseReferrals(ctx: AppContext, actor: UserActor, caseId: string) {
  await loadCase(ctx.db, actor, caseId, "read");
  const now = ctx.now();
  const rows = await listReferralsOfCase(ctx.db, caseId);
  return { items: rows.map((row) => presentCaseReferral(actor, row, now)) };
}

/**
 * Consent first: without an active consent a referral goes out only when a coordinator (the
 * case policy's overrideConsent) gives a reason. Returns the reason to store, or refuses.
 */
function consentOverrideReason(actor: UserActor, caseRecord: CaseRecord, reason: string | null | undefined) {
  if (!reason) throw invalidField("casePersonId", "field.consent_missing");
  if (!casePolicy.overrideConsent(actor, caseRecord))
    throw invalidField("consentOverrideReason", "field.consent_override_not_allowed");
  return reason;
}

/**
 * Sends a referral for a victim of the case to another organisation of the task force.
 *
 * It goes out from the caller's organisation, not the case's lead: the organisation whose staff
 * sends it answers for it and finds it among what it sent. A coordinator at the secretariat
 * refers on behalf of the task force, and a case manager assigned to a case that another
 * organisation leads refers from their own; neither is the lead. "Not to your own organisation"
 * then means what the sender expects.
 */
export async function sendReferral(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: SendReferralInput,
) {
  await loadCase(ctx.db, actor, caseId, "update");
  const victim = await victimOfField(ctx.db, caseId, input.casePersonId);
  await checkOrganization(ctx.db, actor, "toOrganizationId", input.toOrganizationId);
  if (input.toOrganizationId === actor.organizationId)
    throw invalidField("toOrganizationId", "field.referral_to_own_organization");
  await checkTerms(ctx.db, "serviceTypes", "service_type", input.serviceTypes);
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const caseRecord = await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    // Read in the transaction that holds the case: a consent withdrawn a moment ago counts.
    const consent = await activeConsentOf(tx, victim.id);
    const overrideReason = consent
      ? null
      : consentOverrideReason(actor, caseRecord, input.consentOverrideReason);
    const [row] = await tx
      .insert(referrals)
      .values({
        taskForceId: caseRecord.taskForceId,
        caseId,
        casePersonId: victim.id,
        fromOrganizationId: actor.organizationId,
        toOrganizationId: input.toOrganizationId,
        serviceTypes: input.serviceTypes,
        sharedFields: input.sharedFields,
        message: input.message ?? null,
        status: "sent",
        consentId: consent?.id ?? null,
        consentOverrideReason: overrideReason,
        dueAt: responseDueAt(now, ctx.config.referralResponseDays),
        sentById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: referrals.id });
    const referralId = row!.id;
    // Codes and ids only: the timeline never carries identity.
    const data = {
      referralId,
      personCode: victim.code,
      fromOrganizationId: actor.organizationId,
      toOrganizationId: input.toOrganizationId,
      serviceTypes: input.serviceTypes,
      sharedFields: input.sharedFields,
      consentOverridden: overrideReason !== null,
    };
    await recordCaseEvent(tx, actor, caseId, "referral.sent", data);
    await recordAudit(tx, actor, {
      event: "referral.sent",
      recordType: "referral",
      recordId: referralId,
      data: { caseId, consentId: consent?.id ?? null, ...data },
    });
    if (overrideReason !== null) {
      await recordAudit(tx, actor, {
        event: "referral.consent_overridden",
        recordType: "referral",
        recordId: referralId,
        data: { caseId, personCode: victim.code, reason: overrideReason },
      });
    }
    return referralId;
  });
  return presentCaseReferral(actor, (await findReferral(ctx.db, id))!, ctx.now());
}

/** The sender withdraws a referral that is still open; the receiver's view of the person ends. */
export async function cancelReferral(ctx: AppContext, actor: UserActor, id: string) {
  const row = await loadReferral(ctx.db, actor, id, "cancel");
  const caseId = row.case.id;
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const moved = await transitionReferral(tx, id, openReferralStatuses, {
      status: "cancelled",
      updatedAt: ctx.now(),
    });
    if (!moved) throw new AppError("conflict", "referral.already_closed");
    const data = {
      referralId: id,
      personCode: row.person.code,
      toOrganizationId: row.referral.toOrganizationId,
    };
    await recordCaseEvent(tx, actor, caseId, "referral.cancelled", data);
    await recordAudit(tx, actor, {
      event: "referral.cancelled",
      recordType: "referral",
      recordId: id,
      data: { caseId, ...data },
    });
  });
  return presentCaseReferral(actor, (await findReferral(ctx.db, id))!, ctx.now());
}
