import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "../../db/schema/index.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { buildCalendar, type CalendarEvent, escapeText, foldLine } from "./icalendar.ts";
import { queueMail } from "./outbox.ts";
import { claimDueMail, releaseLapsedClaims, retryDelayMs, sendDueMail, smtpTransport } from "./sender.ts";
import {
  decodedBody,
  flattenParts,
  freePort,
  icsEvents,
  parseIcs,
  parseMime,
  startSmtpServer,
  waitFor,
} from "./test-support.ts";

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: "rapat-1@gugus.local",
  sequence: 2,
  stamp: new Date("2024-05-10T01:02:03Z"),
  start: new Date("2024-05-15T02:00:00Z"),
  end: new Date("2024-05-15T05:00:00Z"),
  summary: "Penguatan Gugus Tugas TPPO; sesi 1, Jakarta Pusat",
  description: "Agenda:\n1. Pembukaan\\sambutan\n2. Paparan, diskusi; tanya jawab",
  location: "Ruang Rapat Wali Kota, Blok A Lt. 3",
  url: "https://zoom.example/j/123",
  status: "CONFIRMED",
  organizer: { name: "Sekretariat GT: PP-TPPO", email: "gugus@jakarta.go.id" },
  attendees: [{ name: 'Kepala "Sudin" Sosial', email: "sosial@jakarta.go.id" }],
  ...overrides,
});

describe("the iCalendar writer", () => {
  it("writes a VEVENT that reads back field for field, escaped", () => {
    const text = buildCalendar([event()], { method: "REQUEST" });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const { properties } = parseIcs(text);
    const top = Object.fromEntries(properties.slice(0, 5).map((p) => [p.name, p.value]));
    expect(top).toEqual({
      BEGIN: "VCALENDAR",
      VERSION: "2.0",
      PRODID: "-//Gugus//Gugus Tugas PP-TPPO//ID",
      CALSCALE: "GREGORIAN",
      METHOD: "REQUEST",
    });
    const [vevent] = icsEvents(properties);
    expect(vevent!.get("UID")?.value).toBe("rapat-1@gugus.local");
    expect(vevent!.get("SEQUENCE")?.value).toBe("2");
    expect(vevent!.get("DTSTAMP")?.value).toBe("20240510T010203Z");
    expect(vevent!.get("DTSTART")?.value).toBe("20240515T020000Z");
    expect(vevent!.get("DTEND")?.value).toBe("20240515T050000Z");
    expect(vevent!.get("SUMMARY")?.value).toBe(event().summary);
    expect(vevent!.get("DESCRIPTION")?.value).toBe(event().description);
    expect(vevent!.get("LOCATION")?.value).toBe(event().location);
    expect(vevent!.get("STATUS")?.value).toBe("CONFIRMED");
    // The raw lines show the escapes themselves.
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Penguatan Gugus Tugas TPPO\\; sesi 1\\, Jakarta Pusat");
    expect(unfolded).toContain("DESCRIPTION:Agenda:\\n1. Pembukaan\\\\sambutan\\n");
    // A parameter value with ":" is quoted; a double quote, which it may not hold, is replaced.
    expect(vevent!.get("ORGANIZER")).toEqual({
      name: "ORGANIZER",
      params: { CN: "Sekretariat GT: PP-TPPO" },
      value: "mailto:gugus@jakarta.go.id",
    });
    expect(vevent!.get("ATTENDEE")?.params).toMatchObject({
      CN: "Kepala 'Sudin' Sosial",
      PARTSTAT: "NEEDS-ACTION",
    });
    expect(vevent!.get("ATTENDEE")?.value).toBe("mailto:sosial@jakarta.go.id");
  });

  it("folds every line to at most 75 octets without splitting a character", () => {
    const long = `Rapat koordinasi — ${"pencegahan perdagangan orang, ".repeat(8)}ü€😀`;
    const text = buildCalendar([event({ summary: long, description: `ééé ${long}` })]);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const [vevent] = icsEvents(parseIcs(text).properties);
    expect(vevent!.get("SUMMARY")?.value).toBe(long);
    expect(vevent!.get("DESCRIPTION")?.value).toBe(`ééé ${long}`);
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76)).split("\r\n ")).toEqual(["x".repeat(75), "x"]);
    // A three-byte character at the boundary moves whole to the next line.
    const folded = foldLine(`${"a".repeat(74)}€b`).split("\r\n ");
    expect(folded).toEqual(["a".repeat(74), "€b"]);
    expect(escapeText("a\r\nb\\c;d,e")).toBe("a\\nb\\\\c\\;d\\,e");
  });

  it("marks a cancellation and leaves METHOD out of a feed", () => {
    const cancel = buildCalendar([event({ status: "CANCELLED", sequence: 3 })], { method: "CANCEL" });
    const parsed = parseIcs(cancel).properties;
    expect(parsed.find((p) => p.name === "METHOD")?.value).toBe("CANCEL");
    expect(icsEvents(parsed)[0]!.get("STATUS")?.value).toBe("CANCELLED");
    const feed = buildCalendar([event(), event({ uid: "rapat-2@gugus.local" })], { name: "Rapat GT" });
    const feedProps = parseIcs(feed).properties;
    expect(feedProps.some((p) => p.name === "METHOD")).toBe(false);
    expect(feedProps.find((p) => p.name === "X-WR-CALNAME")?.value).toBe("Rapat GT");
    expect(icsEvents(feedProps)).toHaveLength(2);
  });

  it("waits longer after each failure, at most six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
  });
});

describeEachDatabase("the mail outbox", (kind) => {
  let t: TestApp;
  let clock = new Date("2026-05-04T03:00:00Z");

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.ctx.now = () => clock;
  });
  afterAll(() => t.close());

  const ics = buildCalendar([event()], { method: "REQUEST" });
  const invite = (key: string, to = "sosial@jakarta.go.id") => ({
    dedupeKey: key,
    to,
    subject: "Undangan: Rapat koordinasi",
    text: "Yth. Bapak/Ibu,\nDengan hormat ...",
    attachments: [
      { filename: "undangan.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: ics },
    ],
    calendarMethod: "REQUEST" as const,
  });

  it("queues a message once per dedupe key", async () => {
    const first = await t.ctx.db.transaction((tx) => queueMail(tx, invite("once:1"), clock));
    const again = await t.ctx.db.transaction((tx) => queueMail(tx, invite("once:1"), clock));
    expect(again).toBe(first);
    const rows = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.dedupeKey, "once:1"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "queued", attempts: 0, toAddresses: ["sosial@jakarta.go.id"] });
    // Rolled back with its transaction: nothing is queued for a change that did not happen.
    await t.ctx.db
      .transaction(async (tx) => {
        await queueMail(tx, invite("rolled-back"), clock);
        throw new Error("abort");
      })
      .catch(() => {});
    expect(await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.dedupeKey, "rolled-back"))).toEqual(
      [],
    );
    await t.ctx.db.delete(mailOutbox);
  });

  it("delivers over SMTP with the .ics attached, and keeps it sent", async () => {
    const smtp = await startSmtpServer();
    const transport = smtpTransport(smtp.url);
    try {
      await t.ctx.db.transaction((tx) => queueMail(tx, invite("deliver:1"), clock));
      const result = await sendDueMail(t.ctx, transport);
      expect(result).toEqual({ sent: 1, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      expect(mail.to).toEqual(["sosial@jakarta.go.id"]);
      const parts = flattenParts(parseMime(mail.raw));
      const attachment = parts.find((p) => (p.headers["content-disposition"] ?? "").startsWith("attachment"));
      expect(attachment?.headers["content-type"]).toMatch(/^application\/ics/);
      expect(attachment?.headers["content-disposition"]).toContain("undangan.ics");
      const calendar = parts.find((p) => (p.headers["content-type"] ?? "").startsWith("text/calendar"));
      expect(calendar?.headers["content-type"]).toContain("method=REQUEST");
      const attached = decodedBody(attachment!);
      expect(attached).toBe(ics);
      expect(icsEvents(parseIcs(attached).properties)[0]!.get("UID")?.value).toBe("rapat-1@gugus.local");
      const text = parts.find((p) => (p.headers["content-type"] ?? "").startsWith("text/plain"));
      expect(decodedBody(text!)).toContain("Yth. Bapak/Ibu,");
      const [row] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.dedupeKey, "deliver:1"));
      expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
      expect(mail.raw).toContain(`Message-ID: <${row!.id}@localhost>`);
      // A second round finds nothing to send: a sent message never goes twice.
      expect(await sendDueMail(t.ctx, transport)).toEqual({ sent: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
    } finally {
      transport.close();
      await smtp.close();
      await t.ctx.db.delete(mailOutbox);
    }
  });

  it("keeps a message queued while the server is down, and retries it later", async () => {
    const port = await freePort();
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    try {
      await t.ctx.db.transaction((tx) => queueMail(tx, invite("retry:1"), clock));
      expect(await sendDueMail(t.ctx, transport)).toEqual({ sent: 0, failed: 1 });
      const [waiting] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.dedupeKey, "retry:1"));
      expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
      expect(waiting!.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(waiting!.nextAttemptAt.getTime()).toBe(clock.getTime() + 60_000);
      // Not due yet: the next round leaves it alone.
      expect(await sendDueMail(t.ctx, transport)).toEqual({ sent: 0, failed: 0 });
      const smtp = await startSmtpServer(port);
      try {
        clock = new Date(clock.getTime() + 61_000);
        expect(await sendDueMail(t.ctx, transport)).toEqual({ sent: 1, failed: 0 });
        expect(smtp.received).toHaveLength(1);
        const [sent] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.dedupeKey, "retry:1"));
        expect(sent).toMatchObject({ status: "sent", attempts: 2 });
      } finally {
        await smtp.close();
      }
    } finally {
      transport.close();
      await t.ctx.db.delete(mailOutbox);
    }
  });

  it("gives a message whose sender died mid-send to a person, never sends it again by itself", async () => {
    await t.ctx.db.transaction((tx) => queueMail(tx, invite("lapsed:1"), clock));
    const [claimed] = await claimDueMail(t.ctx.db, clock, 10);
    expect(claimed).toMatchObject({ status: "sending", attempts: 1 });
    // Another process looking now finds nothing to take.
    expect(await claimDueMail(t.ctx.db, clock, 10)).toEqual([]);
    expect(await releaseLapsedClaims(t.ctx.db, new Date(clock.getTime() + 5 * 60_000))).toBe(0);
    expect(await releaseLapsedClaims(t.ctx.db, new Date(clock.getTime() + 11 * 60_000))).toBe(1);
    const [row] = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.dedupeKey, "lapsed:1"));
    expect(row).toMatchObject({ status: "failed", lastError: "interrupted while sending: delivery unknown" });
    await t.ctx.db.delete(mailOutbox);
  });

  it("delivers each message exactly once with two senders running at the same time", async () => {
    const smtp = await startSmtpServer();
    const a = smtpTransport(smtp.url);
    const b = smtpTransport(smtp.url);
    try {
      const count = 40;
      await t.ctx.db.transaction(async (tx) => {
        for (let i = 0; i < count; i++)
          await queueMail(tx, invite(`race:${i}`, `anggota${i}@uji.go.id`), clock);
      });
      // Small batches make the two senders interleave their claims many times.
      const [ra, rb] = await Promise.all([sendDueMail(t.ctx, a, 3), sendDueMail(t.ctx, b, 3)]);
      expect(ra.sent + rb.sent).toBe(count);
      expect(ra.failed + rb.failed).toBe(0);
      expect(smtp.received).toHaveLength(count);
      const recipients = smtp.received.map((m) => m.to[0]).sort();
      expect(new Set(recipients).size).toBe(count);
      const rows = await t.ctx.db.select().from(mailOutbox);
      expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
      if (kind === "postgres") {
        // On PostgreSQL both really ran side by side: each took a share.
        expect(ra.sent).toBeGreaterThan(0);
        expect(rb.sent).toBeGreaterThan(0);
      }
    } finally {
      a.close();
      b.close();
      await smtp.close();
      await t.ctx.db.delete(mailOutbox);
    }
  });
});

describeEachDatabase("the mail sender with the server", (kind) => {
  it("starts with the app when SMTP is configured and stops with it", async () => {
    const smtp = await startSmtpServer();
    const t = await createTestApp(kind, {
      GUGUS_SMTP_URL: smtp.url,
      GUGUS_MAIL_FROM: "Gugus Uji <gugus@uji.go.id>",
    });
    try {
      await t.ctx.db.transaction((tx) =>
        queueMail(tx, { dedupeKey: "app:1", to: "a@uji.go.id", subject: "Uji", text: "Halo" }),
      );
      const { wakeMailSender } = await import("./sender.ts");
      wakeMailSender(t.ctx);
      await waitFor(() => smtp.received.length === 1);
      expect(smtp.received[0]!.from).toBe("gugus@uji.go.id");
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
