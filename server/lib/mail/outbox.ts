import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { type MailAttachmentRow, mailOutbox } from "../../db/schema/index.ts";

export type MailAttachment = {
  filename: string;
  contentType: string;
  /** Text (an .ics, a CSV) is stored as is; bytes are stored base64. */
  content: string | Buffer;
};

export type QueuedMail = {
  /**
   * Names the message so that queueing it again keeps one row: e.g. `meeting:<id>:invite:<inv>:3`
   * (the invitation at iCalendar sequence 3). Include whatever makes a new message necessary.
   */
  dedupeKey: string;
  to: string | readonly string[];
  subject: string;
  text: string;
  html?: string | null;
  attachments?: readonly MailAttachment[];
  /** A calendar invitation: the METHOD of the .ics, sent as the text/calendar alternative too. */
  calendarMethod?: "REQUEST" | "CANCEL" | null;
  taskForceId?: string | null;
};

export type MailStatus = "queued" | "sending" | "sent" | "failed";

function attachmentRow(a: MailAttachment): MailAttachmentRow {
  return typeof a.content === "string"
    ? { filename: a.filename, contentType: a.contentType, encoding: "utf8", content: a.content }
    : {
        filename: a.filename,
        contentType: a.contentType,
        encoding: "base64",
        content: a.content.toString("base64"),
      };
}

/**
 * Queues a message in the caller's transaction, so it exists exactly when the change that caused
 * it commits. Queueing the same dedupe key again changes nothing and answers the existing row's
 * id: retried requests and repeated reminders never make a second message.
 */
export async function queueMail(tx: Db, mail: QueuedMail, now = new Date()): Promise<string> {
  const to = typeof mail.to === "string" ? [mail.to] : [...mail.to];
  if (to.length === 0) throw new Error("queueMail: a message needs at least one recipient");
  const [inserted] = await tx
    .insert(mailOutbox)
    .values({
      taskForceId: mail.taskForceId ?? null,
      dedupeKey: mail.dedupeKey,
      toAddresses: to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      attachments: (mail.attachments ?? []).map(attachmentRow),
      calendarMethod: mail.calendarMethod ?? null,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  if (inserted) return inserted.id;
  const [existing] = await tx
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(eq(mailOutbox.dedupeKey, mail.dedupeKey));
  return existing!.id;
}

/** The state of queued messages by id, for screens that show whether a mail went out. */
export async function mailStates(db: Db, ids: readonly string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map<string, MailState>();
  const rows = await db
    .select({
      id: mailOutbox.id,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      sentAt: mailOutbox.sentAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
    })
    .from(mailOutbox)
    .where(inArray(mailOutbox.id, wanted));
  return new Map(rows.map((r) => [r.id, { ...r, status: r.status as MailStatus }]));
}
export type MailState = {
  id: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  nextAttemptAt: Date;
};

/**
 * Puts a failed message back in the queue (someone asked to send it again). A message that was
 * sent, or is being sent, is left alone: asking twice never sends twice.
 */
export async function requeueMail(tx: Db, id: string, now = new Date()): Promise<boolean> {
  const rows = await tx
    .update(mailOutbox)
    .set({ status: "queued", nextAttemptAt: now, claimedUntil: null, updatedAt: now })
    .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, ["failed", "queued"])))
    .returning({ id: mailOutbox.id });
  return rows.length > 0;
}
