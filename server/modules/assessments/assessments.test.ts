import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { caseEvents } from "../../db/schema/index.ts";
import { wibDate } from "../../lib/wib.ts";
import { auditOf } from "../../test/audit-of.ts";
import { databaseFingerprint } from "../../test/db-fingerprint.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

describeEachDatabase("assessments", (kind) => {
  let t: TestApp;
  let manager: Client;
  let outsider: Client;
  let managerOrgId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    managerOrgId = (await t.factories.organization()).id;
    manager = await t.as("case_manager", { organizationId: managerOrgId });
    outsider = await t.as("case_manager", { organizationId: (await t.factories.organization()).id });
  });
  afterAll(() => t.close());

  const assessment = (casePersonId: string, overrides: Record<string, unknown> = {}) => ({
    casePersonId,
    assessedOn: "2026-03-05",
    needs: ["health", "psychosocial", "shelter"],
    riskLevel: "high",
    notes: "Korban masih trauma; perlu rumah aman.",
    ...overrides,
  });

  it("records a victim's needs and risk, by the caller, with a timeline entry and an audit row", async () => {
    const c = await t.factories.case({ leadOrganizationId: managerOrgId });
    const victim = await t.factories.casePerson(c.id, "victim");
    const res = await manager.post(`/api/cases/${c.id}/assessments`, assessment(victim.id));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      casePersonId: victim.id,
      personCode: victim.code,
      assessedOn: "2026-03-05",
      needs: ["health", "psychosocial", "shelter"],
      riskLevel: "high",
      assessedById: manager.user.id,
    });
    const [event] = await t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.kind, "assessment.recorded")));
    // The notes may describe the person: the timeline keeps codes only.
    expect(event!.data).toEqual({
      personCode: victim.code,
      riskLevel: "high",
      needs: ["health", "psychosocial", "shelter"],
    });
    expect(await auditOf(t, "assessment.recorded", res.body.id)).toHaveLength(1);
  });

  it("lists a case's assessments newest first, and one victim's", async () => {
    const c = await t.factories.case({ leadOrganizationId: managerOrgId });
    const first = await t.factories.casePerson(c.id, "victim");
    const second = await t.factories.casePerson(c.id, "victim");
    const a = await manager.post(
      `/api/cases/${c.id}/assessments`,
      assessment(first.id, { assessedOn: "2026-03-05" }),
    );
    const b = await manager.post(
      `/api/cases/${c.id}/assessments`,
      assessment(second.id, { assessedOn: "2026-03-20" }),
    );
    const later = await manager.post(
      `/api/cases/${c.id}/assessments`,
      assessment(first.id, { assessedOn: "2026-04-02", riskLevel: "low", needs: ["reintegration"] }),
    );
    const all = await manager.get(`/api/cases/${c.id}/assessments`);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([later.body.id, b.body.id, a.body.id]);
    const filtered = await manager.get(`/api/cases/${c.id}/assessments?casePersonId=${first.id}`);
    expect(filtered.body.items.map((i: { id: string }) => i.id)).toEqual([later.body.id, a.body.id]);
    const perVictim = await manager.get(`/api/cases/${c.id}/people/${second.id}/assessments`);
    expect(perVictim.body.items.map((i: { id: string }) => i.id)).toEqual([b.body.id]);
  });

  it("assesses victims only, and refuses bad input field by field, writing nothing", async () => {
    const c = await t.factories.case({ leadOrganizationId: managerOrgId });
    const victim = await t.factories.casePerson(c.id, "victim");
    const witness = await t.factories.casePerson(c.id, "witness");
    const tomorrow = wibDate(new Date(Date.now() + 24 * 3600_000));
    const before = await databaseFingerprint(t.ctx.db);
    const fieldOf = async (body: Record<string, unknown>) => {
      const res = await manager.post(`/api/cases/${c.id}/assessments`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      return res.body.error.details.map((d: { field: string }) => d.field);
    };
    expect(await fieldOf(assessment(witness.id))).toEqual(["casePersonId"]);
    expect(await fieldOf(assessment(crypto.randomUUID()))).toEqual(["casePersonId"]);
    expect(await fieldOf(assessment(victim.id, { riskLevel: "extreme" }))).toEqual(["riskLevel"]);
    expect(await fieldOf(assessment(victim.id, { needs: ["health", "spa"] }))).toEqual(["needs.1"]);
    expect(await fieldOf(assessment(victim.id, { needs: ["health", "health"] }))).toEqual(["needs"]);
    expect(await fieldOf(assessment(victim.id, { assessedOn: tomorrow }))).toEqual(["assessedOn"]);
    expect(await fieldOf(assessment(victim.id, { notes: "" }))).toEqual(["notes"]);
    expect(await databaseFingerprint(t.ctx.db)).toEqual(before);
  });

  it("keeps assessments within the case's reach", async () => {
    const c = await t.factories.case({ leadOrganizationId: managerOrgId });
    const victim = await t.factories.casePerson(c.id, "victim");
    const suspect = await t.factories.casePerson(c.id, "suspect");
    expect((await outsider.get(`/api/cases/${c.id}/assessments`)).status).toBe(404);
    expect((await outsider.post(`/api/cases/${c.id}/assessments`, assessment(victim.id))).status).toBe(404);
    expect((await manager.get(`/api/cases/${c.id}/people/${suspect.id}/assessments`)).status).toBe(404);
    const reporter = await t.as("field_reporter");
    expect((await reporter.get(`/api/cases/${c.id}/assessments`)).status).toBe(403);
    const closed = await t.factories.case({ leadOrganizationId: managerOrgId, status: "closed" });
    const closedVictim = await t.factories.casePerson(closed.id, "victim");
    expect(
      (await manager.post(`/api/cases/${closed.id}/assessments`, assessment(closedVictim.id))).status,
    ).toBe(404);
  });
});
