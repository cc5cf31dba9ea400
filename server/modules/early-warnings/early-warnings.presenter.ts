import type {
  EarlyWarningCloseReason,
  EarlyWarningDto,
  EarlyWarningEvent,
  EarlyWarningPhotoType,
  EarlyWarningStatus,
  EarlyWarningSummary,
  EarlyWarningUrgency,
  EscalationTarget,
} from "../../../shared/early-warnings.ts";
import type { UserActor } from "../../auth/actor.ts";
import { abilitiesOf } from "../../auth/authorize.ts";
import { type EarlyWarningRecord, earlyWarningPolicy, managesWarning } from "./early-warning.policy.ts";
import type {
  EarlyWarningDetailRow,
  EarlyWarningEventRow,
  EarlyWarningSummaryRow,
} from "./early-warnings.repository.ts";

export function presentWarningSummary(row: EarlyWarningSummaryRow): EarlyWarningSummary {
  return {
    id: row.id,
    code: row.code,
    kind: row.kindCode,
    urgency: row.urgency as EarlyWarningUrgency,
    status: row.status as EarlyWarningStatus,
    regionCode: row.regionCode,
    regionName: row.regionName,
    districtName: row.districtName,
    observedOn: row.observedOn,
    observedTime: row.observedTime,
    reportedByName: row.reportedByName,
    organizationName: row.organizationName,
    hasPhoto: row.hasPhoto,
    escalatedTo: row.escalatedTo as EscalationTarget | null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A step of the timeline. The secretariat's notes stay with the secretariat (a note to the
 * police may name a suspect); the reason for closing is the reporter's answer, so they read it.
 */
function presentEvent(row: EarlyWarningEventRow, manager: boolean): EarlyWarningEvent {
  const status = row.status as EarlyWarningStatus;
  return {
    status,
    occurredAt: row.occurredAt.toISOString(),
    actorName: row.actorName,
    note: manager || status === "closed" ? row.note : null,
    escalatedTo: (row.data.escalatedTo ?? null) as EscalationTarget | null,
    closeReason: (row.data.closeReason ?? null) as EarlyWarningCloseReason | null,
  };
}

export function presentWarning(
  actor: UserActor,
  record: EarlyWarningRecord,
  row: EarlyWarningDetailRow,
  description: string,
  events: EarlyWarningEventRow[],
): EarlyWarningDto {
  const { read: _read, ...abilities } = abilitiesOf(actor, earlyWarningPolicy, record);
  const manager = managesWarning(actor, record);
  return {
    ...presentWarningSummary(row.summary),
    description,
    placeDetail: row.placeDetail,
    photo:
      row.photoMimeType && row.photoSizeBytes !== null
        ? { mimeType: row.photoMimeType as EarlyWarningPhotoType, sizeBytes: row.photoSizeBytes }
        : null,
    escalation:
      row.summary.escalatedTo && row.escalatedAt
        ? {
            to: row.summary.escalatedTo as EscalationTarget,
            at: row.escalatedAt.toISOString(),
            complaintId: row.complaintId,
            complaintTrackingCode: row.complaintTrackingCode,
            policeOrganizationId: row.policeOrganizationId,
            policeOrganizationName: row.policeOrganizationName,
            policeUnitName: row.policeUnitName,
          }
        : null,
    closeReason: row.closeReason as EarlyWarningCloseReason | null,
    ledToAction: row.escalatedAt !== null,
    timeline: events.map((event) => presentEvent(event, manager)),
    abilities,
  };
}
