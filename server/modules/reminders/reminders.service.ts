import { sql } from "drizzle-orm";
import type { ActionItemStatus } from "../../../shared/action-items.ts";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { actionItemReminders } from "../../db/schema/index.ts";
import { queueMail } from "../../lib/mail/outbox.ts";
import type { Locale } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { addNotifications, itemRecipients, type Recipient } from "./notifications.repository.ts";
import { type ReminderItem, type ReminderKind, reminderText } from "./reminder-mail.ts";

/**
 * Reminders of action items, computed from the database alone, so any process may run a pass at
 * any time and a restart loses nothing:
 *
 * - due soon: once per due date, from `daysBefore` days before it until the day itself;
 * - overdue: on the day after the due date, then every seventh day while the item stays open.
 *
 * A reminder is the row (item, kind, day) in action_item_reminders. Whoever inserts it first
 * makes its notifications and queues its mail in the same transaction; the unique key turns
 * every other attempt (a second process, a pass run twice, a pass after a restart) into nothing.
 * A process that was down for weeks sends the reminder of the current week, not a backlog.
 */

type Candidate = {
  id: string;
  task_force_id: string;
  description: string;
  due_on: string;
  status: ActionItemStatus;
  owner_organization_id: string;
  owner_user_id: string | null;
  owner_name: string | null;
  owner_user_name: string | null;
  organization_name: string;
  organization_email: string | null;
  meeting_title: string | null;
  meeting_starts_at: string | Date | null;
  kind: ReminderKind;
  remind_on: string;
  days: number;
};

const BATCH = 200;
// A pass never loops forever: each round turns its candidates into reminders or finds them gone.
const MAX_ROUNDS = 100;

/** Active items owed a reminder today that nobody has given yet, soonest due first. */
async function dueReminders(db: Db, today: string, daysBefore: number): Promise<Candidate[]> {
  return queryRows<Candidate>(
    db,
    sql`with owed as (
          select a.*,
            case when a.due_on < ${today}::date then 'overdue' else 'due_soon' end as kind,
            case when a.due_on < ${today}::date
              then a.due_on + 1 + 7 * ((${today}::date - a.due_on - 1) / 7)
              else a.due_on end as remind_on,
            abs(${today}::date - a.due_on) as days
          from action_items a
          where a.status in ('open', 'in_progress')
            and (a.due_on < ${today}::date or (${daysBefore} > 0 and a.due_on <= ${today}::date + ${daysBefore}::int))
        )
        select o.id, o.task_force_id, o.description, o.due_on::text as due_on, o.status,
          o.owner_organization_id, o.owner_user_id, o.owner_name, u.name as owner_user_name,
          org.name as organization_name, org.email as organization_email,
          m.title as meeting_title, m.starts_at as meeting_starts_at,
          o.kind, o.remind_on::text as remind_on, o.days
        from owed o
        join organizations org on org.id = o.owner_organization_id
        left join users u on u.id = o.owner_user_id
        left join meetings m on m.id = o.meeting_id
        where not exists (
          select 1 from action_item_reminders r
          where r.action_item_id = o.id and r.kind = o.kind and r.remind_on = o.remind_on)
        order by o.due_on, o.id
        limit ${BATCH}`,
  );
}

/**
 * Claims the reminder: inserts its row only while the item is still active with that due date.
 * Answers false when another process claimed it first or the item changed since it was read.
 */
async function claim(tx: Db, c: Candidate, now: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`insert into action_item_reminders (action_item_id, kind, remind_on, due_on, created_at)
        select a.id, ${c.kind}, ${c.remind_on}::date, a.due_on, ${now.toISOString()}::timestamptz
        from action_items a
        where a.id = ${c.id} and a.status in ('open', 'in_progress') and a.due_on = ${c.due_on}::date
        on conflict (action_item_id, kind, remind_on) do nothing
        returning id`,
  );
  return rows.length > 0;
}

/** One message per language, to every member of that language, or the organisation's address. */
function mailGroups(c: Candidate, recipients: readonly Recipient[]): Map<Locale, string[]> {
  const groups = new Map<Locale, string[]>();
  for (const r of recipients) groups.set(r.locale, [...(groups.get(r.locale) ?? []), r.email]);
  if (groups.size === 0 && c.organization_email) groups.set("id", [c.organization_email]);
  return groups;
}

async function giveReminder(ctx: AppContext, c: Candidate) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    if (!(await claim(tx, c, now))) return null;
    const key = `action-item:${c.id}:${c.kind}:${c.remind_on}`;
    const recipients = await itemRecipients(tx, c.owner_organization_id, c.owner_user_id);
    const kind = c.kind === "overdue" ? "action_item_overdue" : "action_item_due_soon";
    const notified = await addNotifications(
      tx,
      recipients.map((r) => ({
        userId: r.id,
        kind,
        actionItemId: c.id,
        dedupeKey: `${key}:${r.id}`,
        data: { description: c.description, dueOn: c.due_on, days: Number(c.days) },
      })),
      now,
    );
    const item: ReminderItem = {
      id: c.id,
      description: c.description,
      dueOn: c.due_on,
      status: c.status,
      organizationName: c.organization_name,
      ownerPerson: c.owner_user_name ?? c.owner_name,
      meetingTitle: c.meeting_title,
      meetingStartsAt: c.meeting_starts_at ? new Date(c.meeting_starts_at) : null,
    };
    const groups = mailGroups(c, recipients);
    const mailed: string[] = [];
    for (const [locale, to] of groups) {
      const { subject, text } = reminderText(ctx.config, item, c.kind, Number(c.days), locale);
      await queueMail(
        tx,
        { dedupeKey: `${key}:${locale}`, to, subject, text, taskForceId: c.task_force_id },
        now,
      );
      mailed.push(...to);
    }
    if (mailed.length > 0) {
      await tx
        .update(actionItemReminders)
        .set({ recipients: mailed })
        .where(
          sql`${actionItemReminders.actionItemId} = ${c.id} and ${actionItemReminders.kind} = ${c.kind}
              and ${actionItemReminders.remindOn} = ${c.remind_on}::date`,
        );
    }
    return { notified, mails: groups.size };
  });
}

export type ReminderPassResult = { reminders: number; notifications: number; mails: number };

/** One pass over every task force: gives each reminder owed today that nobody has given yet. */
export async function runReminderPass(ctx: AppContext): Promise<ReminderPassResult> {
  const today = wibDate(ctx.now());
  const result: ReminderPassResult = { reminders: 0, notifications: 0, mails: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const candidates = await dueReminders(ctx.db, today, ctx.config.reminderDaysBefore);
    for (const c of candidates) {
      const given = await giveReminder(ctx, c);
      if (!given) continue;
      result.reminders++;
      result.notifications += given.notified;
      result.mails += given.mails;
    }
    if (candidates.length < BATCH) break;
  }
  return result;
}
