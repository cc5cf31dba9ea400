import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  type CreateActivityInput,
  countFields,
  type ListActivitiesQuery,
  type UpdateActivityInput,
} from "../../../shared/prevention.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { preventionActivities } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { invalidField } from "../../lib/errors.ts";
import { enteredCounts, presentActivity, presentActivitySummary } from "./activities.presenter.ts";
import {
  type ActivityFilter,
  type ActivityRow,
  findActivity,
  findActivityRecord,
  findPartnerIds,
  type ListCursor,
  listActivitiesPage,
  replacePartners,
} from "./activities.repository.ts";
import { loadActivity } from "./activity-access.ts";
import {
  type ActivityDraft,
  checkCountsAgainstList,
  checkCountsAllowed,
  checkShape,
  checkTiming,
  listedCounts,
  settleReferences,
} from "./activity-rules.ts";
import { startOfWibDay, wibYear } from "./wib-periods.ts";

function decodeListCursor(cursor: string | undefined): ListCursor | null {
  const after = decodeCursor(cursor, 3);
  if (!after) return null;
  const startsAt = new Date(String(after[1]));
  const id = String(after[2]);
  // The cursor comes back from the client: make sure the database is handed a time and an id.
  if (Number.isNaN(startsAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw invalidField("cursor", "field.cursor_invalid");
  }
  return { upcoming: after[0] === 1, startsAt, id };
}

/** The task force's activities: coming plans first, soonest first; then the rest, newest first. */
/** The list's filters as the repository reads them; the activity export applies the same ones. */
export function activityFilterOf(
  actor: UserActor,
  query: Omit<ListActivitiesQuery, "cursor" | "limit">,
): ActivityFilter {
  const year = query.year ? wibYear(query.year) : undefined;
  return {
    taskForceId: actor.taskForceId,
    from: year?.from,
    to: year?.to,
    typeCode: query.typeCode,
    status: query.status,
    regionCode: query.regionCode,
    organizerOrganizationId: query.organizerOrganizationId,
    schoolId: query.schoolId,
  };
}

export async function listActivities(ctx: AppContext, actor: UserActor, query: ListActivitiesQuery) {
  const after = decodeListCursor(query.cursor);
  const now = ctx.now();
  const rows = await listActivitiesPage(
    ctx.db,
    activityFilterOf(actor, query),
    startOfWibDay(now),
    after,
    query.limit,
  );
  const page = pageOf(rows, query.limit, (r) => [r.upcoming ? 1 : 0, r.startsAt.toISOString(), r.id]);
  return { items: page.items.map((r) => presentActivitySummary(r, now)), nextCursor: page.nextCursor };
}

export async function getActivity(ctx: AppContext, actor: UserActor, activityId: string) {
  await loadActivity(ctx.db, actor, activityId);
  return activityView(ctx, actor, activityId);
}

/** The activity as its page shows it, after a read or a change. */
export async function activityView(ctx: AppContext, actor: UserActor, activityId: string) {
  const row = (await findActivity(ctx.db, activityId))!;
  const listed = row.attendeeCount > 0 ? await listedCounts(ctx.db, activityId) : null;
  return presentActivity(actor, row, listed, ctx.now());
}

/** The counts as stored: one column per cell, all null when none were entered. */
function countColumns(draft: ActivityDraft) {
  return Object.fromEntries(countFields.map((f) => [f, draft.counts ? draft.counts[f] : null])) as Record<
    (typeof countFields)[number],
    number | null
  >;
}

function storedValues(draft: ActivityDraft) {
  return {
    typeCode: draft.typeCode,
    status: draft.status,
    cancelReason: draft.status === "cancelled" ? draft.cancelReason : null,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    placeKind: draft.placeKind,
    regionCode: draft.regionCode,
    schoolId: draft.schoolId,
    placeDetail: draft.placeDetail,
    targetGroupCodes: [...new Set(draft.targetGroupCodes)],
    organizerOrganizationId: draft.organizerOrganizationId,
    workingGroupId: draft.workingGroupId,
    ...countColumns(draft),
  };
}

/**
 * Plans or records an activity. Someone who may only manage their own organisation's work
 * organises it themselves; the secretariat may record it for any member organisation.
 */
export async function createActivity(ctx: AppContext, actor: UserActor, input: CreateActivityInput) {
  const organizer = input.organizerOrganizationId ?? actor.organizationId;
  if (organizer !== actor.organizationId && !actor.permissions.has("prevention.coordinate")) {
    throw invalidField("organizerOrganizationId", "prevention.organizer_own_only");
  }
  let draft: ActivityDraft = {
    typeCode: input.typeCode,
    status: input.status,
    cancelReason: input.cancelReason ?? null,
    startsAt: new Date(input.startsAt),
    endsAt: input.endsAt ? new Date(input.endsAt) : null,
    placeKind: input.placeKind,
    regionCode: input.regionCode ?? null,
    schoolId: input.schoolId ?? null,
    placeDetail: input.placeDetail ?? null,
    targetGroupCodes: input.targetGroupCodes,
    organizerOrganizationId: organizer,
    partnerOrganizationIds: [...new Set(input.partnerOrganizationIds)],
    workingGroupId: input.workingGroupId ?? null,
    counts: input.counts ?? null,
  };
  checkTiming(draft, ctx.now());
  checkCountsAllowed(draft);
  draft = await settleReferences(ctx.db, actor, draft);
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(preventionActivities).values({
      id,
      taskForceId: actor.taskForceId,
      title: input.title,
      notes: input.notes ?? null,
      ...storedValues(draft),
      createdById: actor.userId,
      updatedById: actor.userId,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await replacePartners(tx, id, draft.partnerOrganizationIds);
    await recordAudit(tx, actor, {
      event: "prevention.activity_created",
      recordType: "prevention_activity",
      recordId: id,
      data: { type: draft.typeCode, status: draft.status, regionCode: draft.regionCode },
    });
  });
  return activityView(ctx, actor, id);
}

function draftOf(row: ActivityRow, partnerIds: string[]): ActivityDraft {
  return {
    typeCode: row.typeCode,
    status: row.status as ActivityDraft["status"],
    cancelReason: row.cancelReason,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    placeKind: row.placeKind as ActivityDraft["placeKind"],
    regionCode: row.regionCode,
    schoolId: row.schoolId,
    placeDetail: row.placeDetail,
    targetGroupCodes: row.targetGroupCodes,
    organizerOrganizationId: row.organizerOrganizationId,
    partnerOrganizationIds: partnerIds,
    workingGroupId: row.workingGroupId,
    counts: enteredCounts(row),
  };
}

/** The draft an update leads to: what the input names replaces what is stored. */
function mergeDraft(current: ActivityDraft, input: UpdateActivityInput): ActivityDraft {
  const pick = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K] | undefined) =>
    value === undefined ? current[key] : value;
  return {
    typeCode: pick("typeCode", input.typeCode),
    status: pick("status", input.status),
    cancelReason: pick("cancelReason", input.cancelReason),
    startsAt: input.startsAt ? new Date(input.startsAt) : current.startsAt,
    endsAt: input.endsAt === undefined ? current.endsAt : input.endsAt ? new Date(input.endsAt) : null,
    placeKind: pick("placeKind", input.placeKind),
    regionCode: pick("regionCode", input.regionCode),
    schoolId: pick("schoolId", input.schoolId),
    placeDetail: pick("placeDetail", input.placeDetail),
    targetGroupCodes: pick("targetGroupCodes", input.targetGroupCodes),
    organizerOrganizationId: pick("organizerOrganizationId", input.organizerOrganizationId ?? undefined),
    partnerOrganizationIds:
      input.partnerOrganizationIds === undefined
        ? current.partnerOrganizationIds
        : [...new Set(input.partnerOrganizationIds)],
    workingGroupId: pick("workingGroupId", input.workingGroupId),
    counts: pick("counts", input.counts),
  };
}

/** The names of the fields whose value changed, for the audit trail (values are not personal). */
function changedFields(
  row: ActivityRow,
  before: ActivityDraft,
  after: ActivityDraft,
  input: UpdateActivityInput,
): string[] {
  // Partners are a set: the order they were picked in is no change.
  const norm = (k: keyof ActivityDraft, v: unknown) =>
    JSON.stringify(k === "partnerOrganizationIds" ? [...(v as string[])].sort() : v);
  const fields: string[] = (Object.keys(after) as (keyof ActivityDraft)[]).filter(
    (k) => norm(k, before[k]) !== norm(k, after[k]),
  );
  if (input.title !== undefined && input.title !== row.title) fields.push("title");
  if (input.notes !== undefined && (input.notes ?? null) !== row.notes) fields.push("notes");
  return fields;
}

/**
 * Changes an activity: its organiser's organisation or the secretariat. The merged record is
 * judged by every rule; the clock's rules only when the date or the status changes. With an
 * attendance list, counts sent must agree with it and are not stored (the list is the count).
 */
export async function updateActivity(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  input: UpdateActivityInput,
) {
  const record = await loadActivity(ctx.db, actor, activityId, "update");
  if (input.organizerOrganizationId && input.organizerOrganizationId !== record.organizerOrganizationId) {
    await loadActivity(ctx.db, actor, activityId, "changeOrganizer");
  }
  await ctx.db.transaction(async (tx) => {
    const row = (await findActivityRecord(tx, activityId, { forUpdate: true }))!;
    const before = draftOf(row, await findPartnerIds(tx, activityId));
    let after = mergeDraft(before, input);
    checkShape(after);
    if (after.startsAt.getTime() !== before.startsAt.getTime() || after.status !== before.status) {
      checkTiming(after, ctx.now());
    }
    checkCountsAllowed(after);
    if (row.attendeeCount > 0 && after.counts) {
      checkCountsAgainstList(after.counts, await listedCounts(tx, activityId));
      after = { ...after, counts: null };
    }
    after = await settleReferences(tx, actor, after, before);
    const fields = changedFields(row, before, after, input);
    if (fields.length === 0) return;
    await tx
      .update(preventionActivities)
      .set({
        ...storedValues(after),
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.notes === undefined ? {} : { notes: input.notes }),
        updatedById: actor.userId,
        updatedAt: ctx.now(),
      })
      .where(eq(preventionActivities.id, activityId));
    if (fields.includes("partnerOrganizationIds")) {
      await replacePartners(tx, activityId, after.partnerOrganizationIds);
    }
    await recordAudit(tx, actor, {
      event: "prevention.activity_updated",
      recordType: "prevention_activity",
      recordId: activityId,
      data: {
        fields,
        ...(before.status === after.status ? {} : { status: { from: before.status, to: after.status } }),
      },
    });
  });
  return activityView(ctx, actor, activityId);
}
