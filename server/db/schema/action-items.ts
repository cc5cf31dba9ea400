import { sql } from "drizzle-orm";
import { bigint, date, index, jsonb, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./cases.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { meetingAgendaItems, meetingDecisions, meetings } from "./coordination.ts";
import { organizations } from "./organizations.ts";
import { taskForces } from "./reference.ts";
import { users } from "./users.ts";
import { workPlanProgrammes } from "./work-plans.ts";

/**
 * Tindak lanjut: a task for one member organisation, by a date, from a meeting (and decision), a
 * work-plan programme, or neither. The organisation's members report on it; every report and
 * status change is a row of action_item_events.
 */
export const actionItems = pgTable(
  "action_items",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    description: text("description").notNull(),
    ownerOrganizationId: uuid("owner_organization_id")
      .notNull()
      .references(() => organizations.id),
    // The person responsible: a user of the organisation, or a name (not both).
    ownerUserId: uuid("owner_user_id").references(() => users.id),
    ownerName: text("owner_name"),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    meetingId: uuid("meeting_id").references(() => meetings.id),
    decisionId: uuid("decision_id").references(() => meetingDecisions.id),
    programmeId: uuid("programme_id").references(() => workPlanProgrammes.id),
    status: text("status").notNull().default("open"), // open | in_progress | done | dropped
    dropReason: text("drop_reason"),
    doneAt: ts("done_at"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The secretariat's list and the reminder pass: active items of a task force by due date.
    index("action_items_task_force_status_due_idx").on(t.taskForceId, t.status, t.dueOn),
    // "My action items": one organisation's items by due date.
    index("action_items_owner_status_due_idx").on(t.ownerOrganizationId, t.status, t.dueOn),
    index("action_items_owner_user_idx").on(t.ownerUserId),
    index("action_items_meeting_idx").on(t.meetingId),
    index("action_items_decision_idx").on(t.decisionId),
    index("action_items_programme_idx").on(t.programmeId),
    index("action_items_created_by_idx").on(t.createdById),
  ],
);

/**
 * The history of an item: its creation, each report by the owner (a note, a status change, or
 * both) and each edit by the secretariat (`fields` names what changed). Append-only.
 */
export const actionItemEvents = pgTable(
  "action_item_events",
  {
    id: uuidPk(),
    // The order entries were written in, even when two share a timestamp.
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    actionItemId: uuid("action_item_id")
      .notNull()
      .references(() => actionItems.id),
    kind: text("kind").notNull(), // created | report | edited
    note: text("note"),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    reason: text("reason"),
    fields: text("fields").array().notNull().default(sql`'{}'::text[]`),
    authorId: uuid("author_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("action_item_events_item_idx").on(t.actionItemId, t.seq),
    index("action_item_events_author_idx").on(t.authorId),
  ],
);

/** Files sent with a report (photos, a signed letter); name and bytes encrypted like case documents. */
export const actionItemAttachments = pgTable(
  "action_item_attachments",
  {
    id: uuidPk(),
    actionItemId: uuid("action_item_id")
      .notNull()
      .references(() => actionItems.id),
    eventId: uuid("event_id")
      .notNull()
      .references(() => actionItemEvents.id),
    fileNameEnc: text("file_name_enc").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    contentEnc: bytea("content_enc").notNull(),
    uploadedById: uuid("uploaded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("action_item_attachments_item_idx").on(t.actionItemId),
    index("action_item_attachments_event_idx").on(t.eventId),
    index("action_item_attachments_uploaded_by_idx").on(t.uploadedById),
  ],
);

/**
 * An agenda item of a meeting that reviews an action item ("Tarik tindak lanjut terbuka"). The
 * link goes with the agenda item when the meetings module removes it from the agenda.
 */
export const actionItemAgendaLinks = pgTable(
  "action_item_agenda_links",
  {
    agendaItemId: uuid("agenda_item_id")
      .primaryKey()
      .references(() => meetingAgendaItems.id, { onDelete: "cascade" }),
    actionItemId: uuid("action_item_id")
      .notNull()
      .references(() => actionItems.id),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique("action_item_agenda_links_meeting_item_key").on(t.meetingId, t.actionItemId),
    index("action_item_agenda_links_item_idx").on(t.actionItemId),
  ],
);

/**
 * Reminders given, one row each. The unique key (item, kind, date) is what makes a reminder go
 * out once: whichever process inserts the row first sends it, in the same transaction; any other
 * (a second server, a restart, a pass run twice) finds the row and does nothing.
 */
export const actionItemReminders = pgTable(
  "action_item_reminders",
  {
    id: uuidPk(),
    actionItemId: uuid("action_item_id")
      .notNull()
      .references(() => actionItems.id),
    kind: text("kind").notNull(), // due_soon | overdue
    // due_soon: the due date it announces; overdue: the day it became due (the day after the
    // due date, then every seventh day).
    remindOn: date("remind_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    // The addresses mailed (one message per language, dedupe key action-item:<id>:<kind>:<date>:<lang>).
    recipients: text("recipients").array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [unique("action_item_reminders_key").on(t.actionItemId, t.kind, t.remindOn)],
);

/**
 * In-app notifications per user (the bell). `dedupeKey` is unique: a notification is made once
 * whoever makes it. `data` holds what the message names as it was then (description, due date,
 * days), so the text can be written in whatever language the reader uses.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuidPk(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    actionItemId: uuid("action_item_id").references(() => actionItems.id),
    dedupeKey: text("dedupe_key").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    readAt: ts("read_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notifications_dedupe_key").on(t.dedupeKey),
    index("notifications_user_idx").on(t.userId, t.createdAt, t.id),
    index("notifications_user_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    index("notifications_action_item_idx").on(t.actionItemId),
  ],
);
