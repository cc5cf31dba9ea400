import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { complaints, earlyWarningEvents, earlyWarnings } from "../../db/schema/index.ts";
import { decryptField } from "../../lib/crypto/field-encryption.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { complaintContexts } from "../complaints/complaint-intake.ts";
import { fieldsOf } from "../complaints/test-support.ts";
import { CIDENG, DESCRIPTION, file, villageOffice } from "./test-support.ts";

describeEachDatabase("early warnings: verify, escalate, close", (kind) => {
  let t: TestApp;
  let lurah: Client;
  let coordinator: Client;
  let caseManager: Client;

  beforeAll(async () => {
    // The complaint's reporter is identity: shown here without enrolling TOTP.
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    lurah = await t.as("field_reporter", { organizationId: (await villageOffice(t)).id });
    coordinator = await t.as("coordinator");
    caseManager = await t.as("case_manager", { organizationId: (await t.factories.organization()).id });
  });
  afterAll(() => t.close());

  const act = (by: Client, id: string, step: string, body: unknown = {}) =>
    by.post(`/api/early-warnings/${id}/${step}`, body);

  it("verifies, then escalates into the intake queue: the complaint is created with channel early_warning and linked both ways", async () => {
    const filed = await file(lurah, {
      placeDetail: "Kos tiga lantai di Gang Sawo",
      observedOn: "2026-01-14",
      observedTime: "21:40",
    });

    // Only the secretariat takes a step; the reporter and a case manager hold no such permission.
    expect((await act(lurah, filed.id, "verify")).status).toBe(403);
    expect((await act(caseManager, filed.id, "verify")).status).toBe(403);

    // Escalating needs a verified warning first.
    const early = await act(coordinator, filed.id, "escalate", { to: "complaint" });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/Verifikasi laporan ini terlebih dahulu/);

    const verified = await act(coordinator, filed.id, "verify", { note: "Sudah dicek ke RT setempat." });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      status: "verified",
      abilities: { verify: false, escalate: true, close: true },
    });
    expect((await act(coordinator, filed.id, "verify")).status).toBe(409);

    const escalated = await act(coordinator, filed.id, "escalate", {
      to: "complaint",
      note: "Mohon segera dijangkau, anak masih di lokasi.",
    });
    expect(escalated.status, JSON.stringify(escalated.body)).toBe(200);
    expect(escalated.body).toMatchObject({
      status: "escalated",
      ledToAction: true,
      escalation: { to: "complaint", policeOrganizationId: null, policeUnitName: null },
    });
    const complaintId = escalated.body.escalation.complaintId as string;
    expect(escalated.body.escalation.complaintTrackingCode).toMatch(/^ADU-/);

    // The complaint waits in the intake queue, from this channel, with the warning's story and place.
    const queue = await coordinator.get("/api/complaints?channel=early_warning&limit=200");
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(complaintId);
    const complaint = await coordinator.get(`/api/complaints/${complaintId}`);
    expect(complaint.body).toMatchObject({
      channel: "early_warning",
      source: "staff",
      status: "received",
      placeRegionCode: CIDENG,
      placeDetail: "Kos tiga lantai di Gang Sawo",
      reporter: { anonymous: false, name: expect.stringMatching(/^Pengguna Uji/) },
      earlyWarning: { id: filed.id, code: filed.code },
    });
    expect(complaint.body.story).toContain(DESCRIPTION);
    expect(complaint.body.story).toContain(`laporan kewaspadaan dini ${filed.code}`);
    expect(complaint.body.story).toContain("diamati 2026-01-14 pukul 21:40 WIB");
    const [row] = await t.ctx.db.select().from(complaints).where(eq(complaints.id, complaintId));
    expect(decryptField(t.ctx.keyring, row!.storyEnc, complaintContexts.story(complaintId))).toContain(
      DESCRIPTION,
    );
    const [warning] = await t.ctx.db.select().from(earlyWarnings).where(eq(earlyWarnings.id, filed.id));
    expect(warning).toMatchObject({ complaintId, escalatedTo: "complaint", status: "escalated" });

    const [complaintAudit] = await auditOf(t, "complaint.recorded", complaintId);
    expect(complaintAudit?.data).toEqual({ channel: "early_warning", earlyWarningId: filed.id });
    const [escalationAudit] = await auditOf(t, "early_warning.escalated", filed.id);
    expect(escalationAudit?.data).toEqual({ to: "complaint", complaintId });
    expect(await auditOf(t, "early_warning.verified", filed.id)).toHaveLength(1);

    // Once is enough: a second escalation is refused and makes no second complaint.
    expect((await act(coordinator, filed.id, "escalate", { to: "complaint" })).status).toBe(409);
    const again = await coordinator.get("/api/complaints?channel=early_warning&limit=200");
    expect(again.body.items.length).toBe(queue.body.items.length);

    // The reporter sees where it went and the thanks, but not the secretariat's internal notes.
    const seen = await lurah.get(`/api/early-warnings/${filed.id}`);
    expect(seen.body).toMatchObject({ status: "escalated", ledToAction: true });
    expect(seen.body.timeline.map((e: { status: string }) => e.status)).toEqual([
      "new",
      "verified",
      "escalated",
    ]);
    expect(seen.body.timeline.every((e: { note: string | null }) => e.note === null)).toBe(true);
    const managerView = await coordinator.get(`/api/early-warnings/${filed.id}`);
    expect(managerView.body.timeline.map((e: { note: string | null }) => e.note)).toEqual([
      null,
      "Sudah dicek ke RT setempat.",
      "Mohon segera dijangkau, anak masih di lokasi.",
    ]);
    expect(managerView.body.timeline[2]).toMatchObject({
      escalatedTo: "complaint",
      actorName: expect.any(String),
    });

    // An escalated warning closes once its follow-up is done; the reporter reads why.
    const wrongReason = await act(coordinator, filed.id, "close", { reason: "duplicate" });
    expect(fieldsOf(wrongReason)).toEqual(["reason"]);
    const closed = await act(coordinator, filed.id, "close", {
      reason: "follow_up_completed",
      note: "Korban sudah dijangkau UPT PPPA.",
    });
    expect(closed.body).toMatchObject({
      status: "closed",
      closeReason: "follow_up_completed",
      ledToAction: true,
    });
    const reporterView = await lurah.get(`/api/early-warnings/${filed.id}`);
    expect(reporterView.body.timeline.at(-1)).toMatchObject({
      status: "closed",
      closeReason: "follow_up_completed",
      note: "Korban sudah dijangkau UPT PPPA.",
    });
    expect((await act(coordinator, filed.id, "close", { reason: "other", note: "lagi" })).status).toBe(409);
    const events = await t.ctx.db
      .select()
      .from(earlyWarningEvents)
      .where(eq(earlyWarningEvents.earlyWarningId, filed.id));
    expect(events).toHaveLength(4);
  });

  it("passes a warning to the police, named as a member unit or in words, exactly one", async () => {
    const polres = await t.factories.organization({ typeCode: "police", name: "Unit PPA Polres Uji" });
    const filed = await file(lurah, { kind: "unlicensed_migrant_placement" });
    await act(coordinator, filed.id, "verify");

    const both = await act(coordinator, filed.id, "escalate", {
      to: "police",
      policeOrganizationId: polres.id,
      policeUnitName: "Polsek Gambir",
      note: "Penampungan calon PMI di rumah kontrakan.",
    });
    expect(fieldsOf(both)).toEqual(["policeOrganizationId"]);
    const noNote = await act(coordinator, filed.id, "escalate", {
      to: "police",
      policeUnitName: "Polsek Gambir",
    });
    expect(fieldsOf(noNote)).toEqual(["note"]);
    const stranger = await act(coordinator, filed.id, "escalate", {
      to: "police",
      policeOrganizationId: "00000000-0000-4000-8000-000000000000",
      note: "x",
    });
    expect(fieldsOf(stranger)).toEqual(["policeOrganizationId"]);
    // A refused step changes nothing.
    expect((await coordinator.get(`/api/early-warnings/${filed.id}`)).body.status).toBe("verified");

    const passed = await act(coordinator, filed.id, "escalate", {
      to: "police",
      policeOrganizationId: polres.id,
      note: "Penampungan calon PMI di rumah kontrakan, sekitar 12 orang.",
    });
    expect(passed.body).toMatchObject({
      status: "escalated",
      ledToAction: true,
      escalation: {
        to: "police",
        complaintId: null,
        policeOrganizationId: polres.id,
        policeOrganizationName: "Unit PPA Polres Uji",
      },
    });
    const [audit] = await auditOf(t, "early_warning.escalated", filed.id);
    expect(audit?.data).toEqual({ to: "police", policeOrganizationId: polres.id, policeUnitName: null });

    const inWords = await file(lurah);
    await act(coordinator, inWords.id, "verify");
    const police = await act(coordinator, inWords.id, "escalate", {
      to: "police",
      policeUnitName: "Polsek Metro Gambir",
      note: "Diserahkan langsung ke piket SPKT.",
    });
    expect(police.body.escalation).toMatchObject({
      policeOrganizationId: null,
      policeUnitName: "Polsek Metro Gambir",
    });
  });

  it("closes a new or verified warning with a reason, and refuses what the flow does not allow", async () => {
    const filed = await file(lurah);
    const followUp = await act(coordinator, filed.id, "close", { reason: "follow_up_completed" });
    expect(fieldsOf(followUp)).toEqual(["reason"]);
    const other = await act(coordinator, filed.id, "close", { reason: "other" });
    expect(fieldsOf(other)).toEqual(["note"]);
    const closed = await act(coordinator, filed.id, "close", {
      reason: "not_trafficking",
      note: "Agen resmi berizin P3MI, sudah dicek ke Sudin Nakertrans.",
    });
    expect(closed.body).toMatchObject({
      status: "closed",
      closeReason: "not_trafficking",
      ledToAction: false,
      abilities: { verify: false, escalate: false, close: false },
    });
    const [audit] = await auditOf(t, "early_warning.closed", filed.id);
    expect(audit?.data).toEqual({ reason: "not_trafficking", from: "new" });
    for (const [step, body] of [
      ["verify", {}],
      ["escalate", { to: "complaint" }],
      ["close", { reason: "duplicate" }],
    ] as const) {
      const res = await act(coordinator, filed.id, step, body);
      expect(res.status, step).toBe(409);
    }
    const en = await coordinator.post(
      `/api/early-warnings/${filed.id}/close`,
      { reason: "duplicate" },
      {
        "accept-language": "en",
      },
    );
    expect(en.body.error.message).toBe("This report is already closed.");

    const verified = await file(lurah);
    await act(coordinator, verified.id, "verify");
    const done = await act(coordinator, verified.id, "close", { reason: "insufficient_information" });
    expect(done.body.status).toBe("closed");
    // A warning that does not exist, or that the caller cannot reach, is simply not found.
    expect((await act(coordinator, "00000000-0000-4000-8000-000000000000", "verify")).status).toBe(404);
  });
});
