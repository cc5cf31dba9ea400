import { and, asc, desc, eq, inArray, lt, ne, sql } from "drizzle-orm";
import {
  type ActionItemStatus,
  activeActionItemStatuses,
  type PullOpenItemsResult,
} from "../../../shared/action-items.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import {
  actionItemAgendaLinks,
  actionItems,
  meetingAgendaItems,
  meetings,
  organizations,
} from "../../db/schema/index.ts";
import { type Locale, translate } from "../../lib/messages.ts";
import { loadMeeting, refuseIfCancelled } from "../meetings/meeting-access.ts";
import type { MeetingRow } from "../meetings/meetings.repository.ts";
import { isSecretariat } from "./action-item.policy.ts";

// Agenda titles take 500 characters; the description is cut to leave room for the prefix.
const TITLE_ROOM = 460;

/**
 * The meeting whose open items the next one reviews: the last earlier meeting of the same
 * series, or, outside a series (or for its first session), the task force's last earlier one.
 * Cancelled meetings decided nothing and are passed over.
 */
async function previousMeeting(db: Db, meeting: MeetingRow) {
  const earlier = and(
    eq(meetings.taskForceId, meeting.taskForceId),
    lt(meetings.startsAt, meeting.startsAt),
    ne(meetings.status, "cancelled"),
  );
  const pick = (where: typeof earlier) =>
    db
      .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
      .from(meetings)
      .where(where)
      .orderBy(desc(meetings.startsAt), desc(meetings.id))
      .limit(1);
  if (meeting.seriesId) {
    const [inSeries] = await pick(and(earlier, eq(meetings.seriesId, meeting.seriesId)));
    if (inSeries) return inSeries;
  }
  const [any] = await pick(earlier);
  return any ?? null;
}

/**
 * "Tarik tindak lanjut terbuka": adds to the meeting's agenda one item per action item still
 * open from the previous meeting, each linked to it, so the minutes record the progress of each.
 * Items already on the agenda are left as they are; running it twice adds nothing.
 */
export async function pullOpenItems(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  // The language the agenda is written in: the one of the person adding to it.
  locale: Locale,
): Promise<PullOpenItemsResult> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    const from = await previousMeeting(tx, meeting);
    if (!from) return { fromMeeting: null, added: 0, alreadyOnAgenda: 0 };
    const open = await tx
      .select({
        id: actionItems.id,
        description: actionItems.description,
        ownerName: sql<string>`coalesce(${organizations.shortName}, ${organizations.name})`,
      })
      .from(actionItems)
      .innerJoin(organizations, eq(organizations.id, actionItems.ownerOrganizationId))
      .where(
        and(eq(actionItems.meetingId, from.id), inArray(actionItems.status, [...activeActionItemStatuses])),
      )
      .orderBy(asc(actionItems.dueOn), asc(actionItems.id));
    const linked = await tx
      .select({ actionItemId: actionItemAgendaLinks.actionItemId })
      .from(actionItemAgendaLinks)
      .where(eq(actionItemAgendaLinks.meetingId, meeting.id));
    const onAgenda = new Set(linked.map((l) => l.actionItemId));
    const toAdd = open.filter((item) => !onAgenda.has(item.id));
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${meetingAgendaItems.position}), 0)::int` })
      .from(meetingAgendaItems)
      .where(eq(meetingAgendaItems.meetingId, meeting.id));
    let position = Number(last?.position ?? 0);
    const now = ctx.now();
    for (const item of toAdd) {
      const description =
        item.description.length > TITLE_ROOM
          ? `${item.description.slice(0, TITLE_ROOM - 1)}…`
          : item.description;
      const [agendaItem] = await tx
        .insert(meetingAgendaItems)
        .values({
          meetingId: meeting.id,
          position: ++position,
          title: translate(locale, "action_item.agenda_title", { description }),
          presenter: item.ownerName,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: meetingAgendaItems.id });
      await tx.insert(actionItemAgendaLinks).values({
        agendaItemId: agendaItem!.id,
        actionItemId: item.id,
        meetingId: meeting.id,
        createdAt: now,
      });
    }
    if (toAdd.length > 0) {
      await tx.update(meetings).set({ updatedAt: now }).where(eq(meetings.id, meeting.id));
      await recordAudit(tx, actor, {
        event: "meeting.action_items_pulled",
        recordType: "meeting",
        recordId: meeting.id,
        data: { fromMeetingId: from.id, actionItemIds: toAdd.map((i) => i.id) },
      });
    }
    return {
      fromMeeting: { id: from.id, title: from.title, startsAt: from.startsAt.toISOString() },
      added: toAdd.length,
      alreadyOnAgenda: open.length - toAdd.length,
    };
  });
}

/**
 * The action items the meeting's agenda reviews, by agenda item. Members other than the
 * secretariat see those of their own organisation, as in every list of action items.
 */
export async function agendaActionItems(ctx: AppContext, actor: UserActor, meetingId: string) {
  const meeting = await loadMeeting(ctx.db, actor, meetingId);
  const rows = await ctx.db
    .select({
      agendaItemId: actionItemAgendaLinks.agendaItemId,
      actionItemId: actionItems.id,
      description: actionItems.description,
      status: actionItems.status,
      dueOn: actionItems.dueOn,
      ownerOrganizationName: organizations.name,
    })
    .from(actionItemAgendaLinks)
    .innerJoin(actionItems, eq(actionItems.id, actionItemAgendaLinks.actionItemId))
    .innerJoin(organizations, eq(organizations.id, actionItems.ownerOrganizationId))
    .innerJoin(meetingAgendaItems, eq(meetingAgendaItems.id, actionItemAgendaLinks.agendaItemId))
    .where(
      and(
        eq(actionItemAgendaLinks.meetingId, meeting.id),
        isSecretariat(actor) ? undefined : eq(actionItems.ownerOrganizationId, actor.organizationId),
      ),
    )
    .orderBy(asc(meetingAgendaItems.position));
  return {
    items: rows.map((r) => ({ ...r, status: r.status as ActionItemStatus })),
  };
}
