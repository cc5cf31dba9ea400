import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptedColumns } from "../../db/encrypted-columns.ts";
import { auditEvents, caseEvents, cases, complaints, taskForces } from "../../db/schema/index.ts";
import { decryptField } from "../../lib/crypto/field-encryption.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { trackingCodePrefix } from "./complaints.service.ts";
import { fieldsOf } from "./test-support.ts";

const STORY = "Anak saya Rina (16) dijanjikan kerja di restoran di Johor oleh seorang agen dari kampung.";
const REPORTER = "Siti Aminah";
const CONTACT = "0812-3456-7890";

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const newComplaint = (overrides: Record<string, unknown> = {}) => ({
  channel: "hotline",
  receivedAt: hoursAgo(2),
  reporterName: REPORTER,
  reporterContact: CONTACT,
  reporterRelation: "ibu korban",
  story: STORY,
  placeRegionCode: "31.71.03.1001",
  placeDetail: "dekat pasar",
  ...overrides,
});

const newCase = {
  title: "Remaja dijanjikan kerja di restoran Johor",
  identifiedOn: "2026-01-10",
  identifiedRegionCode: "31.71.03.1001",
  exploitationForms: ["irregular_migrant_work"],
};

describe("tracking code search", () => {
  it("turns what was typed into the beginning of a canonical code", () => {
    expect(trackingCodePrefix("adu 7k3m")).toBe("ADU-7K3M");
    expect(trackingCodePrefix("ADU-7K3M-Q9XW")).toBe("ADU-7K3M-Q9XW");
    expect(trackingCodePrefix("7k3mq9")).toBe("ADU-7K3M-Q9");
    expect(trackingCodePrefix("ADU-OIL")).toBe("ADU-011");
    expect(trackingCodePrefix("adu")).toBeUndefined();
  });
});

describeEachDatabase("complaints: the intake queue and triage", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let caseManager: Client;
  let foreigner: Client;

  const record = async (overrides: Record<string, unknown> = {}, by: Client = coordinator) => {
    const res = await by.post("/api/complaints", newComplaint(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; trackingCode: string };
  };
  const rowOf = async (id: string) =>
    (await t.ctx.db.select().from(complaints).where(eq(complaints.id, id)))[0]!;
  const timelineOf = async (caseId: string) =>
    t.ctx.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.occurredAt);

  beforeAll(async () => {
    // Identity is shown here without enrolling TOTP; the public suite covers a session without it.
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    coordinator = await t.as("coordinator");
    const ngo = await t.factories.organization({ typeCode: "ngo" });
    caseManager = await t.as("case_manager", { organizationId: ngo.id });
    const [province] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "31", name: "Gugus Tugas PP-TPPO Provinsi DKI Jakarta", regionCode: "31" })
      .returning();
    const provinceOrg = await t.factories.organization({
      taskForceId: province!.id,
      name: "Dinas PPAPP DKI",
    });
    foreigner = await t.as("coordinator", { organizationId: provinceOrg.id });
  });
  afterAll(() => t.close());

  it("records a complaint with a tracking code, the story and reporter encrypted at rest, and audits it", async () => {
    const created = await record();
    expect(created.trackingCode).toMatch(/^ADU-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(created).toMatchObject({ channel: "hotline", source: "staff", status: "received", ageDays: 0 });
    expect(created).not.toHaveProperty("story");
    expect(JSON.stringify(created)).not.toContain(REPORTER);

    const row = await rowOf(created.id);
    expect(row.storyEnc).toMatch(/^v1\./);
    expect(row.storyEnc).not.toContain("Rina");
    expect(row.reporterNameEnc).not.toContain("Aminah");
    expect(row.reporterContactEnc).not.toContain("3456");
    expect(row).toMatchObject({ reporterRelation: "ibu korban", recordedById: coordinator.user.id });
    // Bound to the contexts key rotation uses, so a rotated key still opens them.
    const raw = {
      story_enc: row.storyEnc,
      reporter_name_enc: row.reporterNameEnc,
      reporter_contact_enc: row.reporterContactEnc,
    };
    const opened = encryptedColumns
      .filter((col) => col.table === "complaints")
      .map((col) =>
        decryptField(t.ctx.keyring, raw[col.column as keyof typeof raw]!, col.context(created.id)),
      );
    expect(opened).toEqual([STORY, REPORTER, CONTACT]);

    const [audit] = await auditOf(t, "complaint.recorded", created.id);
    expect(audit?.data).toEqual({ channel: "hotline" });
    expect(JSON.stringify(audit?.data)).not.toContain(REPORTER);
  });

  it("keeps nothing of an anonymous reporter's identity", async () => {
    const created = await record({ anonymous: true, reporterName: null, reporterContact: null });
    const row = await rowOf(created.id);
    expect(row).toMatchObject({ reporterAnonymous: true, reporterNameEnc: null, reporterContactEnc: null });
    const detail = await coordinator.get(`/api/complaints/${created.id}`);
    expect(detail.body.reporter).toMatchObject({ anonymous: true, name: null, contact: null });
    expect(await auditOf(t, "identity.viewed", created.id)).toHaveLength(0);
  });

  it("lists the queue page by page, newest first, without story or reporter, with filters", async () => {
    const older = await record({ channel: "walk_in", receivedAt: hoursAgo(24 * 3) });
    const newer = await record({ channel: "walk_in", receivedAt: hoursAgo(24 * 2) });
    const first = await coordinator.get("/api/complaints?channel=walk_in&limit=1");
    expect(first.status).toBe(200);
    expect(first.body.items.map((c: { id: string }) => c.id)).toEqual([newer.id]);
    expect(first.body.items[0]).toMatchObject({ ageDays: 2, placeRegionName: "Kemayoran", source: "staff" });
    const second = await coordinator.get(
      `/api/complaints?channel=walk_in&limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((c: { id: string }) => c.id)).toEqual([older.id]);
    expect(second.body.nextCursor).toBeNull();

    const all = await coordinator.get("/api/complaints?status=received&source=staff");
    expect(all.body.items.length).toBeGreaterThanOrEqual(3);
    const text = JSON.stringify(all.body);
    expect(text).not.toContain("Rina");
    expect(text).not.toContain(REPORTER);
    expect(text).not.toContain(CONTACT);
    expect((await coordinator.get("/api/complaints?source=public")).body.items).toEqual([]);

    const typed = older.trackingCode.slice(4, 8).toLowerCase();
    const byCode = await coordinator.get(`/api/complaints?q=adu%20${typed}`);
    expect(byCode.body.items.map((c: { id: string }) => c.id)).toContain(older.id);
    expect(
      byCode.body.items.every((c: { trackingCode: string }) =>
        c.trackingCode.startsWith(`ADU-${typed.toUpperCase()}`),
      ),
    ).toBe(true);

    const garbage = await coordinator.get(
      `/api/complaints?cursor=${Buffer.from('["x","y"]').toString("base64url")}`,
    );
    expect(garbage.status).toBe(422);
    expect(fieldsOf(garbage)).toEqual(["cursor"]);
  });

  it("opens the story and reporter in the detail, and audits each view of the reporter's identity", async () => {
    const created = await record();
    const res = await coordinator.get(`/api/complaints/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      story: STORY,
      reporter: {
        anonymous: false,
        name: REPORTER,
        contact: CONTACT,
        relation: "ibu korban",
        identityWithheld: false,
      },
      placeDetail: "dekat pasar",
      triage: null,
      abilities: { review: true, triage: true },
    });
    const views = await auditOf(t, "identity.viewed", created.id);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ recordType: "complaint", actorUserId: coordinator.user.id });
    expect(views[0]!.data).toEqual({ fields: ["reporterName", "reporterContact"] });
  });

  it("is one queue for the whole task force: a case manager of another organisation works it too", async () => {
    const created = await record();
    const listed = await caseManager.get("/api/complaints?limit=200");
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(created.id);
    const detail = await caseManager.get(`/api/complaints/${created.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.story).toBe(STORY);
    const own = await record({ channel: "messaging" }, caseManager);
    expect((await coordinator.get(`/api/complaints/${own.id}`)).status).toBe(200);
  });

  it("refuses roles without the intake permission with 403", async () => {
    const created = await record();
    for (const role of ["service_provider", "field_reporter", "leadership", "admin"] as const) {
      const client = await t.as(role);
      expect((await client.get("/api/complaints")).status, role).toBe(403);
      expect((await client.get(`/api/complaints/${created.id}`)).status, role).toBe(403);
      expect((await client.post("/api/complaints", newComplaint())).status, role).toBe(403);
      expect(
        (await client.post(`/api/complaints/${created.id}/triage`, { outcome: "not_tppo", reason: "x" }))
          .status,
        role,
      ).toBe(403);
    }
    expect((await rowOf(created.id)).status).toBe("received");
  });

  it("hides another task force's complaints: 404, and absent from its queue", async () => {
    const created = await record();
    expect((await foreigner.get(`/api/complaints/${created.id}`)).status).toBe(404);
    expect((await foreigner.post(`/api/complaints/${created.id}/review`)).status).toBe(404);
    const triage = await foreigner.post(`/api/complaints/${created.id}/triage`, {
      outcome: "not_tppo",
      reason: "x",
    });
    expect(triage.status).toBe(404);
    expect((await foreigner.get("/api/complaints")).body.items).toEqual([]);
    expect((await rowOf(created.id)).status).toBe("received");
    const denials = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "access.denied"), eq(auditEvents.recordId, created.id)));
    expect(denials.length).toBeGreaterThanOrEqual(3);
  });

  it("takes a received complaint under review once, audited", async () => {
    const created = await record();
    const res = await coordinator.post(`/api/complaints/${created.id}/review`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("under_review");
    const [audit] = await auditOf(t, "complaint.updated", created.id);
    expect(audit?.data).toEqual({ status: { from: "received", to: "under_review" } });
    const again = await coordinator.post(`/api/complaints/${created.id}/review`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/sudah ditelaah/);
    expect(await auditOf(t, "complaint.updated", created.id)).toHaveLength(1);
  });

  it("triages as not TPPO with a reason, once", async () => {
    const created = await record();
    const noReason = await coordinator.post(`/api/complaints/${created.id}/triage`, { outcome: "not_tppo" });
    expect(noReason.status).toBe(422);
    expect(fieldsOf(noReason)).toEqual(["reason"]);
    expect((await rowOf(created.id)).status).toBe("received");

    const res = await coordinator.post(`/api/complaints/${created.id}/triage`, {
      outcome: "not_tppo",
      reason: "Perselisihan upah biasa, tidak ada unsur eksploitasi",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "triaged", triageOutcome: "not_tppo", caseId: null });
    const row = await rowOf(created.id);
    expect(row).toMatchObject({
      triagedById: coordinator.user.id,
      triageReason: expect.stringMatching(/upah/),
    });
    expect(row.triagedAt).toBeInstanceOf(Date);
    const [audit] = await auditOf(t, "complaint.triaged", created.id);
    expect(audit?.data).toEqual({ outcome: "not_tppo", caseId: null });

    const again = await coordinator.post(`/api/complaints/${created.id}/triage`, {
      outcome: "not_tppo",
      reason: "lagi",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
    expect((await coordinator.post(`/api/complaints/${created.id}/review`)).status).toBe(409);
    expect(await auditOf(t, "complaint.triaged", created.id)).toHaveLength(1);
    const detail = await coordinator.get(`/api/complaints/${created.id}`);
    expect(detail.body.triage).toMatchObject({ outcome: "not_tppo", triagedByName: expect.any(String) });
    expect(detail.body.abilities).toEqual({ review: false, triage: false });
  });

  it("refers a complaint to a member organisation or to an outside agency, exactly one", async () => {
    const police = await t.factories.organization({ typeCode: "police", name: "Unit PPA Polres Uji" });
    const both = await record();
    const twice = await coordinator.post(`/api/complaints/${both.id}/triage`, {
      outcome: "referred_elsewhere",
      reason: "Kekerasan dalam rumah tangga",
      referredToOrganizationId: police.id,
      referredToName: "Komnas Perempuan",
    });
    expect(twice.status).toBe(422);
    expect(fieldsOf(twice)).toEqual(["referredToOrganizationId"]);
    const unknown = await coordinator.post(`/api/complaints/${both.id}/triage`, {
      outcome: "referred_elsewhere",
      reason: "Kekerasan dalam rumah tangga",
      referredToOrganizationId: "00000000-0000-4000-8000-000000000000",
    });
    expect(fieldsOf(unknown)).toEqual(["referredToOrganizationId"]);
    expect((await rowOf(both.id)).status).toBe("received");

    const member = await coordinator.post(`/api/complaints/${both.id}/triage`, {
      outcome: "referred_elsewhere",
      reason: "Kekerasan dalam rumah tangga",
      referredToOrganizationId: police.id,
    });
    expect(member.body.triageOutcome).toBe("referred_elsewhere");
    const detail = await coordinator.get(`/api/complaints/${both.id}`);
    expect(detail.body.triage).toMatchObject({
      referredToOrganizationName: "Unit PPA Polres Uji",
      referredToName: null,
    });

    const outside = await record();
    const named = await caseManager.post(`/api/complaints/${outside.id}/triage`, {
      outcome: "referred_elsewhere",
      reason: "Sengketa ketenagakerjaan",
      referredToName: "Disnaker Provinsi",
    });
    expect(named.status).toBe(200);
    expect(await rowOf(outside.id)).toMatchObject({
      referredToName: "Disnaker Provinsi",
      referredToOrganizationId: null,
    });
  });

  it("opens a case from a complaint in one step, linked both ways and on the case's timeline", async () => {
    const created = await record();
    await caseManager.post(`/api/complaints/${created.id}/review`);
    const casesBefore = await t.ctx.db.$count(cases);
    const future = await caseManager.post(`/api/complaints/${created.id}/triage`, {
      outcome: "open_case",
      case: { ...newCase, identifiedOn: "2999-01-01" },
    });
    expect(future.status).toBe(422);
    expect(fieldsOf(future)).toEqual(["case.identifiedOn"]);
    const badShape = await caseManager.post(`/api/complaints/${created.id}/triage`, {
      outcome: "open_case",
      case: { ...newCase, title: "" },
    });
    expect(fieldsOf(badShape)).toEqual(["case.title"]);
    expect(await t.ctx.db.$count(cases)).toBe(casesBefore);
    expect((await rowOf(created.id)).status).toBe("under_review");

    const res = await caseManager.post(`/api/complaints/${created.id}/triage`, {
      outcome: "open_case",
      reason: "Unsur perekrutan dan penipuan terpenuhi",
      case: newCase,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "triaged", triageOutcome: "case_opened" });
    expect(res.body.caseNumber).toMatch(/^TPPO-3171-2026-\d{4}$/);
    const caseId = res.body.caseId as string;
    expect((await rowOf(created.id)).caseId).toBe(caseId);

    const opened = await caseManager.get(`/api/cases/${caseId}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      leadOrganizationId: caseManager.user.organizationId,
      caseManagerId: caseManager.user.id,
    });
    expect(opened.body.complaints).toEqual([
      expect.objectContaining({ id: created.id, trackingCode: created.trackingCode }),
    ]);
    const timeline = await timelineOf(caseId);
    expect(timeline.map((e) => e.kind)).toEqual(["case.opened", "complaint.linked"]);
    expect(timeline[1]!.data).toEqual({ trackingCode: created.trackingCode });
    const [audit] = await auditOf(t, "complaint.triaged", created.id);
    expect(audit?.data).toEqual({ outcome: "case_opened", caseId });
    expect(await auditOf(t, "case.opened", caseId)).toHaveLength(1);
  });

  it("attaches a complaint to a case the actor manages; a case out of reach is 404 and changes nothing", async () => {
    const secretariatCase = await t.factories.case();
    const created = await record();
    const outOfReach = await caseManager.post(`/api/complaints/${created.id}/triage`, {
      outcome: "attach_to_case",
      caseId: secretariatCase.id,
    });
    expect(outOfReach.status).toBe(404);
    expect(await rowOf(created.id)).toMatchObject({ status: "received", caseId: null, triageOutcome: null });
    expect(await timelineOf(secretariatCase.id)).toEqual([]);
    expect(await auditOf(t, "complaint.triaged", created.id)).toEqual([]);
    const missing = await coordinator.post(`/api/complaints/${created.id}/triage`, {
      outcome: "attach_to_case",
      caseId: "00000000-0000-4000-8000-000000000000",
    });
    expect(missing.status).toBe(404);

    const res = await coordinator.post(`/api/complaints/${created.id}/triage`, {
      outcome: "attach_to_case",
      caseId: secretariatCase.id,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      triageOutcome: "case_attached",
      caseId: secretariatCase.id,
      caseNumber: secretariatCase.number,
    });
    const timeline = await timelineOf(secretariatCase.id);
    expect(timeline.map((e) => [e.kind, e.data])).toEqual([
      ["complaint.linked", { trackingCode: created.trackingCode }],
    ]);
    const [audit] = await auditOf(t, "complaint.triaged", created.id);
    expect(audit?.data).toEqual({ outcome: "case_attached", caseId: secretariatCase.id });
  });

  it("refuses to attach a complaint to a closed case, saying so", async () => {
    const closed = await t.factories.case({ status: "closed", closedAt: new Date() });
    const created = await record();
    const res = await coordinator.post(
      `/api/complaints/${created.id}/triage`,
      { outcome: "attach_to_case", caseId: closed.id },
      { "accept-language": "en" },
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { field: "caseId", message: "this case is closed; reopen it first" },
    ]);
    expect((await rowOf(created.id)).status).toBe("received");
    expect(await timelineOf(closed.id)).toEqual([]);
  });

  it("names the field of invalid input, in the caller's language, and writes nothing", async () => {
    const before = await t.ctx.db.$count(complaints);
    const attempts: [Record<string, unknown>, string][] = [
      [{ anonymous: true }, "reporterName"],
      [{ placeCountryCode: "MY" }, "placeCountryCode"],
      [{ receivedAt: new Date(Date.now() + 3_600_000).toISOString() }, "receivedAt"],
      [{ channel: "merpati_pos" }, "channel"],
      [{ placeRegionCode: "31.72" }, "placeRegionCode"],
      [{ story: "   " }, "story"],
      [{ receivedAt: "kemarin" }, "receivedAt"],
    ];
    for (const [overrides, field] of attempts) {
      const res = await coordinator.post("/api/complaints", newComplaint(overrides));
      expect(res.status, field).toBe(422);
      expect(fieldsOf(res), field).toContain(field);
    }
    const english = await coordinator.post("/api/complaints", newComplaint({ anonymous: true }), {
      "accept-language": "en",
    });
    expect(english.body.error.details).toContainEqual({
      field: "reporterContact",
      message: "an anonymous reporter gives no name or contact",
    });
    const indonesian = await coordinator.post("/api/complaints", newComplaint({ channel: "merpati_pos" }));
    expect(indonesian.body.error.details[0].message).toMatch(/tidak ada dalam daftar/);
    expect(await t.ctx.db.$count(complaints)).toBe(before);
  });
});
