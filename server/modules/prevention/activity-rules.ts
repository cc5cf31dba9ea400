import { and, eq, like } from "drizzle-orm";
import {
  type ActivityStatus,
  activityProblems,
  type CountField,
  countFieldOf,
  countFields,
  type ParticipantCounts,
  type PlaceKind,
} from "../../../shared/prevention.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkOrganization, checkTerm, checkTerms } from "../../db/reference-checks.ts";
import { regions, schools, taskForces, workingGroups } from "../../db/schema/index.ts";
import { AppError, type FieldProblem, invalidField } from "../../lib/errors.ts";
import { attendeeCounts } from "./activities.repository.ts";
import { startOfWibDay } from "./wib-periods.ts";

// A phone's clock may run a little ahead of the server's; more than this is a wrong date.
const CLOCK_SKEW_MS = 5 * 60_000;

/** An activity as it will be stored: the merged record the rules judge. */
export type ActivityDraft = {
  typeCode: string;
  status: ActivityStatus;
  cancelReason: string | null;
  startsAt: Date;
  endsAt: Date | null;
  placeKind: PlaceKind;
  regionCode: string | null;
  schoolId: string | null;
  placeDetail: string | null;
  targetGroupCodes: string[];
  organizerOrganizationId: string;
  partnerOrganizationIds: string[];
  workingGroupId: string | null;
  counts: ParticipantCounts | null;
};

function fail(problems: FieldProblem[]): never {
  throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
}

/**
 * The rules that need the clock: an activity recorded as held has started (a held activity
 * in the future is a wrong date or a wrong status), a planned one is today or later. They
 * are judged when the date or the status changes, so an old plan can still be corrected.
 */
export function checkTiming(draft: ActivityDraft, now: Date) {
  if (draft.status === "held" && draft.startsAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalidField("startsAt", "prevention.held_in_future");
  }
  if (draft.status === "planned" && draft.startsAt < startOfWibDay(now)) {
    throw invalidField("startsAt", "prevention.planned_in_past");
  }
}

/** The shared schema's rules again, on the merged record of an update. */
export function checkShape(draft: ActivityDraft) {
  const problems = activityProblems({
    ...draft,
    startsAt: draft.startsAt.toISOString(),
    endsAt: draft.endsAt?.toISOString() ?? null,
  });
  if (problems.length > 0) {
    fail(problems.map((p) => ({ field: p.path, key: p.message as FieldProblem["key"] })));
  }
}

/** The task force's own region (31.71 for Jakarta Pusat): places must lie inside it. */
export async function taskForceRegion(db: Db, taskForceId: string): Promise<string> {
  const [row] = await db
    .select({ regionCode: taskForces.regionCode })
    .from(taskForces)
    .where(eq(taskForces.id, taskForceId));
  return row!.regionCode;
}

/** A kelurahan of the task force's area. */
export async function checkKelurahan(db: Db, actor: UserActor, field: string, code: string) {
  const root = await taskForceRegion(db, actor.taskForceId);
  const [row] = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, code), eq(regions.level, "kelurahan"), like(regions.code, `${root}.%`)));
  if (!row) throw invalidField(field, "prevention.kelurahan_outside", { region: root });
}

/** A school of the task force's registry; returns its kelurahan, which the activity takes. */
export async function checkSchool(db: Db, actor: UserActor, field: string, id: string) {
  const [row] = await db
    .select({ regionCode: schools.regionCode, active: schools.active })
    .from(schools)
    .where(and(eq(schools.id, id), eq(schools.taskForceId, actor.taskForceId)));
  if (!row) throw invalidField(field, "prevention.school_unknown");
  return row;
}

async function checkWorkingGroup(db: Db, actor: UserActor, field: string, id: string | null) {
  if (!id) return;
  const [row] = await db
    .select({ id: workingGroups.id })
    .from(workingGroups)
    .where(and(eq(workingGroups.id, id), eq(workingGroups.taskForceId, actor.taskForceId)));
  if (!row) throw invalidField(field, "field.working_group_unknown");
}

/**
 * Everything a draft refers to must exist in the actor's task force. On an update (`before`
 * given) only what changes is checked: a term retired or an organisation deactivated since
 * must not lock an old activity against corrections. The place is settled here: a school
 * brings its kelurahan; an online activity may name one (the audience's) or none. Returns the
 * draft with the place as it will be stored.
 */
export async function settleReferences(
  db: Db,
  actor: UserActor,
  draft: ActivityDraft,
  before?: ActivityDraft,
): Promise<ActivityDraft> {
  if (draft.typeCode !== before?.typeCode) {
    await checkTerm(db, "typeCode", "prevention_activity_type", draft.typeCode);
  }
  if (!before) await checkTerms(db, "targetGroupCodes", "target_group", draft.targetGroupCodes);
  for (const [index, code] of draft.targetGroupCodes.entries()) {
    if (before && !before.targetGroupCodes.includes(code)) {
      await checkTerm(db, `targetGroupCodes.${index}`, "target_group", code);
    }
  }
  if (draft.organizerOrganizationId !== before?.organizerOrganizationId) {
    await checkOrganization(db, actor, "organizerOrganizationId", draft.organizerOrganizationId);
  }
  for (const [index, id] of draft.partnerOrganizationIds.entries()) {
    const field = `partnerOrganizationIds.${index}`;
    if (id === draft.organizerOrganizationId) throw invalidField(field, "prevention.partner_is_organizer");
    if (!before?.partnerOrganizationIds.includes(id)) await checkOrganization(db, actor, field, id);
  }
  if (draft.workingGroupId !== before?.workingGroupId) {
    await checkWorkingGroup(db, actor, "workingGroupId", draft.workingGroupId);
  }
  let { regionCode, schoolId } = draft;
  if (draft.placeKind === "school") {
    regionCode = (await checkSchool(db, actor, "schoolId", draft.schoolId!)).regionCode;
  } else {
    schoolId = null;
    if (regionCode && regionCode !== before?.regionCode)
      await checkKelurahan(db, actor, "regionCode", regionCode);
  }
  return { ...draft, regionCode, schoolId };
}

/** Counts are the result of a held activity; a plan or a cancelled one has none. */
export function checkCountsAllowed(draft: ActivityDraft) {
  if (draft.counts && draft.status !== "held") throw invalidField("counts", "prevention.counts_only_held");
}

/** The counts an attendance list stands for, every cell present. */
export async function listedCounts(db: Db, activityId: string): Promise<ParticipantCounts> {
  const counts = Object.fromEntries(countFields.map((f) => [f, 0])) as Record<CountField, number>;
  for (const row of await attendeeCounts(db, activityId)) {
    counts[countFieldOf(row.sex as "female", row.ageBand as "children")] += Number(row.n);
  }
  return counts;
}

/**
 * With an attendance list the counts follow from it. Counts sent alongside must say the same,
 * cell by cell; each cell that differs is named with what the list holds.
 */
export function checkCountsAgainstList(entered: ParticipantCounts, listed: ParticipantCounts) {
  const problems: FieldProblem[] = countFields
    .filter((field) => entered[field] !== listed[field])
    .map((field) => ({
      field: `counts.${field}`,
      key: "prevention.counts_disagree",
      params: { entered: entered[field], listed: listed[field] },
    }));
  if (problems.length > 0) fail(problems);
}
