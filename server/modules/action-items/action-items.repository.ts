import { and, asc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type ActionItemStateFilter, activeActionItemStatuses } from "../../../shared/action-items.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import {
  actionItemAttachments,
  actionItemEvents,
  actionItems,
  meetingDecisions,
  meetingSeries,
  meetings,
  organizations,
  users,
  workPlanProgrammes,
  workPlans,
} from "../../db/schema/index.ts";

const ownerOrg = alias(organizations, "owner_org");
const ownerUser = alias(users, "owner_user");
const creator = alias(users, "creator");

const ACTIVE = sql.raw(`('open', 'in_progress')`);
const EPOCH = sql.raw(`date '2000-01-01'`);

/**
 * The list order: overdue items first (the longest overdue on top), then active items by due
 * date, then done and dropped ones, the latest due first. As a key of three ascending values
 * (bucket, day, id) it pages with one row comparison.
 */
function sortKey(today: string) {
  const bucket = sql<number>`(case when ${actionItems.status} in ${ACTIVE} and ${actionItems.dueOn} < ${today}::date then 0
    when ${actionItems.status} in ${ACTIVE} then 1 else 2 end)`;
  const day = sql<number>`(case when ${actionItems.status} in ${ACTIVE} then ${actionItems.dueOn} - ${EPOCH}
    else ${EPOCH} - ${actionItems.dueOn} end)`;
  return { bucket, day };
}

/** Done by the due date, the completion day read in WIB (a fixed UTC+7, no daylight saving). */
export const doneOnTimeSql = sql`((${actionItems.doneAt} at time zone 'UTC') + interval '7 hours')::date <= ${actionItems.dueOn}`;

function selection(today: string) {
  const { bucket, day } = sortKey(today);
  return {
    item: actionItems,
    ownerOrganization: { id: ownerOrg.id, name: ownerOrg.name, shortName: ownerOrg.shortName },
    ownerUserName: ownerUser.name,
    createdByName: creator.name,
    meetingTitle: meetings.title,
    meetingStartsAt: meetings.startsAt,
    seriesTitle: meetingSeries.title,
    decisionNumber: meetingDecisions.number,
    decisionText: meetingDecisions.text,
    programmeTitle: workPlanProgrammes.title,
    programmeYear: workPlans.year,
    updateCount: sql<number>`(select count(*)::int from ${actionItemEvents} e
      where e.action_item_id = ${actionItems.id} and e.kind = 'report')`,
    lastUpdateAt: sql<string | Date | null>`(select max(e.created_at) from ${actionItemEvents} e
      where e.action_item_id = ${actionItems.id} and e.kind = 'report')`,
    doneOnTime: sql<boolean | null>`case when ${actionItems.status} = 'done' then ${doneOnTimeSql} end`,
    bucket,
    day,
  };
}

function selectItems(db: Db, today: string) {
  return db
    .select(selection(today))
    .from(actionItems)
    .innerJoin(ownerOrg, eq(ownerOrg.id, actionItems.ownerOrganizationId))
    .leftJoin(ownerUser, eq(ownerUser.id, actionItems.ownerUserId))
    .leftJoin(creator, eq(creator.id, actionItems.createdById))
    .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .leftJoin(meetingDecisions, eq(meetingDecisions.id, actionItems.decisionId))
    .leftJoin(workPlanProgrammes, eq(workPlanProgrammes.id, actionItems.programmeId))
    .leftJoin(workPlans, eq(workPlans.id, workPlanProgrammes.planId));
}

export type ActionItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>["execute"]>>[number];

export type ItemFilters = {
  organizationId?: string;
  meetingId?: string;
  programmeId?: string;
  dueFrom?: string;
  dueTo?: string;
};

function filtersWhere(f: ItemFilters): (SQL | undefined)[] {
  return [
    f.organizationId ? eq(actionItems.ownerOrganizationId, f.organizationId) : undefined,
    f.meetingId ? eq(actionItems.meetingId, f.meetingId) : undefined,
    f.programmeId ? eq(actionItems.programmeId, f.programmeId) : undefined,
    f.dueFrom ? gte(actionItems.dueOn, f.dueFrom) : undefined,
    f.dueTo ? lte(actionItems.dueOn, f.dueTo) : undefined,
  ];
}

function stateWhere(state: ActionItemStateFilter | undefined, today: string): SQL | undefined {
  switch (state) {
    case undefined:
      return undefined;
    case "active":
      return inArray(actionItems.status, [...activeActionItemStatuses]);
    case "overdue":
      return and(
        inArray(actionItems.status, [...activeActionItemStatuses]),
        sql`${actionItems.dueOn} < ${today}::date`,
      );
    default:
      return eq(actionItems.status, state);
  }
}

/** One page of items in list order, after the cursor's key (bucket, day, id). */
export async function findItemPage(
  db: Db,
  input: {
    visible: SQL;
    today: string;
    state?: ActionItemStateFilter;
    filters: ItemFilters;
    after: [number, number, string] | null;
    limit: number;
  },
) {
  const { bucket, day } = sortKey(input.today);
  return selectItems(db, input.today)
    .where(
      and(
        input.visible,
        stateWhere(input.state, input.today),
        ...filtersWhere(input.filters),
        input.after
          ? sql`(${bucket}, ${day}, ${actionItems.id}) > (${input.after[0]}, ${input.after[1]}, ${input.after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(bucket, day, asc(actionItems.id))
    .limit(input.limit + 1);
}

/** Active and overdue items over the list's scope and filters, whatever state is being shown. */
export async function countTotals(db: Db, visible: SQL, filters: ItemFilters, today: string) {
  const [row] = await db
    .select({
      active: sql<number>`count(*) filter (where ${actionItems.status} in ${ACTIVE})::int`,
      overdue: sql<number>`count(*) filter (where ${actionItems.status} in ${ACTIVE} and ${actionItems.dueOn} < ${today}::date)::int`,
    })
    .from(actionItems)
    .where(and(visible, ...filtersWhere(filters)));
  return { active: Number(row?.active ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/** One item with everything a list row shows, whoever may see it (the caller checks). */
export async function findItem(db: Db, id: string, today: string) {
  const [row] = await selectItems(db, today).where(eq(actionItems.id, id));
  return row;
}

/** The bare row, locked for the rest of the transaction: reports and edits queue up on it. */
export async function lockItem(tx: Db, id: string) {
  const [row] = await tx.select().from(actionItems).where(eq(actionItems.id, id)).for("update");
  return row;
}

/** The item's history, oldest first, with who wrote each entry and the files sent with it. */
export async function findEvents(db: Db, itemId: string) {
  const events = await db
    .select({
      event: actionItemEvents,
      authorName: users.name,
      authorOrganizationName: organizations.name,
    })
    .from(actionItemEvents)
    .leftJoin(users, eq(users.id, actionItemEvents.authorId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(actionItemEvents.actionItemId, itemId))
    .orderBy(asc(actionItemEvents.seq));
  const files = await db
    .select({
      id: actionItemAttachments.id,
      eventId: actionItemAttachments.eventId,
      fileNameEnc: actionItemAttachments.fileNameEnc,
      mimeType: actionItemAttachments.mimeType,
      sizeBytes: actionItemAttachments.sizeBytes,
    })
    .from(actionItemAttachments)
    .where(eq(actionItemAttachments.actionItemId, itemId))
    .orderBy(asc(actionItemAttachments.createdAt), asc(actionItemAttachments.id));
  return { events, files };
}

export type EventRows = Awaited<ReturnType<typeof findEvents>>;

/** A report's file, sealed, only when it belongs to the item. */
export async function findAttachment(db: Db, itemId: string, attachmentId: string) {
  const [row] = await db
    .select()
    .from(actionItemAttachments)
    .where(and(eq(actionItemAttachments.id, attachmentId), eq(actionItemAttachments.actionItemId, itemId)));
  return row;
}

/**
 * Per owner organisation: open, in progress, overdue, done (and on time), dropped. Overdue items
 * lead, then the organisations with most work open.
 */
export async function summaryByOrganization(
  db: Db,
  input: {
    taskForceId: string;
    organizationId: string | null;
    dueFrom?: string;
    dueTo?: string;
    today: string;
  },
) {
  const rows = await queryRows<{
    id: string;
    name: string;
    short_name: string | null;
    open: number;
    in_progress: number;
    overdue: number;
    done: number;
    done_on_time: number;
    dropped: number;
  }>(
    db,
    sql`select o.id, o.name, o.short_name,
          count(*) filter (where a.status = 'open')::int as open,
          count(*) filter (where a.status = 'in_progress')::int as in_progress,
          count(*) filter (where a.status in ${ACTIVE} and a.due_on < ${input.today}::date)::int as overdue,
          count(*) filter (where a.status = 'done')::int as done,
          count(*) filter (where a.status = 'done'
            and ((a.done_at at time zone 'UTC') + interval '7 hours')::date <= a.due_on)::int as done_on_time,
          count(*) filter (where a.status = 'dropped')::int as dropped
        from action_items a
        join organizations o on o.id = a.owner_organization_id
        where a.task_force_id = ${input.taskForceId}
          ${input.organizationId ? sql`and a.owner_organization_id = ${input.organizationId}` : sql``}
          ${input.dueFrom ? sql`and a.due_on >= ${input.dueFrom}::date` : sql``}
          ${input.dueTo ? sql`and a.due_on <= ${input.dueTo}::date` : sql``}
        group by o.id, o.name, o.short_name
        order by overdue desc, (count(*) filter (where a.status in ${ACTIVE})) desc, o.name, o.id`,
  );
  return rows.map((r) => ({
    organization: { id: r.id, name: r.name, shortName: r.short_name },
    open: Number(r.open),
    inProgress: Number(r.in_progress),
    overdue: Number(r.overdue),
    done: Number(r.done),
    doneOnTime: Number(r.done_on_time),
    dropped: Number(r.dropped),
  }));
}
