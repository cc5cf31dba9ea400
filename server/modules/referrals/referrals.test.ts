import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { caseEvents, referrals } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { databaseFingerprint } from "../../test/db-fingerprint.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

const DAY = 24 * 3600_000;

describeEachDatabase("referrals: the sending side", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let manager: Client;
  let outsider: Client;
  let managerOrgId: string;
  let providerOrgId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    coordinator = await t.as("coordinator");
    managerOrgId = (await t.factories.organization({ typeCode: "government_agency" })).id;
    manager = await t.as("case_manager", { organizationId: managerOrgId });
    outsider = await t.as("case_manager", { organizationId: (await t.factories.organization()).id });
    providerOrgId = (await t.factories.organization({ typeCode: "police" })).id;
  });
  afterAll(() => t.close());

  /** A case of the manager's organisation with one victim, consented or not. */
  async function caseWithVictim(options: { consent: boolean }) {
    const c = await t.factories.case({ leadOrganizationId: managerOrgId });
    const victim = await t.factories.casePerson(c.id, "victim");
    if (options.consent) {
      const res = await manager.post(`/api/cases/${c.id}/people/${victim.id}/consents`, {
        givenBy: "victim",
        method: "written",
        givenOn: "2026-03-03",
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    return { caseId: c.id, victim };
  }

  const referral = (casePersonId: string, overrides: Record<string, unknown> = {}) => ({
    casePersonId,
    toOrganizationId: providerOrgId,
    serviceTypes: ["health_rehabilitation", "psychological_support"],
    sharedFields: ["name", "phone"],
    message: "Mohon pemeriksaan kesehatan dan visum.",
    ...overrides,
  });

  it("sends a consented referral from the sender's organisation, due after the configured days", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: true });
    const res = await manager.post(`/api/cases/${caseId}/referrals`, referral(victim.id));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      casePersonId: victim.id,
      personCode: victim.code,
      fromOrganizationId: managerOrgId,
      toOrganizationId: providerOrgId,
      status: "sent",
      overdue: false,
      serviceTypes: ["health_rehabilitation", "psychological_support"],
      sharedFields: ["name", "phone"],
      consentOverrideReason: null,
      abilities: { cancel: true },
    });
    expect(res.body.consentId).toEqual(expect.any(String));
    expect(Date.parse(res.body.dueAt) - Date.parse(res.body.createdAt)).toBe(3 * DAY);

    const events = await t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, "referral.sent")));
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toEqual({
      referralId: res.body.id,
      personCode: victim.code,
      fromOrganizationId: managerOrgId,
      toOrganizationId: providerOrgId,
      serviceTypes: ["health_rehabilitation", "psychological_support"],
      sharedFields: ["name", "phone"],
      consentOverridden: false,
    });
    const audit = await auditOf(t, "referral.sent", res.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ caseId, consentId: res.body.consentId });
    expect(await auditOf(t, "referral.consent_overridden", res.body.id)).toHaveLength(0);

    const list = await manager.get(`/api/cases/${caseId}/referrals`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([res.body.id]);
  });

  it("refuses a referral without the victim's consent, naming the field, and writes nothing", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: false });
    const before = await databaseFingerprint(t.ctx.db);
    const res = await manager.post(`/api/cases/${caseId}/referrals`, referral(victim.id));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { field: "casePersonId", message: expect.stringContaining("persetujuan") },
    ]);
    expect(await databaseFingerprint(t.ctx.db)).toEqual(before);
  });

  it("does not let a case manager override a missing consent, even with a reason", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: false });
    const before = await databaseFingerprint(t.ctx.db);
    const res = await manager.post(
      `/api/cases/${caseId}/referrals`,
      referral(victim.id, { consentOverrideReason: "Korban dalam kondisi darurat medis" }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: "consentOverrideReason", message: expect.any(String) }]);
    expect(await databaseFingerprint(t.ctx.db)).toEqual(before);
  });

  it("lets a coordinator send without consent when giving a reason, and audits the override", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: false });
    const withoutReason = await coordinator.post(`/api/cases/${caseId}/referrals`, referral(victim.id));
    expect(withoutReason.status).toBe(422);
    expect(withoutReason.body.error.details[0].field).toBe("casePersonId");

    const reason = "Korban tidak sadar dan perlu penanganan medis segera";
    const res = await coordinator.post(
      `/api/cases/${caseId}/referrals`,
      referral(victim.id, { consentOverrideReason: reason }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      consentId: null,
      consentOverrideReason: reason,
      fromOrganizationId: coordinator.user.organizationId,
    });
    const overridden = await auditOf(t, "referral.consent_overridden", res.body.id);
    expect(overridden).toHaveLength(1);
    expect(overridden[0]!.data).toMatchObject({ caseId, personCode: victim.code, reason });
    expect(await auditOf(t, "referral.sent", res.body.id)).toHaveLength(1);
    const [event] = await t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, "referral.sent")));
    expect(event!.data).toMatchObject({ consentOverridden: true });
  });

  it("needs a new consent once the last one was withdrawn", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: true });
    const [consent] = (await manager.get(`/api/cases/${caseId}/people/${victim.id}/consents`)).body.items;
    const withdrawn = await manager.post(
      `/api/cases/${caseId}/people/${victim.id}/consents/${consent.id}/withdraw`,
      {},
    );
    expect(withdrawn.status).toBe(200);
    const res = await manager.post(`/api/cases/${caseId}/referrals`, referral(victim.id));
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].field).toBe("casePersonId");
  });

  it("refuses bad references field by field and writes nothing", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: true });
    const suspect = await t.factories.casePerson(caseId, "suspect");
    const inactive = await t.factories.organization({ active: false });
    const before = await databaseFingerprint(t.ctx.db);
    const fieldOf = async (body: Record<string, unknown>) => {
      const res = await manager.post(`/api/cases/${caseId}/referrals`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      return res.body.error.details.map((d: { field: string }) => d.field);
    };
    expect(await fieldOf(referral(suspect.id))).toEqual(["casePersonId"]);
    expect(await fieldOf(referral(victim.id, { toOrganizationId: managerOrgId }))).toEqual([
      "toOrganizationId",
    ]);
    expect(await fieldOf(referral(victim.id, { toOrganizationId: inactive.id }))).toEqual([
      "toOrganizationId",
    ]);
    expect(await fieldOf(referral(victim.id, { toOrganizationId: crypto.randomUUID() }))).toEqual([
      "toOrganizationId",
    ]);
    expect(await fieldOf(referral(victim.id, { serviceTypes: ["legal_aid", "bukan_layanan"] }))).toEqual([
      "serviceTypes.1",
    ]);
    expect(await fieldOf(referral(victim.id, { serviceTypes: [] }))).toEqual(["serviceTypes"]);
    expect(await fieldOf(referral(victim.id, { serviceTypes: ["legal_aid", "legal_aid"] }))).toEqual([
      "serviceTypes",
    ]);
    expect(await fieldOf(referral(victim.id, { sharedFields: ["name", "religion"] }))).toEqual([
      "sharedFields.1",
    ]);
    expect(await databaseFingerprint(t.ctx.db)).toEqual(before);
  });

  it("shows an unanswered referral past its due time as overdue on the case", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: true });
    const realNow = t.ctx.now;
    // Sent four days ago: with three days to answer, it fell due yesterday.
    t.ctx.now = () => new Date(Date.now() - 4 * DAY);
    const late = await manager.post(`/api/cases/${caseId}/referrals`, referral(victim.id));
    t.ctx.now = realNow;
    expect(late.status).toBe(201);
    const fresh = await manager.post(`/api/cases/${caseId}/referrals`, referral(victim.id));
    const list = await manager.get(`/api/cases/${caseId}/referrals`);
    const overdue = Object.fromEntries(
      list.body.items.map((r: { id: string; overdue: boolean }) => [r.id, r.overdue]),
    );
    expect(overdue).toEqual({ [late.body.id]: true, [fresh.body.id]: false });
    const cases = await manager.get("/api/cases?limit=200");
    expect(cases.body.items.find((c: { id: string }) => c.id === caseId)).toMatchObject({
      overdueReferrals: 1,
    });
  });

  it("cancels an open referral from the case side, once", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: true });
    const sent = await manager.post(`/api/cases/${caseId}/referrals`, referral(victim.id));
    const provider = await t.as("service_provider", { organizationId: providerOrgId });
    expect((await provider.post(`/api/referrals/${sent.body.id}/cancel`, {})).status).toBe(403);
    expect((await outsider.post(`/api/referrals/${sent.body.id}/cancel`, {})).status).toBe(404);

    const res = await manager.post(`/api/referrals/${sent.body.id}/cancel`, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "cancelled", overdue: false, abilities: { cancel: false } });
    expect(await auditOf(t, "referral.cancelled", sent.body.id)).toHaveLength(1);
    const again = await manager.post(`/api/referrals/${sent.body.id}/cancel`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
  });

  it("keeps a case's referrals from anyone outside the case", async () => {
    const { caseId, victim } = await caseWithVictim({ consent: true });
    expect((await outsider.get(`/api/cases/${caseId}/referrals`)).status).toBe(404);
    expect((await outsider.post(`/api/cases/${caseId}/referrals`, referral(victim.id))).status).toBe(404);
    const provider = await t.as("service_provider", { organizationId: providerOrgId });
    expect((await provider.get(`/api/cases/${caseId}/referrals`)).status).toBe(403);
    expect(await t.ctx.db.$count(referrals, eq(referrals.caseId, caseId))).toBe(0);
  });
});
