import { eq } from "drizzle-orm";
import {
  type ActionItemPage,
  type ActionItemStatus,
  type CreateActionItemInput,
  isActiveStatus,
  type ListActionItemsQuery,
  type OrganizationSummaryDto,
  type UpdateActionItemInput,
} from "../../../shared/action-items.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { actionItemEvents, actionItems } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError, notFound } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { addNotifications, itemRecipients } from "../reminders/notifications.repository.ts";
import { canSee, isSecretariat, visibleItemsWhere } from "./action-item.policy.ts";
import { checkItemReferences } from "./action-item-checks.ts";
import { fileNameOf } from "./action-item-files.ts";
import { presentActionItem, presentDetail, presentEvents } from "./action-items.presenter.ts";
import {
  countTotals,
  findEvents,
  findItem,
  findItemPage,
  lockItem,
  summaryByOrganization,
} from "./action-items.repository.ts";
import { invalidCursor, isUuid } from "./cursor-values.ts";

/** The cursor of a list page: (bucket, day, id) as the list sorts. */
function afterOf(cursor: string | undefined): [number, number, string] | null {
  const values = decodeCursor(cursor, 3);
  if (!values) return null;
  const [bucket, day, id] = values;
  if (typeof bucket === "number" && typeof day === "number" && isUuid(id)) return [bucket, day, id];
  throw invalidCursor();
}

/**
 * "My action items" (the caller's organisation) or, for the secretariat, every item of the task
 * force: overdue first, then by due date, done and dropped last.
 */
export async function listActionItems(
  ctx: AppContext,
  actor: UserActor,
  query: ListActionItemsQuery,
): Promise<ActionItemPage> {
  const today = wibDate(ctx.now());
  const { where, scope } = visibleItemsWhere(actor, query.scope);
  const filters = {
    organizationId: query.organizationId,
    meetingId: query.meetingId,
    programmeId: query.programmeId,
    dueFrom: query.dueFrom,
    dueTo: query.dueTo,
  };
  const rows = await findItemPage(ctx.db, {
    visible: where,
    today,
    state: query.state,
    filters,
    after: afterOf(query.cursor),
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (r) => [Number(r.bucket), Number(r.day), r.item.id]);
  const totals = await countTotals(ctx.db, where, filters, today);
  return {
    items: page.items.map((row) => presentActionItem(row, actor, today)),
    nextCursor: page.nextCursor,
    totals,
    scope,
    today,
  };
}

/** One item the caller reaches, with its history; another organisation's item is a 404. */
export async function getActionItem(ctx: AppContext, actor: UserActor, id: string) {
  const today = wibDate(ctx.now());
  const row = await findItem(ctx.db, id, today);
  if (!row || !canSee(actor, row.item)) throw notFound();
  const history = presentEvents(await findEvents(ctx.db, id), (fileId, sealed) =>
    fileNameOf(ctx, fileId, sealed),
  );
  return presentDetail(row, actor, today, history);
}

/** Tells the owner organisation's members in the app that an item is now theirs. */
async function notifyAssigned(
  tx: Db,
  ctx: AppContext,
  actor: UserActor,
  item: {
    id: string;
    ownerOrganizationId: string;
    ownerUserId: string | null;
    description: string;
    dueOn: string;
  },
) {
  const recipients = await itemRecipients(tx, item.ownerOrganizationId, item.ownerUserId);
  await addNotifications(
    tx,
    recipients
      .filter((r) => r.id !== actor.userId)
      .map((r) => ({
        userId: r.id,
        kind: "action_item_assigned" as const,
        actionItemId: item.id,
        dedupeKey: `action-item:${item.id}:assigned:${item.ownerOrganizationId}:${r.id}`,
        data: { description: item.description, dueOn: item.dueOn, days: null },
      })),
    ctx.now(),
  );
}

/** Records an action item (from a meeting's minutes, a programme, or on its own). */
export async function createActionItem(ctx: AppContext, actor: UserActor, input: CreateActionItemInput) {
  const today = wibDate(ctx.now());
  const values = {
    description: input.description,
    ownerOrganizationId: input.ownerOrganizationId,
    ownerUserId: input.ownerUserId ?? null,
    ownerName: input.ownerName ?? null,
    dueOn: input.dueOn,
    meetingId: input.meetingId ?? null,
    decisionId: input.decisionId ?? null,
    programmeId: input.programmeId ?? null,
  };
  const id = await ctx.db.transaction(async (tx) => {
    await checkItemReferences(tx, actor, values, today, true);
    const [row] = await tx
      .insert(actionItems)
      .values({
        ...values,
        taskForceId: actor.taskForceId,
        createdById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning({ id: actionItems.id });
    const itemId = row!.id;
    await tx.insert(actionItemEvents).values({
      actionItemId: itemId,
      kind: "created",
      toStatus: "open",
      authorId: actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      event: "action_item.created",
      recordType: "action_item",
      recordId: itemId,
      data: {
        ownerOrganizationId: values.ownerOrganizationId,
        ownerUserId: values.ownerUserId,
        ownerNamed: values.ownerName !== null,
        dueOn: values.dueOn,
        meetingId: values.meetingId,
        decisionId: values.decisionId,
        programmeId: values.programmeId,
      },
    });
    await notifyAssigned(tx, ctx, actor, { ...values, id: itemId });
    return itemId;
  });
  return getActionItem(ctx, actor, id);
}

type EditableField =
  | "description"
  | "ownerOrganizationId"
  | "ownerUserId"
  | "ownerName"
  | "dueOn"
  | "decisionId"
  | "programmeId";
const editableFields: readonly EditableField[] = [
  "description",
  "ownerOrganizationId",
  "ownerUserId",
  "ownerName",
  "dueOn",
  "decisionId",
  "programmeId",
];

/**
 * The secretariat corrects an active item: what it asks, who owns it, by when, which decision or
 * programme it serves. A new owner organisation drops the person named for the old one.
 */
export async function editActionItem(
  ctx: AppContext,
  actor: UserActor,
  id: string,
  input: UpdateActionItemInput,
) {
  const today = wibDate(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const before = await lockItem(tx, id);
    if (!before || !canSee(actor, before)) throw notFound();
    if (!isActiveStatus(before.status as ActionItemStatus))
      throw new AppError("conflict", "action_item.closed");
    const next = { ...before };
    for (const field of editableFields) {
      const value = input[field];
      if (value !== undefined) (next as Record<string, unknown>)[field] = value;
    }
    const orgChanged = next.ownerOrganizationId !== before.ownerOrganizationId;
    if (orgChanged) {
      next.ownerUserId = input.ownerUserId ?? null;
      next.ownerName = input.ownerName ?? null;
    }
    // One person at a time: naming a user clears a typed name, and the other way round.
    if (input.ownerUserId) next.ownerName = null;
    if (input.ownerName) next.ownerUserId = null;
    const changed = editableFields.filter((f) => next[f] !== before[f]);
    if (changed.length === 0) return;
    await checkItemReferences(
      tx,
      actor,
      {
        ownerOrganizationId: next.ownerOrganizationId,
        ownerUserId: next.ownerUserId,
        meetingId: before.meetingId,
        decisionId: next.decisionId,
        programmeId: next.programmeId,
        dueOn: next.dueOn,
      },
      today,
      false,
    );
    await tx
      .update(actionItems)
      .set({ ...Object.fromEntries(changed.map((f) => [f, next[f]])), updatedAt: ctx.now() })
      .where(eq(actionItems.id, id));
    await tx.insert(actionItemEvents).values({
      actionItemId: id,
      kind: "edited",
      fields: changed,
      authorId: actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      event: "action_item.edited",
      recordType: "action_item",
      recordId: id,
      data: { changes: Object.fromEntries(changed.map((f) => [f, { from: before[f], to: next[f] }])) },
    });
    if (orgChanged) await notifyAssigned(tx, ctx, actor, next);
  });
  return getActionItem(ctx, actor, id);
}

/**
 * How each organisation's items stand: the secretariat sees every owner organisation, anyone
 * else only their own.
 */
export async function organizationSummary(
  ctx: AppContext,
  actor: UserActor,
  query: { dueFrom?: string; dueTo?: string },
): Promise<OrganizationSummaryDto> {
  const today = wibDate(ctx.now());
  const rows = await summaryByOrganization(ctx.db, {
    taskForceId: actor.taskForceId,
    organizationId: isSecretariat(actor) ? null : actor.organizationId,
    dueFrom: query.dueFrom,
    dueTo: query.dueTo,
    today,
  });
  return {
    rows: rows.map((r) => ({ ...r, onTimeRate: r.done > 0 ? r.doneOnTime / r.done : null })),
    today,
  };
}
