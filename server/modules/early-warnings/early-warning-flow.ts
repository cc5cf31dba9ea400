import { and, eq } from "drizzle-orm";
import type {
  CloseEarlyWarningInput,
  EarlyWarningUrgency,
  EscalateEarlyWarningInput,
  VerifyEarlyWarningInput,
} from "../../../shared/early-warnings.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkOrganization } from "../../db/reference-checks.ts";
import {
  earlyWarningEvents,
  earlyWarnings,
  organizations,
  users,
  vocabularyTerms,
} from "../../db/schema/index.ts";
import { decryptField } from "../../lib/crypto/field-encryption.ts";
import { invalidField } from "../../lib/errors.ts";
import { createComplaint } from "../complaints/complaint-intake.ts";
import { loadWarning } from "./early-warning-access.ts";
import type { EarlyWarningRow } from "./early-warnings.repository.ts";
import { descriptionContext, getEarlyWarning } from "./early-warnings.service.ts";

type Step = {
  status: "verified" | "escalated" | "closed";
  note?: string | null;
  data?: { escalatedTo?: string; closeReason?: string };
};

/** One timeline step, written beside the change it records. */
async function recordStep(tx: Db, ctx: AppContext, actor: UserActor, warningId: string, step: Step) {
  await tx.insert(earlyWarningEvents).values({
    earlyWarningId: warningId,
    status: step.status,
    occurredAt: ctx.now(),
    actorId: actor.userId,
    note: step.note ?? null,
    data: step.data ?? {},
  });
}

/** The secretariat has checked the warning and it deserves follow-up: new -> verified. */
export async function verifyEarlyWarning(
  ctx: AppContext,
  actor: UserActor,
  warningId: string,
  input: VerifyEarlyWarningInput,
) {
  await ctx.db.transaction(async (tx) => {
    await loadWarning(tx, actor, warningId, {
      action: "verify",
      refusal: "early_warning.not_new",
      forUpdate: true,
    });
    const now = ctx.now();
    await tx
      .update(earlyWarnings)
      .set({ status: "verified", verifiedAt: now, updatedAt: now })
      .where(eq(earlyWarnings.id, warningId));
    await recordStep(tx, ctx, actor, warningId, { status: "verified", note: input?.note });
    await recordAudit(tx, actor, {
      event: "early_warning.verified",
      recordType: "early_warning",
      recordId: warningId,
      data: { status: { from: "new", to: "verified" } },
    });
  });
  return getEarlyWarning(ctx, actor, warningId);
}

const urgencyWords: Record<EarlyWarningUrgency, string> = {
  normal: "biasa",
  urgent: "segera (24 jam)",
  emergency: "darurat",
};

export type ReporterFacts = { kind: string | null; name: string; email: string; organization: string };

/**
 * The complaint's story: what was seen, then where it came from, so whoever triages it knows
 * whom to call back. Written in Bahasa Indonesia, the task force's working language.
 */
export function complaintStory(
  warning: Pick<EarlyWarningRow, "code" | "kindCode" | "observedOn" | "observedTime" | "urgency">,
  description: string,
  facts: ReporterFacts,
): string {
  const observed = `${warning.observedOn}${warning.observedTime ? ` pukul ${warning.observedTime} WIB` : ""}`;
  return [
    description,
    "",
    `Diteruskan dari laporan kewaspadaan dini ${warning.code}: ${facts.kind ?? warning.kindCode}; ` +
      `diamati ${observed}; tingkat ${urgencyWords[warning.urgency as EarlyWarningUrgency]}; ` +
      `pelapor ${facts.name} (${facts.organization}).`,
  ].join("\n");
}

/** Into the intake queue: a complaint with the warning's story and place, linked both ways. */
async function escalateToComplaint(tx: Db, ctx: AppContext, actor: UserActor, warning: EarlyWarningRow) {
  const [facts] = await tx
    .select({
      kind: vocabularyTerms.labelId,
      name: users.name,
      email: users.email,
      organization: organizations.name,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, warning.organizationId))
    .leftJoin(
      vocabularyTerms,
      and(eq(vocabularyTerms.kind, "early_warning_type"), eq(vocabularyTerms.code, warning.kindCode)),
    )
    .where(eq(users.id, warning.reportedById));
  const description = decryptField(ctx.keyring, warning.descriptionEnc, descriptionContext(warning.id));
  const complaint = await createComplaint(tx, ctx, {
    taskForceId: warning.taskForceId,
    source: "staff",
    channelCode: "early_warning",
    receivedAt: ctx.now(),
    recordedById: actor.userId,
    story: complaintStory(warning, description, facts!),
    anonymous: false,
    // The field reporter is the one to call back: a colleague of the task force, not the victim.
    reporterName: facts!.name,
    reporterContact: facts!.email,
    reporterRelation: `Pelapor kewaspadaan dini, ${facts!.organization}`,
    placeRegionCode: warning.regionCode,
    placeDetail: warning.placeDetail,
  });
  await recordAudit(tx, actor, {
    event: "complaint.recorded",
    recordType: "complaint",
    recordId: complaint.id,
    data: { channel: "early_warning", earlyWarningId: warning.id },
  });
  return complaint.id;
}

/**
 * Passes a verified warning on: into the task force's intake queue as a complaint (created in
 * this transaction), or to the police with a note of what was handed over. Either way the
 * reporter is then thanked: their report led somewhere.
 */
export async function escalateEarlyWarning(
  ctx: AppContext,
  actor: UserActor,
  warningId: string,
  input: EscalateEarlyWarningInput,
) {
  await ctx.db.transaction(async (tx) => {
    const warning = await loadWarning(tx, actor, warningId, {
      action: "escalate",
      refusal: "early_warning.not_verified",
      forUpdate: true,
    });
    let link: { complaintId?: string; policeOrganizationId?: string | null; policeUnitName?: string | null };
    if (input.to === "complaint") {
      link = { complaintId: await escalateToComplaint(tx, ctx, actor, warning) };
    } else {
      if (input.policeOrganizationId) {
        await checkOrganization(tx, actor, "policeOrganizationId", input.policeOrganizationId);
      }
      link = {
        policeOrganizationId: input.policeOrganizationId ?? null,
        policeUnitName: input.policeUnitName ?? null,
      };
    }
    const now = ctx.now();
    await tx
      .update(earlyWarnings)
      .set({ status: "escalated", escalatedAt: now, escalatedTo: input.to, ...link, updatedAt: now })
      .where(eq(earlyWarnings.id, warningId));
    await recordStep(tx, ctx, actor, warningId, {
      status: "escalated",
      note: input.note,
      data: { escalatedTo: input.to },
    });
    await recordAudit(tx, actor, {
      event: "early_warning.escalated",
      recordType: "early_warning",
      recordId: warningId,
      data: { to: input.to, ...link },
    });
  });
  return getEarlyWarning(ctx, actor, warningId);
}

/**
 * Closes a warning with a reason the reporter reads. An escalated warning closes once its
 * follow-up is done; one never escalated closes for what it turned out to be.
 */
export async function closeEarlyWarning(
  ctx: AppContext,
  actor: UserActor,
  warningId: string,
  input: CloseEarlyWarningInput,
) {
  await ctx.db.transaction(async (tx) => {
    const warning = await loadWarning(tx, actor, warningId, {
      action: "close",
      refusal: "early_warning.already_closed",
      forUpdate: true,
    });
    const escalated = warning.status === "escalated";
    if (input.reason === "follow_up_completed" && !escalated) {
      throw invalidField("reason", "early_warning.reason_needs_escalation");
    }
    if (escalated && input.reason !== "follow_up_completed" && input.reason !== "other") {
      throw invalidField("reason", "early_warning.reason_after_escalation");
    }
    const now = ctx.now();
    await tx
      .update(earlyWarnings)
      .set({ status: "closed", closedAt: now, closeReason: input.reason, updatedAt: now })
      .where(eq(earlyWarnings.id, warningId));
    await recordStep(tx, ctx, actor, warningId, {
      status: "closed",
      note: input.note,
      data: { closeReason: input.reason },
    });
    await recordAudit(tx, actor, {
      event: "early_warning.closed",
      recordType: "early_warning",
      recordId: warningId,
      data: { reason: input.reason, from: warning.status },
    });
  });
  return getEarlyWarning(ctx, actor, warningId);
}
