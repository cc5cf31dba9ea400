import type {
  ComplaintDto,
  ComplaintSource,
  ComplaintStatus,
  ComplaintSummary,
  PublicComplaintStatus,
  TriageOutcome,
} from "../../../shared/complaints.ts";
import type { UserActor } from "../../auth/actor.ts";
import { abilitiesOf } from "../../auth/authorize.ts";
import { complaintPolicy } from "./complaint.policy.ts";
import type { ComplaintDetailRow, ComplaintSummaryRow } from "./complaints.repository.ts";

const DAY_MS = 86_400_000;

export function presentComplaintSummary(row: ComplaintSummaryRow, now: Date): ComplaintSummary {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    channel: row.channelCode,
    source: row.source as ComplaintSource,
    receivedAt: row.receivedAt.toISOString(),
    // Whole days since it came in: the queue's measure of how long someone has been waiting.
    ageDays: Math.max(0, Math.floor((now.getTime() - row.receivedAt.getTime()) / DAY_MS)),
    placeRegionCode: row.placeRegionCode,
    placeRegionName: row.placeRegionName,
    placeCountryCode: row.placeCountryCode,
    status: row.status as ComplaintStatus,
    triageOutcome: row.triageOutcome as TriageOutcome | null,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
  };
}

/** The decrypted fields of a complaint; identity null where the caller may not see it. */
export type OpenedComplaint = {
  story: string;
  reporterName: string | null;
  reporterContact: string | null;
  identityWithheld: boolean;
};

export function presentComplaint(
  actor: UserActor,
  row: ComplaintDetailRow,
  opened: OpenedComplaint,
  now: Date,
): ComplaintDto {
  const c = row.complaint;
  const { read: _read, ...abilities } = abilitiesOf(actor, complaintPolicy, c);
  return {
    ...presentComplaintSummary(
      { ...c, placeRegionName: row.placeRegionName, caseNumber: row.caseNumber },
      now,
    ),
    story: opened.story,
    reporter: {
      anonymous: c.reporterAnonymous,
      relation: c.reporterRelation,
      name: opened.reporterName,
      contact: opened.reporterContact,
      identityWithheld: opened.identityWithheld,
    },
    placeDetail: c.placeDetail,
    triage:
      c.triageOutcome && c.triagedAt
        ? {
            outcome: c.triageOutcome as TriageOutcome,
            reason: c.triageReason,
            referredToOrganizationId: c.referredToOrganizationId,
            referredToOrganizationName: row.referredToOrganizationName,
            referredToName: c.referredToName,
            triagedByName: row.triagedByName,
            triagedAt: c.triagedAt.toISOString(),
          }
        : null,
    recordedByName: row.recordedByName,
    earlyWarning:
      row.earlyWarningId && row.earlyWarningCode
        ? { id: row.earlyWarningId, code: row.earlyWarningCode }
        : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    abilities,
  };
}

/**
 * What the public reads: triage is "handled", whatever it decided. Security: the outcome could
 * tell a trafficker who files a complaint to test the task force whether a case was opened.
 */
export function publicStatusOf(status: string): PublicComplaintStatus {
  if (status === "triaged") return "handled";
  return status === "under_review" ? "under_review" : "received";
}
