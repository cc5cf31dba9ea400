import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseEvents, legalProcesses, restitutions } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { mergeRestitution, restitutionProblems } from "./restitution-track.ts";

const fieldsOf = (res: { body: { error: { details: { field: string }[] } } }) =>
  res.body.error.details.map((d) => d.field);

describe("the restitution track", () => {
  const today = "2026-06-01";
  const at = (stageCode: "requested" | "awarded" | "paid" | "paid_by_victim_fund", extra = {}) =>
    mergeRestitution(undefined, { stageCode, ...extra });

  it("moves forward, or stays to correct amounts, never back", () => {
    const paid = at("paid", {
      awardedRupiah: 10,
      awardedOn: "2026-01-01",
      paidRupiah: 5,
      paidOn: "2026-02-01",
    });
    expect(restitutionProblems("awarded", paid, today)).toEqual([]);
    expect(restitutionProblems("paid", paid, today)).toEqual([]);
    const back = at("awarded", { awardedRupiah: 10, awardedOn: "2026-01-01" });
    expect(restitutionProblems("paid", back, today)).toEqual([
      { field: "stageCode", key: "legal.restitution_backwards", params: { current: "paid" } },
    ]);
    // The two ways of being paid are the same step: one cannot turn into the other.
    const fund = at("paid_by_victim_fund", { paidRupiah: 5, paidOn: "2026-02-01" });
    expect(restitutionProblems("paid", fund, today).map((p) => p.field)).toEqual(["stageCode"]);
  });

  it("needs the amount and date of the step reached, nothing beyond it, dates in order and not ahead", () => {
    expect(restitutionProblems(null, at("awarded"), today).map((p) => p.field)).toEqual([
      "awardedRupiah",
      "awardedOn",
    ]);
    const ahead = at("requested", {
      requestedRupiah: 1,
      requestedOn: "2026-03-01",
      paidRupiah: 1,
    });
    expect(restitutionProblems(null, ahead, today).map((p) => p.key)).toEqual([
      "legal.restitution_step_not_reached",
    ]);
    const disordered = at("awarded", {
      requestedRupiah: 1,
      requestedOn: "2026-03-01",
      awardedRupiah: 1,
      awardedOn: "2026-02-01",
    });
    expect(restitutionProblems(null, disordered, today)).toEqual([
      { field: "awardedOn", key: "legal.restitution_date_order" },
    ]);
    const future = at("requested", { requestedRupiah: 1, requestedOn: "2026-06-02" });
    expect(restitutionProblems(null, future, today)).toEqual([
      { field: "requestedOn", key: "field.date_in_future" },
    ]);
  });

  it("keeps stored values the input leaves out and clears those it sets to null", () => {
    const stored = at("awarded", {
      requestedRupiah: 7,
      requestedOn: "2026-01-01",
      awardedRupiah: 9,
      awardedOn: "2026-02-01",
    });
    const next = mergeRestitution(stored, {
      stageCode: "paid",
      paidRupiah: 9,
      paidOn: "2026-03-01",
      requestedOn: null,
    });
    expect(next).toMatchObject({
      stageCode: "paid",
      requestedRupiah: 7,
      requestedOn: null,
      awardedRupiah: 9,
      paidRupiah: 9,
    });
  });
});

describeEachDatabase("legal process", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let caseManager: Client;
  let outsider: Client;
  let caseId: string;
  let victimId: string;
  let victimCode: string;
  let suspectIds: string[];

  beforeAll(async () => {
    t = await createTestApp(kind);
    coordinator = await t.as("coordinator");
    const org = await t.factories.organization();
    const otherOrg = await t.factories.organization();
    caseManager = await t.as("case_manager", { organizationId: org.id });
    outsider = await t.as("case_manager", { organizationId: otherOrg.id });
    const c = await t.factories.case({ leadOrganizationId: org.id });
    caseId = c.id;
    const victim = await t.factories.casePerson(caseId, "victim");
    victimId = victim.id;
    victimCode = victim.code;
    suspectIds = [
      (await t.factories.casePerson(caseId, "suspect")).id,
      (await t.factories.casePerson(caseId, "suspect")).id,
    ];
  });
  afterAll(() => t.close());

  const eventsOf = (kind: string) =>
    t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, kind)))
      .orderBy(caseEvents.occurredAt);

  it("follows a proceeding from the police report to a conviction, each stage on the timeline", async () => {
    const created = await caseManager.post(`/api/cases/${caseId}/legal`, {
      policeReportNumber: "LP/B/123/V/2026/SPKT/POLRES METRO JAKPUS",
      policeUnit: "Unit PPA Polres Metro Jakarta Pusat",
      reportedOn: "2025-04-02",
      stageCode: "police_report",
      stageOn: "2025-04-02",
      suspectIds,
      lpskProtection: "requested",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      stageCode: "police_report",
      lpskProtection: "requested",
      verdict: null,
    });
    expect(created.body.suspects.map((s: { casePersonId: string }) => s.casePersonId).sort()).toEqual(
      [...suspectIds].sort(),
    );
    const legalId = created.body.id;
    expect(await eventsOf("legal.recorded")).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ legalProcessId: legalId, stage: "police_report" }),
      }),
    ]);
    expect(await auditOf(t, "legal.recorded", legalId)).toHaveLength(1);

    for (const stageCode of ["investigation", "indictment"]) {
      const moved = await caseManager.patch(`/api/cases/${caseId}/legal/${legalId}`, {
        stageCode,
        stageOn: "2025-05-10",
      });
      expect(moved.status).toBe(200);
      expect(moved.body.stageCode).toBe(stageCode);
    }
    const verdict = await caseManager.patch(`/api/cases/${caseId}/legal/${legalId}`, {
      stageCode: "district_court_verdict",
      stageOn: "2025-09-01",
      articlesCharged: "Pasal 2 ayat (1) UU 21/2007",
      verdict: "convicted",
      verdictOn: "2025-09-01",
      sentenceMonths: 60,
      fineRupiah: 200_000_000,
      lpskProtection: "granted",
    });
    expect(verdict.status).toBe(200);
    expect(verdict.body).toMatchObject({
      verdict: "convicted",
      verdictOn: "2025-09-01",
      sentenceMonths: 60,
      fineRupiah: 200_000_000,
      lpskProtection: "granted",
    });
    expect((await eventsOf("legal.stage_changed")).map((e) => e.data)).toEqual([
      { legalProcessId: legalId, from: "police_report", to: "investigation" },
      { legalProcessId: legalId, from: "investigation", to: "indictment" },
      { legalProcessId: legalId, from: "indictment", to: "district_court_verdict" },
    ]);
    const audits = await auditOf(t, "legal.updated", legalId);
    expect(audits).toHaveLength(3);
    expect(audits[2]!.data).toMatchObject({
      stage: { from: "indictment", to: "district_court_verdict" },
      fields: expect.arrayContaining(["verdict", "sentenceMonths", "fineRupiah"]),
    });

    // The same values again change nothing and record nothing.
    await caseManager.patch(`/api/cases/${caseId}/legal/${legalId}`, { stageCode: "district_court_verdict" });
    expect(await auditOf(t, "legal.updated", legalId)).toHaveLength(3);

    const list = await coordinator.get(`/api/cases/${caseId}/legal`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(legalId);
  });

  it("moves a victim's restitution from requested to awarded to paid, and never back", async () => {
    const { body: process } = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "prosecution_demand",
    });
    const url = `/api/cases/${caseId}/legal/${process.id}/restitutions/${victimId}`;

    const requested = await caseManager.patch(url, {
      stageCode: "requested",
      requestedRupiah: 150_000_000,
      requestedOn: "2025-05-01",
    });
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({
      stageCode: "requested",
      requestedRupiah: 150_000_000,
      personCode: victimCode,
    });

    const awarded = await caseManager.patch(url, {
      stageCode: "awarded",
      awardedRupiah: 90_000_000,
      awardedOn: "2025-09-01",
    });
    expect(awarded.status).toBe(200);
    const paid = await caseManager.patch(url, {
      stageCode: "paid",
      paidRupiah: 30_000_000,
      paidOn: "2025-10-01",
    });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({
      stageCode: "paid",
      requestedRupiah: 150_000_000,
      awardedRupiah: 90_000_000,
      paidRupiah: 30_000_000,
    });

    const shown = await coordinator.get(`/api/cases/${caseId}/legal/${process.id}`);
    expect(shown.body.restitutionTotals).toEqual({
      requestedRupiah: 150_000_000,
      awardedRupiah: 90_000_000,
      paidRupiah: 30_000_000,
    });

    const events = await eventsOf("restitution.updated");
    expect(events.map((e) => (e.data as { stage: string }).stage)).toEqual(["requested", "awarded", "paid"]);
    expect(events[2]!.data).toEqual({
      legalProcessId: process.id,
      personCode: victimCode,
      stage: "paid",
      amounts: { requested: 150_000_000, demanded: null, awarded: 90_000_000, paid: 30_000_000 },
    });
    const [row] = await t.ctx.db
      .select()
      .from(restitutions)
      .where(eq(restitutions.legalProcessId, process.id));
    const audits = await auditOf(t, "restitution.updated", row!.id);
    expect(audits.map((a) => (a.data as { stage: { to: string } }).stage.to)).toEqual([
      "requested",
      "awarded",
      "paid",
    ]);

    const back = await caseManager.patch(url, { stageCode: "awarded" });
    expect(back.status).toBe(422);
    expect(fieldsOf(back)).toEqual(["stageCode"]);
    expect(back.body.error.details[0].message).toContain("paid");
    const [after] = await t.ctx.db.select().from(restitutions).where(eq(restitutions.id, row!.id));
    expect(after).toEqual(row);
    expect(await eventsOf("restitution.updated")).toHaveLength(3);
  });

  it("refuses a restitution step without its amount and date, and one for someone who is not a victim", async () => {
    const { body: process } = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "indictment",
    });
    const missing = await caseManager.patch(
      `/api/cases/${caseId}/legal/${process.id}/restitutions/${victimId}`,
      {
        stageCode: "awarded",
        awardedRupiah: 5_000_000,
      },
    );
    expect(missing.status).toBe(422);
    expect(fieldsOf(missing)).toEqual(["awardedOn"]);
    const negative = await caseManager.patch(
      `/api/cases/${caseId}/legal/${process.id}/restitutions/${victimId}`,
      {
        stageCode: "requested",
        requestedRupiah: -1,
        requestedOn: "2025-05-01",
      },
    );
    expect(fieldsOf(negative)).toEqual(["requestedRupiah"]);
    const suspect = await caseManager.patch(
      `/api/cases/${caseId}/legal/${process.id}/restitutions/${suspectIds[0]}`,
      {
        stageCode: "requested",
        requestedRupiah: 1,
        requestedOn: "2025-05-01",
      },
    );
    expect(suspect.status).toBe(422);
    expect(fieldsOf(suspect)).toEqual(["casePersonId"]);
    expect(await t.ctx.db.$count(restitutions, eq(restitutions.legalProcessId, process.id))).toBe(0);
  });

  it("refuses a suspect of another case, a victim as suspect, and a verdict that does not hang together", async () => {
    const other = await t.factories.case();
    const foreignSuspect = await t.factories.casePerson(other.id, "suspect");
    const before = await t.ctx.db.$count(legalProcesses);
    const eventsBefore = await t.ctx.db.$count(caseEvents, eq(caseEvents.caseId, caseId));

    const foreign = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "investigation",
      suspectIds: [suspectIds[0], foreignSuspect.id],
    });
    expect(foreign.status).toBe(422);
    expect(fieldsOf(foreign)).toEqual(["suspectIds.1"]);
    const victim = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "investigation",
      suspectIds: [victimId],
    });
    expect(fieldsOf(victim)).toEqual(["suspectIds.0"]);
    const unknownStage = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "sidang_rahasia",
    });
    expect(fieldsOf(unknownStage)).toEqual(["stageCode"]);
    const future = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "police_report",
      reportedOn: "2999-01-01",
    });
    expect(fieldsOf(future)).toEqual(["reportedOn"]);
    const noVerdict = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "appeal",
      sentenceMonths: 12,
    });
    expect(fieldsOf(noVerdict)).toEqual(["sentenceMonths"]);
    const acquittal = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "district_court_verdict",
      verdict: "acquitted",
      verdictOn: "2025-09-01",
      fineRupiah: 1_000_000,
    });
    expect(fieldsOf(acquittal)).toEqual(["fineRupiah"]);
    const undated = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "district_court_verdict",
      verdict: "convicted",
    });
    expect(fieldsOf(undated)).toEqual(["verdictOn"]);
    const badLpsk = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "police_report",
      lpskProtection: "maybe",
    });
    expect(fieldsOf(badLpsk)).toEqual(["lpskProtection"]);

    expect(await t.ctx.db.$count(legalProcesses)).toBe(before);
    expect(await t.ctx.db.$count(caseEvents, eq(caseEvents.caseId, caseId))).toBe(eventsBefore);
  });

  it("records an investigation stopped by SP3, and clears a verdict's parts together", async () => {
    const { body: process } = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "district_court_verdict",
      verdict: "other",
      verdictOn: "2025-08-01",
    });
    const stopped = await caseManager.patch(`/api/cases/${caseId}/legal/${process.id}`, {
      stageCode: "investigation_stopped",
      verdict: null,
      verdictOn: null,
    });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({
      stageCode: "investigation_stopped",
      verdict: null,
      verdictOn: null,
    });
    const halfCleared = await caseManager.patch(`/api/cases/${caseId}/legal/${process.id}`, {
      verdictOn: "2025-08-01",
    });
    expect(fieldsOf(halfCleared)).toEqual(["verdictOn"]);
  });

  it("answers 404 outside the caller's reach and 403 to roles without case access", async () => {
    const { body: process } = await caseManager.post(`/api/cases/${caseId}/legal`, {
      stageCode: "police_report",
    });
    expect((await outsider.get(`/api/cases/${caseId}/legal`)).status).toBe(404);
    expect((await outsider.get(`/api/cases/${caseId}/legal/${process.id}`)).status).toBe(404);
    const before = await t.ctx.db.$count(legalProcesses);
    expect((await outsider.post(`/api/cases/${caseId}/legal`, { stageCode: "police_report" })).status).toBe(
      404,
    );
    expect(
      (await outsider.patch(`/api/cases/${caseId}/legal/${process.id}`, { stageCode: "appeal" })).status,
    ).toBe(404);
    expect(
      (
        await outsider.patch(`/api/cases/${caseId}/legal/${process.id}/restitutions/${victimId}`, {
          stageCode: "requested",
          requestedRupiah: 1,
          requestedOn: "2025-05-01",
        })
      ).status,
    ).toBe(404);
    expect(await t.ctx.db.$count(legalProcesses)).toBe(before);
    const denied = await auditOf(t, "access.denied", caseId);
    expect(denied.length).toBeGreaterThanOrEqual(4);

    // A proceeding of another case is not found through this one.
    const other = await t.factories.case({
      leadOrganizationId: (await t.as("case_manager")).user.organizationId,
    });
    const foreign = await coordinator.post(`/api/cases/${other.id}/legal`, { stageCode: "police_report" });
    expect((await caseManager.get(`/api/cases/${caseId}/legal/${foreign.body.id}`)).status).toBe(404);

    const provider = await t.as("service_provider");
    expect((await provider.get(`/api/cases/${caseId}/legal`)).status).toBe(403);
    const reporter = await t.as("field_reporter");
    expect((await reporter.post(`/api/cases/${caseId}/legal`, { stageCode: "police_report" })).status).toBe(
      403,
    );
  });
});
