import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { caseEvents, casePeople } from "../../db/schema/index.ts";
import { wibDate } from "../../lib/wib.ts";
import { auditOf } from "../../test/audit-of.ts";
import { databaseFingerprint } from "../../test/db-fingerprint.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

describeEachDatabase("consent to be referred", (kind) => {
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

  async function caseWithVictim() {
    const c = await t.factories.case({ leadOrganizationId: managerOrgId });
    const victim = await t.factories.casePerson(c.id, "victim");
    return { caseId: c.id, victim, path: `/api/cases/${c.id}/people/${victim.id}/consents` };
  }

  it("records the victim's own consent with a timeline entry and an audit row", async () => {
    const { caseId, victim, path } = await caseWithVictim();
    const res = await manager.post(path, {
      givenBy: "victim",
      method: "written",
      givenOn: "2026-03-04",
      scope: "Rujukan layanan kesehatan dan bantuan hukum",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      casePersonId: victim.id,
      givenBy: "victim",
      guardianCasePersonId: null,
      method: "written",
      givenOn: "2026-03-04",
      active: true,
      withdrawnAt: null,
    });
    expect(res.body.recordedByName).toEqual(expect.any(String));
    const [event] = await t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, "consent.recorded")));
    expect(event!.data).toEqual({
      personCode: victim.code,
      givenBy: "victim",
      guardianCode: null,
      method: "written",
    });
    expect(await auditOf(t, "consent.recorded", res.body.id)).toHaveLength(1);
  });

  it("records a guardian's consent when the guardian is a person of the same case", async () => {
    const { caseId, victim, path } = await caseWithVictim();
    const guardian = await t.factories.casePerson(caseId, "guardian");
    await t.ctx.db.update(casePeople).set({ guardianOfId: victim.id }).where(eq(casePeople.id, guardian.id));
    const res = await manager.post(path, {
      givenBy: "guardian",
      guardianCasePersonId: guardian.id,
      method: "verbal",
      givenOn: "2026-03-04",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      givenBy: "guardian",
      guardianCasePersonId: guardian.id,
      guardianCode: guardian.code,
    });
  });

  it("refuses a wrong guardian, method or date, naming the field, and writes nothing", async () => {
    const { caseId, victim, path } = await caseWithVictim();
    const witness = await t.factories.casePerson(caseId, "witness");
    const elsewhere = await t.factories.case({ leadOrganizationId: managerOrgId });
    const foreignGuardian = await t.factories.casePerson(elsewhere.id, "guardian");
    const otherVictim = await t.factories.casePerson(caseId, "victim");
    const othersGuardian = await t.factories.casePerson(caseId, "guardian");
    await t.ctx.db
      .update(casePeople)
      .set({ guardianOfId: otherVictim.id })
      .where(eq(casePeople.id, othersGuardian.id));
    const today = wibDate(new Date());
    const tomorrow = wibDate(new Date(Date.now() + 24 * 3600_000));
    const before = await databaseFingerprint(t.ctx.db);
    const fieldOf = async (body: Record<string, unknown>) => {
      const res = await manager.post(path, { givenBy: "victim", method: "written", givenOn: today, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      return res.body.error.details.map((d: { field: string }) => d.field);
    };
    expect(await fieldOf({ givenBy: "guardian" })).toEqual(["guardianCasePersonId"]);
    expect(await fieldOf({ guardianCasePersonId: witness.id })).toEqual(["guardianCasePersonId"]);
    expect(await fieldOf({ givenBy: "guardian", guardianCasePersonId: witness.id })).toEqual([
      "guardianCasePersonId",
    ]);
    expect(await fieldOf({ givenBy: "guardian", guardianCasePersonId: foreignGuardian.id })).toEqual([
      "guardianCasePersonId",
    ]);
    expect(await fieldOf({ givenBy: "guardian", guardianCasePersonId: othersGuardian.id })).toEqual([
      "guardianCasePersonId",
    ]);
    expect(await fieldOf({ givenBy: "guardian", guardianCasePersonId: victim.id })).toEqual([
      "guardianCasePersonId",
    ]);
    expect(await fieldOf({ method: "telepathy" })).toEqual(["method"]);
    expect(await fieldOf({ givenOn: tomorrow })).toEqual(["givenOn"]);
    expect(await fieldOf({ givenOn: "2026-02-30" })).toEqual(["givenOn"]);
    expect(await databaseFingerprint(t.ctx.db)).toEqual(before);
  });

  it("answers 404 for someone who is not a victim of the case, or a case out of reach", async () => {
    const { caseId, path } = await caseWithVictim();
    const suspect = await t.factories.casePerson(caseId, "suspect");
    const body = { givenBy: "victim", method: "written", givenOn: "2026-03-04" };
    expect((await manager.post(`/api/cases/${caseId}/people/${suspect.id}/consents`, body)).status).toBe(404);
    expect((await manager.get(`/api/cases/${caseId}/people/${suspect.id}/consents`)).status).toBe(404);
    expect((await outsider.post(path, body)).status).toBe(404);
    expect((await outsider.get(path)).status).toBe(404);
    const provider = await t.as("service_provider", { organizationId: managerOrgId });
    expect((await provider.get(path)).status).toBe(403);
  });

  it("withdraws a consent once and lists consents latest first", async () => {
    const { caseId, victim, path } = await caseWithVictim();
    const first = await manager.post(path, { givenBy: "victim", method: "written", givenOn: "2026-03-04" });
    const second = await manager.post(path, {
      givenBy: "victim",
      method: "electronic",
      givenOn: "2026-03-10",
    });
    const withdrawn = await manager.post(`${path}/${first.body.id}/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ id: first.body.id, active: false });
    expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));
    const again = await manager.post(`${path}/${first.body.id}/withdraw`, {});
    expect(again.status).toBe(409);
    expect(await auditOf(t, "consent.withdrawn", first.body.id)).toHaveLength(1);
    const [event] = await t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, "consent.withdrawn")));
    expect(event!.data).toEqual({ personCode: victim.code });

    const list = await manager.get(path);
    expect(list.body.items.map((c: { id: string; active: boolean }) => [c.id, c.active])).toEqual([
      [second.body.id, true],
      [first.body.id, false],
    ]);
    const unknown = await manager.post(`${path}/${crypto.randomUUID()}/withdraw`, {});
    expect(unknown.status).toBe(404);
  });
});
