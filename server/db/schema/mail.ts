import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { taskForces } from "./reference.ts";

/** One attachment of a queued message, stored as text (an .ics) or base64 (anything else). */
export interface MailAttachmentRow {
  filename: string;
  contentType: string;
  encoding: "utf8" | "base64";
  content: string;
}

/**
 * The mail outbox. Modules queue messages in their own transaction (server/lib/mail/outbox.ts),
 * so a message exists exactly when the change that caused it committed; the sender loop delivers
 * them. The dedupe key is unique, so queueing the same message twice keeps one row. A message is
 * claimed (status "sending") before the SMTP call and marked sent after it, so two server
 * processes never deliver it twice.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuidPk(),
    // Null for messages of the deployment itself; otherwise the task force that caused them.
    taskForceId: uuid("task_force_id").references(() => taskForces.id),
    dedupeKey: text("dedupe_key").notNull(),
    toAddresses: text("to_addresses").array().notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    attachments: jsonb("attachments").$type<MailAttachmentRow[]>().notNull().default([]),
    // An iCalendar METHOD (REQUEST, CANCEL) when the message is a calendar invitation: sent as the
    // text/calendar alternative so mail programs show accept/decline buttons.
    calendarMethod: text("calendar_method"),
    status: text("status").notNull().default("queued"), // queued | sending | sent | failed
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: ts("next_attempt_at").notNull().defaultNow(),
    // While "sending": when the claim lapses (a process that died mid-send).
    claimedUntil: ts("claimed_until"),
    sentAt: ts("sent_at"),
    smtpMessageId: text("smtp_message_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("mail_outbox_dedupe_key").on(t.dedupeKey),
    index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("mail_outbox_task_force_idx").on(t.taskForceId, t.createdAt),
  ],
);
