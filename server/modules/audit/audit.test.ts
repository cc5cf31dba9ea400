import { randomUUID } from "node:crypto";
import { and, count, eq, isNull, or } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { AuditEntry } from "../../audit/audit-events.ts";
import { type AccountRef, recordAudit } from "../../audit/record-audit.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { walkPages } from "../../test/walk-pages.ts";

type Event = {
  seq: number;
  occurredAt: string;
  event: string;
  actorUserId: string | null;
  actorName: string | null;
  recordType: string | null;
  recordId: string | null;
  data: Record<string, unknown>;
};

describeEachDatabase("the audit trail", (kind) => {
  let t: TestApp;
  let admin: Client;
  let taskForceId: string;
  let alice: AccountRef;
  let bima: AccountRef;

  /** One audit row written as the application writes them, at a chosen time. */
  const write = (actor: AccountRef | null, entry: Partial<AuditEntry>, at: string | Date = new Date()) =>
    recordAudit(
      t.ctx.db,
      actor,
      { event: "organization.updated", recordType: "audit_probe", recordId: randomUUID(), ...entry },
      new Date(at),
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.as("admin");
    const a = await t.factories.user({ role: "coordinator", name: "Alice Koordinator" });
    const b = await t.factories.user({ role: "case_manager", name: "Bima Manajer" });
    taskForceId = a.taskForceId;
    alice = { kind: "account", userId: a.id, name: a.name, taskForceId, ip: "10.0.0.1" };
    bima = { kind: "account", userId: b.id, name: b.name, taskForceId, ip: null };
  });
  afterAll(() => t.close());

  it("shows each event with who, what, when and on which record, and nothing of the hash chain", async () => {
    const recordId = randomUUID();
    await write(alice, {
      event: "user.updated",
      recordType: "user",
      recordId,
      data: { changes: { name: 1 } },
    });
    const res = await admin.get(`/api/audit?recordType=user&recordId=${recordId}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toEqual({
      seq: expect.any(Number),
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      event: "user.updated",
      actorUserId: alice.userId,
      actorName: "Alice Koordinator",
      ip: "10.0.0.1",
      recordType: "user",
      recordId,
      data: { changes: { name: 1 } },
    });
    expect(res.body.nextCursor).toBeNull();
  });

  it("filters by the user who acted", async () => {
    await write(alice, { recordType: "user_probe" });
    await write(bima, { recordType: "user_probe" });
    await write(alice, { recordType: "user_probe" });
    const res = await admin.get(`/api/audit?userId=${alice.userId}&recordType=user_probe`);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.every((e: Event) => e.actorUserId === alice.userId)).toBe(true);
    const other = await admin.get(`/api/audit?userId=${bima.userId}&recordType=user_probe`);
    expect(other.body.items.map((e: Event) => e.actorName)).toEqual(["Bima Manajer"]);
  });

  it("filters by event", async () => {
    await write(alice, { event: "organization.created", recordType: "event_probe" });
    await write(alice, { event: "organization.deactivated", recordType: "event_probe" });
    await write(alice, { event: "organization.created", recordType: "event_probe" });
    const res = await admin.get("/api/audit?event=organization.created&recordType=event_probe");
    expect(res.body.items.map((e: Event) => e.event)).toEqual([
      "organization.created",
      "organization.created",
    ]);
    const none = await admin.get("/api/audit?event=organization.activated&recordType=event_probe");
    expect(none.body.items).toEqual([]);
  });

  it("filters by record type and record id", async () => {
    const recordId = randomUUID();
    await write(alice, { recordType: "record_probe", recordId });
    await write(bima, { recordType: "record_probe", recordId });
    await write(alice, { recordType: "record_probe" });
    await write(alice, { recordType: "other_probe", recordId });
    const byRecord = await admin.get(`/api/audit?recordType=record_probe&recordId=${recordId}`);
    expect(byRecord.body.items.map((e: Event) => [e.recordType, e.recordId, e.actorUserId])).toEqual([
      ["record_probe", recordId, bima.userId],
      ["record_probe", recordId, alice.userId],
    ]);
    const byType = await admin.get("/api/audit?recordType=record_probe");
    expect(byType.body.items).toHaveLength(3);
  });

  it("reads from and to as days in Jakarta (WIB, UTC+7)", async () => {
    const at = {
      lateOn15th: "2024-05-15T16:59:59.000Z", // 23:59:59 WIB on the 15th
      earlyOn16th: "2024-05-15T18:00:00.000Z", // 01:00 WIB on the 16th
      lateOn16th: "2024-05-16T16:59:59.000Z", // 23:59:59 WIB on the 16th
      midnight17th: "2024-05-16T17:00:00.000Z", // 00:00 WIB on the 17th
    };
    for (const time of Object.values(at)) await write(alice, { recordType: "wib_probe" }, time);
    const times = async (query: string) =>
      (await admin.get(`/api/audit?recordType=wib_probe&${query}`)).body.items.map(
        (e: Event) => e.occurredAt,
      );

    expect(await times("from=2024-05-16&to=2024-05-16")).toEqual([at.lateOn16th, at.earlyOn16th]);
    expect(await times("from=2024-05-15&to=2024-05-15")).toEqual([at.lateOn15th]);
    expect(await times("from=2024-05-17")).toEqual([at.midnight17th]);
    expect(await times("to=2024-05-15")).toEqual([at.lateOn15th]);
    expect(await times("from=2024-05-16")).toEqual([at.midnight17th, at.lateOn16th, at.earlyOn16th]);
    expect(await times("from=2024-05-15&to=2024-05-17")).toHaveLength(4);
    expect(await times("from=2024-05-18")).toEqual([]);
  });

  it("lists the newest first", async () => {
    for (const day of ["2024-01-01", "2024-02-01", "2024-03-01"]) {
      await write(bima, { recordType: "order_probe" }, `${day}T03:00:00Z`);
    }
    const res = await admin.get("/api/audit?recordType=order_probe");
    expect(res.body.items.map((e: Event) => e.occurredAt.slice(0, 10))).toEqual([
      "2024-03-01",
      "2024-02-01",
      "2024-01-01",
    ]);
    const all = await admin.get("/api/audit?limit=200");
    const seqs = all.body.items.map((e: Event) => e.seq);
    expect(seqs.length).toBeGreaterThan(10);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it("pages with a cursor: every event exactly once, newest first across pages", async () => {
    for (let i = 0; i < 7; i++) await write(alice, { recordType: "page_probe", data: { i } });
    const { items, pages } = await walkPages<Event>(admin, "/api/audit?recordType=page_probe&limit=3");
    expect(pages).toEqual([3, 3, 1]);
    expect(items.map((e) => e.data.i)).toEqual([6, 5, 4, 3, 2, 1, 0]);

    // The whole trail of the task force, too: every row once, none skipped.
    const { items: everything } = await walkPages<Event>(admin, "/api/audit?limit=4");
    const [row] = await t.ctx.db
      .select({ n: count() })
      .from(auditEvents)
      .where(or(eq(auditEvents.taskForceId, taskForceId), isNull(auditEvents.taskForceId)));
    // Walking writes nothing, so the count read afterwards is the count walked.
    expect(everything).toHaveLength(Number(row!.n));
    expect(new Set(everything.map((e) => e.seq)).size).toBe(everything.length);
  });

  it("refuses a cursor it did not write", async () => {
    const res = await admin.get("/api/audit?cursor=xyz");
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { field: "cursor", message: "penanda halaman tidak sah; muat ulang daftar" },
    ]);
  });

  it("answers 422 when to is before from, and accepts a single day", async () => {
    const res = await admin.get("/api/audit?from=2024-05-16&to=2024-05-15");
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details).toEqual([
      { field: "to", message: "tanggal akhir harus sesudah tanggal awal" },
    ]);
    const english = await admin.get("/api/audit?from=2024-05-16&to=2024-05-15", { "accept-language": "en" });
    expect(english.body.error.details).toEqual([
      { field: "to", message: "the end date must be after the start date" },
    ]);
    expect((await admin.get("/api/audit?from=2024-05-16&to=2024-05-16")).status).toBe(200);
  });

  it("answers 422 to a date that is not YYYY-MM-DD or a user id that is not a UUID", async () => {
    const date = await admin.get("/api/audit?from=16-05-2024");
    expect(date.status).toBe(422);
    expect(date.body.error.details).toEqual([
      { field: "from", message: "bukan tanggal yang sah (format TTTT-BB-HH)" },
    ]);
    const impossible = await admin.get("/api/audit?to=2024-02-30");
    expect(impossible.status).toBe(422);
    const user = await admin.get("/api/audit?userId=alice");
    expect(user.status).toBe(422);
    expect(user.body.error.details[0].field).toBe("userId");
  });

  it("hides another task force's events, and shows sign-in failures that belong to none", async () => {
    const foreign = randomUUID();
    await write(null, { recordType: "tenant_probe", recordId: foreign, taskForceId: randomUUID() });
    const loose = randomUUID();
    await write(null, { recordType: "tenant_probe", recordId: loose });
    const res = await admin.get("/api/audit?recordType=tenant_probe");
    expect(res.body.items.map((e: Event) => e.recordId)).toEqual([loose]);
    expect((await admin.get(`/api/audit?recordId=${foreign}`)).body.items).toEqual([]);
  });

  it("lets a coordinator read the trail", async () => {
    const coordinator = await t.as("coordinator");
    const res = await coordinator.get("/api/audit?recordType=page_probe&limit=1");
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
  });

  it("answers 403 to a case manager, and audits the denial", async () => {
    const caseManager = await t.as("case_manager");
    const res = await caseManager.get("/api/audit");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    const denials = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "access.denied"), eq(auditEvents.actorUserId, caseManager.user.id)));
    expect(denials).toHaveLength(1);
    expect(denials[0]!.data).toMatchObject({ permission: "audit.read", route: "/api/audit" });
  });
});
