import {
  type ActivityDto,
  type ActivitySummary,
  countFields,
  countsTotal,
  type ParticipantCounts,
  type ParticipantSource,
} from "../../../shared/prevention.ts";
import type { UserActor } from "../../auth/actor.ts";
import { abilitiesOf } from "../../auth/authorize.ts";
import type { ActivityDetailRow, ActivitySummaryRow } from "./activities.repository.ts";
import { activityPolicy } from "./activity.policy.ts";

type CountColumns = Pick<ActivitySummaryRow, "attendeeCount" | (typeof countFields)[number]>;

/** The counts entered on the activity, or null when none were. */
export function enteredCounts(row: CountColumns): ParticipantCounts | null {
  if (countFields.every((field) => row[field] === null)) return null;
  return Object.fromEntries(countFields.map((field) => [field, row[field] ?? 0])) as ParticipantCounts;
}

function participants(row: CountColumns): { source: ParticipantSource; total: number } {
  if (row.attendeeCount > 0) return { source: "list", total: row.attendeeCount };
  const counts = enteredCounts(row);
  return counts ? { source: "counts", total: countsTotal(counts) } : { source: "none", total: 0 };
}

function summaryOf(row: Omit<ActivitySummaryRow, "upcoming">, now: Date): ActivitySummary {
  const { source, total } = participants(row);
  return {
    id: row.id,
    typeCode: row.typeCode,
    title: row.title,
    status: row.status as ActivitySummary["status"],
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    placeKind: row.placeKind as ActivitySummary["placeKind"],
    regionCode: row.regionCode,
    regionName: row.regionName,
    schoolId: row.schoolId,
    schoolName: row.schoolName,
    organizerOrganizationId: row.organizerOrganizationId,
    organizerName: row.organizerName,
    targetGroupCodes: row.targetGroupCodes,
    participantSource: source,
    participantTotal: total,
    overdue: row.status === "planned" && (row.endsAt ?? row.startsAt) < now,
  };
}

export function presentActivitySummary(row: ActivitySummaryRow, now: Date): ActivitySummary {
  return summaryOf(row, now);
}

/**
 * One activity. `listed` is what the attendance list counts, when there is one: then it is the
 * activity's counts, whatever was entered before the list began.
 */
export function presentActivity(
  actor: UserActor,
  row: ActivityDetailRow,
  listed: ParticipantCounts | null,
  now: Date,
): ActivityDto {
  return {
    ...summaryOf(row, now),
    cancelReason: row.cancelReason,
    placeDetail: row.placeDetail,
    kecamatanCode: row.kecamatanCode,
    kecamatanName: row.kecamatanName,
    partners: row.partners,
    workingGroupId: row.workingGroupId,
    workingGroupName:
      row.workingGroupNameId && row.workingGroupNameEn
        ? { id: row.workingGroupNameId, en: row.workingGroupNameEn }
        : null,
    notes: row.notes,
    counts: row.attendeeCount > 0 ? listed : enteredCounts(row),
    attendeeCount: row.attendeeCount,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: abilitiesOf(actor, activityPolicy, row),
  };
}
