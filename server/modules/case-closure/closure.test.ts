import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { assessments, caseEvents, casePeople, cases, referrals, services } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

const fieldsOf = (res: { body: { error: { details: { field: string }[] } } }) =>
  res.body.error.details.map((d) => d.field);

describeEachDatabase("case closure", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let caseManager: Client;
  let outsider: Client;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    coordinator = await t.as("coordinator");
    orgId = (await t.factories.organization()).id;
    caseManager = await t.as("case_manager", { organizationId: orgId });
    outsider = await t.as("case_manager", { organizationId: (await t.factories.organization()).id });
  });
  afterAll(() => t.close());

  /**
   * A case whose victim was assessed as needing health care and shelter, was referred for
   * shelter (the shelter declined) and has a delivered health service and a planned legal aid.
   */
  async function servedCase() {
    const c = await t.factories.case({ leadOrganizationId: orgId, status: "in_service" });
    const victim = await t.factories.casePerson(c.id, "victim");
    const provider = await t.factories.organization({ typeCode: "health_service" });
    await t.ctx.db.insert(assessments).values([
      // An older assessment's needs no longer count: the latest one replaces it.
      { casePersonId: victim.id, assessedOn: "2025-01-10", needs: ["education"], riskLevel: "high" },
      { casePersonId: victim.id, assessedOn: "2025-02-10", needs: ["health", "shelter"], riskLevel: "high" },
    ]);
    await t.ctx.db.insert(referrals).values({
      taskForceId: c.taskForceId,
      caseId: c.id,
      casePersonId: victim.id,
      fromOrganizationId: orgId,
      toOrganizationId: provider.id,
      serviceTypes: ["temporary_shelter"],
      status: "declined",
      dueAt: new Date(),
    });
    await t.ctx.db.insert(services).values([
      {
        caseId: c.id,
        casePersonId: victim.id,
        serviceTypeCode: "health_rehabilitation",
        providerOrganizationId: provider.id,
        status: "delivered",
      },
      {
        caseId: c.id,
        casePersonId: victim.id,
        serviceTypeCode: "legal_aid",
        providerOrganizationId: provider.id,
        status: "planned",
      },
    ]);
    return c;
  }

  const complete = [
    { serviceTypeCode: "health_rehabilitation", outcome: "delivered" },
    { serviceTypeCode: "temporary_shelter", outcome: "declined" },
    { serviceTypeCode: "legal_aid", outcome: "not_applicable" },
  ];
  const kindsOf = async (caseId: string) =>
    (
      await t.ctx.db
        .select()
        .from(caseEvents)
        .where(eq(caseEvents.caseId, caseId))
        .orderBy(caseEvents.occurredAt)
    ).map((e) => e.kind);

  it("lists what the checklist must cover, from needs, referrals and services", async () => {
    const c = await servedCase();
    const res = await caseManager.get(`/api/cases/${c.id}/closure-checklist`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { serviceTypeCodes: ["health_rehabilitation"], because: ["assessed_need", "service"], delivered: true },
      { serviceTypeCodes: ["legal_aid"], because: ["service"], delivered: false },
      { serviceTypeCodes: ["temporary_shelter"], because: ["assessed_need", "referral"], delivered: false },
    ]);
    expect((await outsider.get(`/api/cases/${c.id}/closure-checklist`)).status).toBe(404);
  });

  it("folds a need met by one of several types into the line of the type served", async () => {
    const c = await t.factories.case({ leadOrganizationId: orgId, status: "in_service" });
    const victim = await t.factories.casePerson(c.id, "victim");
    await t.ctx.db.insert(assessments).values({
      casePersonId: victim.id,
      assessedOn: "2025-02-10",
      needs: ["psychosocial"],
      riskLevel: "low",
    });
    await t.ctx.db.insert(services).values({
      caseId: c.id,
      casePersonId: victim.id,
      serviceTypeCode: "social_rehabilitation",
      providerOrganizationId: orgId,
      status: "delivered",
    });
    const res = await caseManager.get(`/api/cases/${c.id}/closure-checklist`);
    expect(res.body.items).toEqual([
      { serviceTypeCodes: ["social_rehabilitation"], because: ["assessed_need", "service"], delivered: true },
    ]);
  });

  it("refuses an incomplete checklist naming the item left out, and a 'delivered' nothing backs", async () => {
    const c = await servedCase();
    const missing = await caseManager.post(`/api/cases/${c.id}/closure-request`, {
      reason: "Semua layanan selesai",
      checklist: complete.slice(0, 2),
    });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details).toEqual([
      { field: "checklist", message: "daftar periksa belum memuat layanan Bantuan hukum" },
    ]);
    const unbacked = await caseManager.post(`/api/cases/${c.id}/closure-request`, {
      reason: "Semua layanan selesai",
      checklist: [complete[0], { serviceTypeCode: "temporary_shelter", outcome: "delivered" }, complete[2]],
    });
    expect(fieldsOf(unbacked)).toEqual(["checklist.1.outcome"]);
    const unknown = await caseManager.post(`/api/cases/${c.id}/closure-request`, {
      reason: "x",
      checklist: [...complete, { serviceTypeCode: "teleportation", outcome: "declined" }],
    });
    expect(fieldsOf(unknown)).toEqual(["checklist.3.serviceTypeCode"]);
    const twice = await caseManager.post(`/api/cases/${c.id}/closure-request`, {
      reason: "x",
      checklist: [...complete, complete[2]],
    });
    expect(fieldsOf(twice)).toEqual(["checklist.3.serviceTypeCode"]);
    const noReason = await caseManager.post(`/api/cases/${c.id}/closure-request`, {
      reason: " ",
      checklist: complete,
    });
    expect(fieldsOf(noReason)).toEqual(["reason"]);

    const [row] = await t.ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row!.closureRequestedAt).toBeNull();
    expect(await kindsOf(c.id)).toEqual([]);
  });

  it("refuses to close while a referral still waits or is being served", async () => {
    const c = await servedCase();
    const [victim] = await t.ctx.db.select().from(casePeople).where(eq(casePeople.caseId, c.id));
    await t.ctx.db.insert(referrals).values({
      taskForceId: c.taskForceId,
      caseId: c.id,
      casePersonId: victim!.id,
      fromOrganizationId: orgId,
      toOrganizationId: orgId,
      serviceTypes: ["legal_aid"],
      status: "accepted",
      dueAt: new Date(),
    });
    const res = await caseManager.post(`/api/cases/${c.id}/closure-request`, {
      reason: "Selesai",
      checklist: complete,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain("1 rujukan");
    const [row] = await t.ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row!.closureRequestedAt).toBeNull();
  });

  it("closes a case on a coordinator's approval only; the closed case refuses every write", async () => {
    const c = await servedCase();
    const requested = await caseManager.post(`/api/cases/${c.id}/closure-request`, {
      reason: "Korban sudah kembali ke keluarga",
      checklist: complete,
    });
    expect(requested.status).toBe(200);
    expect(requested.body.closureRequest).toMatchObject({
      reason: "Korban sudah kembali ke keluarga",
      checklist: complete,
    });
    expect(requested.body.abilities).toMatchObject({ requestClosure: false, approveClosure: false });
    expect(await auditOf(t, "case.closure_requested", c.id)).toHaveLength(1);
    // A pending request cannot be made twice.
    expect(
      (await caseManager.post(`/api/cases/${c.id}/closure-request`, { reason: "lagi", checklist: complete }))
        .status,
    ).toBe(404);

    const byManager = await caseManager.post(`/api/cases/${c.id}/closure-approve`);
    expect(byManager.status).toBe(403);
    expect((await t.ctx.db.select().from(cases).where(eq(cases.id, c.id)))[0]!.status).toBe("in_service");

    const approved = await coordinator.post(`/api/cases/${c.id}/closure-approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "closed", closureRequest: null });
    expect(approved.body.closedAt).not.toBeNull();
    expect(approved.body.abilities).toMatchObject({ update: false, reopen: true });
    const [closed] = await t.ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(closed!.closedById).toBe(coordinator.user.id);
    expect(await auditOf(t, "case.closed", c.id)).toHaveLength(1);
    expect(await kindsOf(c.id)).toEqual(["case.closure_requested", "case.closed"]);

    // Read-only: every write under the case answers as for a case out of reach (404), audited.
    const deniedBefore = (await auditOf(t, "access.denied", c.id)).length;
    const writes = [
      await caseManager.patch(`/api/cases/${c.id}`, { title: "Judul baru" }),
      await caseManager.post(`/api/cases/${c.id}/notes`, { note: "Catatan setelah ditutup" }),
      await coordinator.post(`/api/cases/${c.id}/legal`, { stageCode: "police_report" }),
      await coordinator.post(`/api/cases/${c.id}/documents`, {
        fileName: "catatan.txt",
        mimeType: "text/plain",
        contentBase64: Buffer.from("halo").toString("base64"),
      }),
      await caseManager.post(`/api/cases/${c.id}/closure-request`, { reason: "x", checklist: complete }),
    ];
    expect(writes.map((w) => w.status)).toEqual([404, 404, 404, 404, 404]);
    expect((await auditOf(t, "access.denied", c.id)).length).toBe(deniedBefore + writes.length);
    expect(await kindsOf(c.id)).toEqual(["case.closure_requested", "case.closed"]);
    // Reading still works.
    expect((await caseManager.get(`/api/cases/${c.id}`)).status).toBe(200);
    expect((await coordinator.post(`/api/cases/${c.id}/closure-approve`)).status).toBe(404);
  });

  it("reopens a closed case only with a reason, back in service, and writable again", async () => {
    const c = await servedCase();
    await caseManager.post(`/api/cases/${c.id}/closure-request`, { reason: "Selesai", checklist: complete });
    await coordinator.post(`/api/cases/${c.id}/closure-approve`);

    const noReason = await caseManager.post(`/api/cases/${c.id}/reopen`, {});
    expect(noReason.status).toBe(422);
    expect(fieldsOf(noReason)).toEqual(["reason"]);
    expect(
      (await outsider.post(`/api/cases/${c.id}/reopen`, { reason: "Korban kembali dieksploitasi" })).status,
    ).toBe(404);
    expect((await t.ctx.db.select().from(cases).where(eq(cases.id, c.id)))[0]!.status).toBe("closed");

    const reopened = await caseManager.post(`/api/cases/${c.id}/reopen`, {
      reason: "Korban kembali dieksploitasi",
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: "in_service", closedAt: null, closureRequest: null });
    const [row] = await t.ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row).toMatchObject({
      closureRequestedAt: null,
      closureChecklist: null,
      closedById: null,
      closureReason: null,
    });
    const [event] = await t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.kind, "case.reopened")));
    expect(event).toMatchObject({ data: { to: "in_service" }, note: "Korban kembali dieksploitasi" });
    expect((await auditOf(t, "case.reopened", c.id))[0]!.data).toMatchObject({
      reason: "Korban kembali dieksploitasi",
    });
    expect((await caseManager.post(`/api/cases/${c.id}/reopen`, { reason: "lagi" })).status).toBe(404);

    expect((await caseManager.patch(`/api/cases/${c.id}`, { title: "Dibuka kembali" })).status).toBe(200);
    expect(
      (await caseManager.post(`/api/cases/${c.id}/notes`, { note: "Asesmen ulang dijadwalkan" })).status,
    ).toBe(201);
  });

  it("reopens a case without services as open", async () => {
    const c = await t.factories.case({ leadOrganizationId: orgId });
    await caseManager.post(`/api/cases/${c.id}/closure-request`, { reason: "Bukan TPPO", checklist: [] });
    expect((await coordinator.post(`/api/cases/${c.id}/closure-approve`)).status).toBe(200);
    const reopened = await coordinator.post(`/api/cases/${c.id}/reopen`, { reason: "Bukti baru" });
    expect(reopened.body.status).toBe("open");
  });

  it("lets a coordinator send a request back with a reason; the case stays open to work", async () => {
    const c = await servedCase();
    await caseManager.post(`/api/cases/${c.id}/closure-request`, { reason: "Selesai", checklist: complete });
    expect((await caseManager.post(`/api/cases/${c.id}/closure-reject`, { reason: "x" })).status).toBe(403);
    const noReason = await coordinator.post(`/api/cases/${c.id}/closure-reject`, {});
    expect(fieldsOf(noReason)).toEqual(["reason"]);

    const rejected = await coordinator.post(`/api/cases/${c.id}/closure-reject`, {
      reason: "Reintegrasi belum dinilai",
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: "in_service", closureRequest: null });
    expect(rejected.body.abilities.requestClosure).toBe(true);
    expect((await auditOf(t, "case.closure_rejected", c.id))[0]!.data).toEqual({
      reason: "Reintegrasi belum dinilai",
    });
    expect(await kindsOf(c.id)).toEqual(["case.closure_requested", "case.closure_rejected"]);
    // Nothing pending any more: neither approval nor another rejection applies.
    expect((await coordinator.post(`/api/cases/${c.id}/closure-approve`)).status).toBe(404);
    expect((await coordinator.post(`/api/cases/${c.id}/closure-reject`, { reason: "x" })).status).toBe(404);
  });
});
