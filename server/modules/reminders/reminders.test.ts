import { randomBytes } from "node:crypto";
import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import type { AppContext } from "../../app-context.ts";
import { type Database, openDatabase } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { actionItemReminders, mailOutbox, notifications } from "../../db/schema/index.ts";
import {
  decodedBody,
  flattenParts,
  parseMime,
  startSmtpServer,
  waitFor,
} from "../../lib/mail/test-support.ts";
import { FACTORY_PASSWORD } from "../../test/factories.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { testDatabaseUrl, withDatabase } from "../../test/test-databases.ts";
import { fixNow, meetingFixture } from "../action-items/test-support.ts";
import { runReminderPass } from "./reminders.service.ts";

describeEachDatabase("action-item reminders", (kind) => {
  let t: TestApp;
  let org: string;
  let members: { id: string; email: string }[];
  let secretariatEmail: string;

  beforeAll(async () => {
    // No background passes: the test runs each pass itself and counts what it gives.
    t = await createTestApp(kind, {
      GUGUS_2FA_REQUIRED_ROLES: "admin",
      GUGUS_REMINDER_INTERVAL_SECONDS: "0",
    });
    org = (await t.factories.organization({ name: "Kelurahan Pengingat", email: "kel.pengingat@uji.go.id" }))
      .id;
    members = [
      await t.factories.user({ role: "field_reporter", organizationId: org, name: "Lurah Pengingat" }),
      await t.factories.user({ role: "case_manager", organizationId: org, name: "Staf Pengingat" }),
      // Leadership of the organisation cannot act on items, so it is not reminded.
      await t.factories.user({ role: "leadership", organizationId: org, name: "Pimpinan" }),
    ];
    secretariatEmail = (await t.factories.user({ role: "coordinator" })).email;
  });
  afterAll(() => t.close());

  const at = (day: string) => fixNow(t, `${day}T02:00:00Z`); // 09:00 WIB
  // Sessions age with the app's clock: a test that moves the clock by months signs in afresh.
  const signIn = (email: string) => t.signIn(email, FACTORY_PASSWORD);
  const newItem = async (dueOn: string, description = `Tindak lanjut ${randomBytes(3).toString("hex")}`) => {
    at("2026-03-01");
    const meeting = await meetingFixture(t, {
      startsAt: "2026-02-20T02:00:00Z",
      title: "Rapat Koordinasi Februari",
    });
    const coordinator = await signIn(secretariatEmail);
    const res = await coordinator.post("/api/action-items", {
      description,
      ownerOrganizationId: org,
      dueOn,
      meetingId: meeting.id,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const remindersOf = (id: string) =>
    t.ctx.db.select().from(actionItemReminders).where(eq(actionItemReminders.actionItemId, id));
  const mailsOf = (id: string) =>
    t.ctx.db
      .select()
      .from(mailOutbox)
      .where(like(mailOutbox.dedupeKey, `action-item:${id}:%`));
  const notesOf = (id: string) =>
    queryRows<{ user_id: string; kind: string }>(
      t.ctx.db,
      sql`select user_id, kind from notifications where action_item_id = ${id} and kind <> 'action_item_assigned'
          order by created_at, user_id`,
    );

  it("reminds the owner organisation three days before the due date, in the app and by one mail", async () => {
    const id = await newItem("2026-03-13", "Sosialisasi bahaya lowongan kerja palsu di RW 07");
    at("2026-03-09");
    expect((await runReminderPass(t.ctx)).reminders).toBe(0);
    at("2026-03-10");
    const first = await runReminderPass(t.ctx);
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    expect(await remindersOf(id)).toMatchObject([
      { kind: "due_soon", remindOn: "2026-03-13", dueOn: "2026-03-13" },
    ]);
    const notes = await notesOf(id);
    expect(notes.map((n) => n.user_id).sort()).toEqual([members[0]!.id, members[1]!.id].sort());
    expect(notes.every((n) => n.kind === "action_item_due_soon")).toBe(true);
    const [mail, ...more] = await mailsOf(id);
    expect(more).toEqual([]);
    expect(mail!.toAddresses.sort()).toEqual([members[0]!.email, members[1]!.email].sort());
    expect(mail!.subject).toBe("Pengingat tindak lanjut: batas waktu 13 Maret 2026");
    expect(mail!.textBody).toContain("jatuh tempo 3 hari lagi, pada Jumat, 13 Maret 2026");
    expect(mail!.textBody).toContain("Tindak lanjut: Sosialisasi bahaya lowongan kerja palsu di RW 07");
    expect(mail!.textBody).toContain("Dari rapat: Rapat Koordinasi Februari (20 Februari 2026)");
    // The same day, and the days up to the due date: nothing more for this due date.
    expect((await runReminderPass(t.ctx)).reminders).toBe(0);
    at("2026-03-13");
    await runReminderPass(t.ctx);
    expect(await remindersOf(id)).toHaveLength(1);
    expect(await mailsOf(id)).toHaveLength(1);
  });

  it("reminds an overdue item the day after, then weekly, and never for a week already reminded", async () => {
    const id = await newItem("2026-04-01");
    at("2026-04-02");
    await runReminderPass(t.ctx);
    at("2026-04-05");
    await runReminderPass(t.ctx);
    at("2026-04-09");
    await runReminderPass(t.ctx);
    // Down for weeks: only the current week's reminder, not the ones missed.
    at("2026-05-01");
    await runReminderPass(t.ctx);
    const given = (await remindersOf(id)).map((r) => [r.kind, r.remindOn]).sort();
    // Created weeks ahead but first looked at after its due date: no "due soon" any more.
    expect(given).toEqual([
      ["overdue", "2026-04-02"],
      ["overdue", "2026-04-09"],
      ["overdue", "2026-04-30"],
    ]);
    const overdueMails = (await mailsOf(id)).filter((m) => m.subject.startsWith("Tindak lanjut melewati"));
    expect(overdueMails).toHaveLength(3);
    expect(overdueMails.map((m) => m.textBody).join("\n")).toContain("sudah 30 hari melewati batas waktunya");
  });

  it("stops reminding once the item is done, and starts again for a new due date", async () => {
    const done = await newItem("2026-06-10");
    const moved = await newItem("2026-06-10");
    at("2026-06-08");
    const member = await signIn(members[0]!.email);
    expect(
      (await member.post(`/api/action-items/${done}/reports`, { status: "done", note: "Selesai." })).status,
    ).toBe(201);
    await runReminderPass(t.ctx);
    expect(await remindersOf(done)).toEqual([]);
    expect(await remindersOf(moved)).toHaveLength(1);
    const coordinator = await signIn(secretariatEmail);
    await coordinator.patch(`/api/action-items/${moved}`, { dueOn: "2026-06-30" });
    at("2026-06-27");
    await runReminderPass(t.ctx);
    expect((await remindersOf(moved)).map((r) => r.remindOn).sort()).toEqual(["2026-06-10", "2026-06-30"]);
  });

  it("mails the organisation's address when it has nobody to act, and the named person", async () => {
    const lonely = await t.factories.organization({
      name: "Sekolah Tanpa Akun",
      email: "sekolah@uji.sch.id",
    });
    const named = await t.factories.organization({ name: "Puskesmas Uji" });
    const person = await t.factories.user({
      role: "leadership",
      organizationId: named.id,
      name: "Kepala Puskesmas",
    });
    at("2026-03-01");
    const coordinator = await signIn(secretariatEmail);
    const toSchool = await coordinator.post("/api/action-items", {
      description: "Pendataan siswa yang putus sekolah",
      ownerOrganizationId: lonely.id,
      dueOn: "2026-03-02",
    });
    const toPerson = await coordinator.post("/api/action-items", {
      description: "Layanan visum korban",
      ownerOrganizationId: named.id,
      ownerUserId: person.id,
      dueOn: "2026-03-02",
    });
    at("2026-03-03");
    await runReminderPass(t.ctx);
    expect((await mailsOf(toSchool.body.id)).map((m) => m.toAddresses)).toEqual([["sekolah@uji.sch.id"]]);
    expect((await mailsOf(toPerson.body.id)).map((m) => m.toAddresses)).toEqual([[person.email]]);
    expect((await remindersOf(toSchool.body.id))[0]!.recipients).toEqual(["sekolah@uji.sch.id"]);
  });

  it("gives each reminder once with two passes at the same time and after a restart", async () => {
    const ids = [await newItem("2026-08-01"), await newItem("2026-08-02"), await newItem("2026-07-20")];
    at("2026-07-30");
    const second = await secondProcess(t, kind);
    try {
      second.ctx.now = t.ctx.now;
      const before = await countRows(t);
      const [a, b] = await Promise.all([runReminderPass(t.ctx), runReminderPass(second.ctx)]);
      const after = await countRows(t);
      // What the two passes say they gave is exactly what exists: nothing was given twice.
      expect(after.reminders - before.reminders).toBe(a.reminders + b.reminders);
      expect(after.mails - before.mails).toBe(a.mails + b.mails);
      expect(after.notifications - before.notifications).toBe(a.notifications + b.notifications);
      for (const id of ids) {
        expect(await remindersOf(id)).toHaveLength(1);
        expect(await mailsOf(id)).toHaveLength(1);
        expect(await notesOf(id)).toHaveLength(2);
      }
      // A restart: a new application on the same database finds every reminder given.
      const restarted = await buildApp(second.ctx, { serveWeb: false });
      await restarted.ready();
      expect(await runReminderPass(second.ctx)).toEqual({ reminders: 0, notifications: 0, mails: 0 });
      await restarted.close();
    } finally {
      await second.close();
    }
    for (const id of ids) expect(await mailsOf(id)).toHaveLength(1);
  });

  it("shows the reminders in the bell of each member, newest first", async () => {
    const member = await signIn(members[1]!.email);
    const count = await member.get("/api/notifications/unread-count");
    const page = await member.get("/api/notifications?limit=5");
    expect(page.body.unreadCount).toBe(count.body.unreadCount);
    expect(page.body.items.length).toBe(5);
    const times = page.body.items.map((n: { createdAt: string }) => n.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const next = await member.get(`/api/notifications?limit=5&cursor=${page.body.nextCursor}`);
    expect(next.body.items.map((n: { id: string }) => n.id)).not.toContain(page.body.items[0].id);
    await member.post("/api/notifications/read-all");
    expect((await member.get("/api/notifications/unread-count")).body.unreadCount).toBe(0);
    const unread = await t.ctx.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(sql`${notifications.userId} = ${members[1]!.id} and ${notifications.readAt} is null`);
    expect(unread).toEqual([]);
  });
});

async function countRows(t: TestApp) {
  const [row] = await queryRows<{ reminders: number; mails: number; notifications: number }>(
    t.ctx.db,
    sql`select (select count(*)::int from action_item_reminders) as reminders,
          (select count(*)::int from mail_outbox where dedupe_key like 'action-item:%') as mails,
          (select count(*)::int from notifications where kind <> 'action_item_assigned') as notifications`,
  );
  return {
    reminders: Number(row!.reminders),
    mails: Number(row!.mails),
    notifications: Number(row!.notifications),
  };
}

/**
 * A second server process on the same database. On PostgreSQL it has its own connection pool, so
 * its pass truly runs beside the first; the embedded database serves one process by design, so
 * there the second shares it (and the passes interleave in its worker).
 */
async function secondProcess(t: TestApp, kind: "embedded" | "postgres") {
  let database: Database = t.ctx.database;
  let close = async () => {};
  if (kind === "postgres") {
    const [row] = await queryRows<{ name: string }>(t.ctx.db, sql`select current_database() as name`);
    database = await openDatabase({
      kind: "postgres",
      url: withDatabase(testDatabaseUrl()!, row!.name),
      poolSize: 4,
    });
    close = () => database.close();
  }
  const ctx: AppContext = { ...t.ctx, db: database.db, database };
  return { ctx, close };
}

describeEachDatabase("action-item reminders by mail", (kind) => {
  it("arrive at a real SMTP server, sent by the scheduler that starts with the server", async () => {
    const smtp = await startSmtpServer();
    const t = await createTestApp(kind, {
      GUGUS_2FA_REQUIRED_ROLES: "admin",
      GUGUS_SMTP_URL: smtp.url,
      GUGUS_MAIL_FROM: "Gugus Uji <gugus@uji.go.id>",
      GUGUS_PUBLIC_URL: "https://gugus.example.go.id",
      GUGUS_REMINDER_INTERVAL_SECONDS: "1",
    });
    try {
      const org = await t.factories.organization({ name: "Kelurahan Surat" });
      const member = await t.factories.user({ role: "field_reporter", organizationId: org.id });
      const coordinator = await t.as("coordinator");
      // Due yesterday: overdue at the scheduler's next pass.
      const yesterday = new Date(Date.now() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
      const meeting = await meetingFixture(t, {
        startsAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      });
      const res = await coordinator.post("/api/action-items", {
        description: "Rekap data pekerja migran nonprosedural",
        ownerOrganizationId: org.id,
        dueOn: yesterday,
        meetingId: meeting.id,
      });
      expect(res.status).toBe(201);
      await waitFor(() => smtp.received.length > 0, 20_000);
      const [mail] = smtp.received;
      expect(mail!.to).toEqual([member.email]);
      const message = parseMime(mail!.raw);
      expect(message.headers.subject).toContain("Tindak lanjut melewati batas waktu");
      const text = flattenParts(message)
        .filter((p) => (p.headers["content-type"] ?? "").startsWith("text/plain"))
        .map(decodedBody)
        .join("\n");
      expect(text).toContain("Rekap data pekerja migran nonprosedural");
      expect(text).toContain(`https://gugus.example.go.id/koordinasi/tindak-lanjut/${res.body.id}`);
      // Later passes of the scheduler send nothing more.
      await new Promise((r) => setTimeout(r, 2_500));
      expect(smtp.received).toHaveLength(1);
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
