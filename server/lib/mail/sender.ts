import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import nodemailer, { type SendMailOptions, type SMTPTransportOptions } from "nodemailer";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { type MailAttachmentRow, mailOutbox } from "../../db/schema/index.ts";

type OutboxRow = typeof mailOutbox.$inferSelect;

/** What the sender needs from a mail transport: nodemailer's sendMail, or a test double of it. */
export type MailTransport = {
  sendMail: (message: SendMailOptions) => Promise<{ messageId?: string }>;
  close: () => void;
};

export type MailSenderOptions = {
  /** How often the queue is looked at when nothing wakes the sender (ms). */
  pollMs?: number;
  /** Messages claimed per round. */
  batchSize?: number;
  log?: { info: (msg: string) => void; warn: (msg: string) => void; error: (msg: string) => void };
};

// A claim lasts longer than any SMTP exchange can (the transport times out well before), so a
// claim that lapses means the process died while sending.
const CLAIM_MS = 10 * 60_000;
const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60_000;
const LAST_RETRY_MS = 6 * 3_600_000;

/** The wait before the next attempt: 1, 2, 4 ... minutes, at most six hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LAST_RETRY_MS);
}

/** The SMTP transport of the configured server, with timeouts shorter than a claim. */
export function smtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as SMTPTransportOptions & { url: string }) as unknown as MailTransport;
}

/**
 * Claims up to `limit` due messages for this process. The CTE locks the rows it picks and skips
 * rows another process has locked (FOR UPDATE SKIP LOCKED); the update marks them "sending" in
 * the same statement, so once it commits no other process can pick them. The CTE is
 * MATERIALIZED: as a plain `id IN (subquery)` PostgreSQL may run the subquery more than once,
 * each time skipping different rows, and claim more than `limit` (or rows it never locked).
 */
export async function claimDueMail(db: Db, now: Date, limit: number): Promise<OutboxRow[]> {
  const claimedUntil = new Date(now.getTime() + CLAIM_MS);
  const ids = await queryRows<{ id: string }>(
    db,
    sql`WITH due AS MATERIALIZED (
          SELECT id FROM mail_outbox
          WHERE status = 'queued' AND next_attempt_at <= ${now}
          ORDER BY next_attempt_at, created_at
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE mail_outbox m
        SET status = 'sending', attempts = m.attempts + 1, claimed_until = ${claimedUntil}, updated_at = ${now}
        FROM due WHERE m.id = due.id
        RETURNING m.id`,
  );
  if (ids.length === 0) return [];
  return db
    .select()
    .from(mailOutbox)
    .where(
      inArray(
        mailOutbox.id,
        ids.map((r) => r.id),
      ),
    )
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.createdAt));
}

/**
 * A message whose claim lapsed was being sent by a process that stopped. The SMTP server may or
 * may not have taken it; sending again could deliver it twice, so it is marked failed with the
 * reason and waits for a person to send it again from the screen that shows it.
 */
export async function releaseLapsedClaims(db: Db, now: Date): Promise<number> {
  const rows = await db
    .update(mailOutbox)
    .set({
      status: "failed",
      claimedUntil: null,
      lastError: "interrupted while sending: delivery unknown",
      updatedAt: now,
    })
    .where(and(eq(mailOutbox.status, "sending"), lt(mailOutbox.claimedUntil, now)))
    .returning({ id: mailOutbox.id });
  return rows.length;
}

function toNodemailer(row: OutboxRow, from: string, messageDomain: string): SendMailOptions {
  const content = (a: MailAttachmentRow) =>
    a.encoding === "base64" ? Buffer.from(a.content, "base64") : a.content;
  const calendar = row.calendarMethod
    ? row.attachments.find((a) => a.contentType.startsWith("text/calendar"))
    : undefined;
  return {
    from,
    to: row.toAddresses,
    subject: row.subject,
    text: row.textBody,
    ...(row.htmlBody ? { html: row.htmlBody } : {}),
    // The same id on every attempt lets a receiving server drop a copy it already has.
    messageId: `<${row.id}@${messageDomain}>`,
    // A calendar invitation travels as the text/calendar alternative (mail programs show
    // accept/decline) and, added by nodemailer, as an invite.ics attachment.
    ...(calendar
      ? { icalEvent: { method: row.calendarMethod!, filename: calendar.filename, content: calendar.content } }
      : {}),
    attachments: row.attachments
      .filter((a) => a !== calendar)
      .map((a) => ({ filename: a.filename, contentType: a.contentType, content: content(a) })),
  };
}

// SMTP 5xx answers are permanent (no such mailbox, refused): trying again cannot help.
function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** Sends one claimed message and records the outcome; never throws. */
async function deliver(db: Db, transport: MailTransport, row: OutboxRow, from: string, now: () => Date) {
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? "gugus.local";
  try {
    const info = await transport.sendMail(toNodemailer(row, from, domain));
    await db
      .update(mailOutbox)
      .set({
        status: "sent",
        sentAt: now(),
        claimedUntil: null,
        lastError: null,
        smtpMessageId: info.messageId ?? null,
        updatedAt: now(),
      })
      .where(eq(mailOutbox.id, row.id));
    return true;
  } catch (err) {
    const giveUp = isPermanent(err) || row.attempts >= MAX_ATTEMPTS;
    const at = now();
    await db
      .update(mailOutbox)
      .set({
        status: giveUp ? "failed" : "queued",
        claimedUntil: null,
        lastError: String((err as Error).message ?? err).slice(0, 1000),
        nextAttemptAt: new Date(at.getTime() + retryDelayMs(row.attempts)),
        updatedAt: at,
      })
      .where(eq(mailOutbox.id, row.id));
    return false;
  }
}

/** One round: release lapsed claims, claim what is due, send it. Answers how many went out. */
export async function sendDueMail(
  ctx: Pick<AppContext, "db" | "config" | "now">,
  transport: MailTransport,
  batchSize = 20,
): Promise<{ sent: number; failed: number }> {
  await releaseLapsedClaims(ctx.db, ctx.now());
  let sent = 0;
  let failed = 0;
  for (;;) {
    const claimed = await claimDueMail(ctx.db, ctx.now(), batchSize);
    if (claimed.length === 0) break;
    for (const row of claimed) {
      if (await deliver(ctx.db, transport, row, ctx.config.mailFrom, ctx.now)) sent++;
      else failed++;
    }
    if (claimed.length < batchSize) break;
  }
  return { sent, failed };
}

export type MailSender = {
  /** Look at the queue now (after a commit that queued mail), instead of at the next poll. */
  wake: () => void;
  /** Finishes the round in progress, then stops; the transport's connections are closed. */
  stop: () => Promise<void>;
};

const senders = new WeakMap<object, MailSender>();

/**
 * Starts the background sender of this process, or nothing when no SMTP server is configured
 * (mail then stays queued, and the screens say it was not sent). Several processes may each run
 * one on PostgreSQL: the claim keeps each message with one of them.
 */
export function startMailSender(
  ctx: AppContext,
  options: MailSenderOptions & { transport?: MailTransport } = {},
): MailSender | null {
  if (!ctx.config.smtpUrl && !options.transport) return null;
  const transport = options.transport ?? smtpTransport(ctx.config.smtpUrl!);
  const pollMs = options.pollMs ?? 30_000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const round = async () => {
    try {
      const { sent, failed } = await sendDueMail(ctx, transport, options.batchSize);
      if (sent + failed > 0) options.log?.info(`mail: ${sent} sent, ${failed} to retry or failed`);
    } catch (err) {
      // The database may be closing or briefly away; the next round tries again.
      options.log?.warn(`mail: round failed: ${(err as Error).message}`);
    }
  };
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    running = (async () => {
      do {
        again = false;
        await round();
      } while (again && !stopped);
    })().finally(() => {
      running = null;
      if (!stopped) timer = setTimeout(run, pollMs);
    });
  };
  const sender: MailSender = {
    wake: run,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      transport.close();
      senders.delete(ctx);
    },
  };
  senders.set(ctx, sender);
  run();
  return sender;
}

/** Wakes this process's sender, if one runs: call after committing a transaction that queued mail. */
export function wakeMailSender(ctx: AppContext): void {
  senders.get(ctx)?.wake();
}

/**
 * Runs the sender with the HTTP server: started when the app is ready (the database is open by
 * then), stopped when it closes, before the database goes.
 */
export function registerMailSender(app: FastifyInstance, ctx: AppContext): void {
  let sender: MailSender | null = null;
  app.addHook("onReady", async () => {
    sender = startMailSender(ctx, { log: app.log });
    if (!sender && ctx.config.demo === false)
      app.log.info("mail: GUGUS_SMTP_URL is not set; invitations and reminders stay queued");
  });
  app.addHook("onClose", async () => {
    await sender?.stop();
  });
}
