import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseEvents, cases } from "../../db/schema/index.ts";
import { wibDate } from "../../lib/wib.ts";
import { auditOf } from "../../test/audit-of.ts";
import { databaseFingerprint } from "../../test/db-fingerprint.ts";
import {
  type Client,
  createTestApp,
  describeEachDatabase,
  type TestApp,
  type TestResponse,
} from "../../test/test-app.ts";
import { addDays } from "./first-aid-deadline.ts";

describeEachDatabase("services", (kind) => {
  let t: TestApp;
  let manager: Client;
  let outsider: Client;
  let provider: Client;
  let otherProvider: Client;
  let managerOrgId: string;
  let providerOrgId: string;
  const today = wibDate(new Date());

  beforeAll(async () => {
    t = await createTestApp(kind);
    managerOrgId = (await t.factories.organization({ typeCode: "government_agency" })).id;
    manager = await t.as("case_manager", { organizationId: managerOrgId });
    outsider = await t.as("case_manager", { organizationId: (await t.factories.organization()).id });
    providerOrgId = (await t.factories.organization({ typeCode: "health_service" })).id;
    provider = await t.as("service_provider", { organizationId: providerOrgId });
    otherProvider = await t.as("service_provider", { organizationId: (await t.factories.organization()).id });
  });
  afterAll(() => t.close());

  async function openCase(identifiedOn = addDays(today, -2)) {
    const c = await t.factories.case({ leadOrganizationId: managerOrgId, identifiedOn });
    const victim = await t.factories.casePerson(c.id, "victim");
    return { caseId: c.id, victim };
  }

  const statusOf = async (caseId: string) =>
    (await t.ctx.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId)))[0]!.status;

  const service = (casePersonId: string, overrides: Record<string, unknown> = {}) => ({
    casePersonId,
    serviceTypeCode: "health_rehabilitation",
    providerOrganizationId: providerOrgId,
    ...overrides,
  });

  it("records a planned service without moving the case, and a started one moves it to in service", async () => {
    const { caseId, victim } = await openCase();
    const planned = await manager.post(`/api/cases/${caseId}/services`, service(victim.id));
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    expect(planned.body).toMatchObject({
      casePersonId: victim.id,
      personCode: victim.code,
      status: "planned",
      providerOrganizationId: providerOrgId,
      referralId: null,
      startedOn: null,
    });
    expect(await statusOf(caseId)).toBe("open");
    expect(await auditOf(t, "service.recorded", planned.body.id)).toHaveLength(1);

    const started = await manager.post(
      `/api/cases/${caseId}/services`,
      service(victim.id, {
        serviceTypeCode: "psychological_support",
        status: "in_progress",
        startedOn: today,
      }),
    );
    expect(started.status).toBe(201);
    expect(await statusOf(caseId)).toBe("in_service");
    const events = await t.ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, "case.status_changed")));
    expect(events.map((e) => e.data)).toEqual([{ from: "open", to: "in_service" }]);
  });

  it("updates a service: a planned one delivered moves the case, and the audit names the fields", async () => {
    const { caseId, victim } = await openCase();
    const planned = await manager.post(`/api/cases/${caseId}/services`, service(victim.id));
    const res = await manager.patch(`/api/cases/${caseId}/services/${planned.body.id}`, {
      status: "delivered",
      startedOn: addDays(today, -1),
      endedOn: today,
      outcome: "Visum selesai, hasil diserahkan ke penyidik.",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: "delivered", startedOn: addDays(today, -1), endedOn: today });
    expect(await statusOf(caseId)).toBe("in_service");
    const [audit] = await auditOf(t, "service.updated", planned.body.id);
    expect(audit!.data).toMatchObject({
      fields: ["status", "startedOn", "endedOn", "outcome"],
      status: "delivered",
      previousStatus: "planned",
    });
    const cleared = await manager.patch(`/api/cases/${caseId}/services/${planned.body.id}`, {
      outcome: null,
    });
    expect(cleared.body.outcome).toBeNull();
    expect(cleared.body.endedOn).toBe(today);
  });

  it("refuses bad services field by field and writes nothing", async () => {
    const { caseId, victim } = await openCase();
    const suspect = await t.factories.casePerson(caseId, "suspect");
    const other = await openCase();
    const planned = await manager.post(`/api/cases/${caseId}/services`, service(victim.id));
    const tomorrow = addDays(today, 1);
    const before = await databaseFingerprint(t.ctx.db);
    const fieldOf = async (res: TestResponse) => {
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      return res.body.error.details.map((d: { field: string }) => d.field);
    };
    const post = (body: Record<string, unknown>) => manager.post(`/api/cases/${caseId}/services`, body);
    expect(await fieldOf(await post(service(suspect.id)))).toEqual(["casePersonId"]);
    expect(await fieldOf(await post(service(other.victim.id)))).toEqual(["casePersonId"]);
    expect(await fieldOf(await post(service(victim.id, { serviceTypeCode: "pijat" })))).toEqual([
      "serviceTypeCode",
    ]);
    expect(
      await fieldOf(await post(service(victim.id, { providerOrganizationId: crypto.randomUUID() }))),
    ).toEqual(["providerOrganizationId"]);
    expect(await fieldOf(await post(service(victim.id, { status: "in_progress" })))).toEqual(["startedOn"]);
    expect(await fieldOf(await post(service(victim.id, { status: "finished" })))).toEqual(["status"]);
    expect(await fieldOf(await post(service(victim.id, { startedOn: tomorrow })))).toEqual(["startedOn"]);
    expect(
      await fieldOf(await post(service(victim.id, { startedOn: today, endedOn: addDays(today, -1) }))),
    ).toEqual(["endedOn"]);
    expect(await fieldOf(await post(service(victim.id, { startedOn: today, endedOn: tomorrow })))).toEqual([
      "endedOn",
    ]);
    expect(await fieldOf(await post(service(victim.id, { referralId: crypto.randomUUID() })))).toEqual([
      "referralId",
    ]);
    const patch = (body: Record<string, unknown>) =>
      manager.patch(`/api/cases/${caseId}/services/${planned.body.id}`, body);
    expect(await fieldOf(await patch({ status: "delivered" }))).toEqual(["startedOn"]);
    expect(await fieldOf(await patch({ casePersonId: victim.id }))).toEqual(["casePersonId"]);
    expect(await fieldOf(await patch({ endedOn: tomorrow }))).toEqual(["endedOn"]);
    expect(await databaseFingerprint(t.ctx.db)).toEqual(before);
    expect((await manager.patch(`/api/cases/${other.caseId}/services/${planned.body.id}`, {})).status).toBe(
      404,
    );
  });

  it("keeps a case's services within its reach", async () => {
    const { caseId, victim } = await openCase();
    expect((await outsider.get(`/api/cases/${caseId}/services`)).status).toBe(404);
    expect((await outsider.post(`/api/cases/${caseId}/services`, service(victim.id))).status).toBe(404);
    expect((await provider.get(`/api/cases/${caseId}/services`)).status).toBe(403);
    expect((await provider.post(`/api/cases/${caseId}/services`, service(victim.id))).status).toBe(403);
  });

  it("shows each victim's first-aid deadline: met, late, or still pending", async () => {
    const recent = await openCase(addDays(today, -3));
    const waiting = await t.factories.casePerson(recent.caseId, "victim");
    await manager.post(
      `/api/cases/${recent.caseId}/services`,
      service(recent.victim.id, { status: "in_progress", startedOn: addDays(today, -1) }),
    );
    // A planned service does not count as aid given.
    await manager.post(`/api/cases/${recent.caseId}/services`, service(waiting.id));
    const res = await manager.get(`/api/cases/${recent.caseId}/services`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    const identifiedOn = addDays(today, -3);
    expect(res.body.firstAid).toEqual([
      {
        casePersonId: recent.victim.id,
        personCode: recent.victim.code,
        identifiedOn,
        firstServiceOn: addDays(today, -1),
        dueBy: addDays(identifiedOn, 7),
        met: true,
        late: false,
      },
      {
        casePersonId: waiting.id,
        personCode: waiting.code,
        identifiedOn,
        firstServiceOn: null,
        dueBy: addDays(identifiedOn, 7),
        met: null,
        late: false,
      },
    ]);

    const old = await openCase(addDays(today, -30));
    const servedLate = await t.factories.casePerson(old.caseId, "victim");
    await manager.post(
      `/api/cases/${old.caseId}/services`,
      service(servedLate.id, {
        status: "delivered",
        startedOn: addDays(today, -20),
        endedOn: addDays(today, -18),
      }),
    );
    const late = (await manager.get(`/api/cases/${old.caseId}/services`)).body.firstAid;
    expect(
      late.map(
        (v: { casePersonId: string; met: boolean | null; late: boolean; firstServiceOn: string | null }) => [
          v.casePersonId,
          v.firstServiceOn,
          v.met,
          v.late,
        ],
      ),
    ).toEqual([
      [old.victim.id, null, false, true],
      [servedLate.id, addDays(today, -20), false, true],
    ]);
  });

  describe("through a referral", () => {
    /** A consented victim referred to the provider's organisation; accepted unless asked otherwise. */
    async function referral(options: { accept: boolean }) {
      const { caseId, victim } = await openCase();
      await manager.post(`/api/cases/${caseId}/people/${victim.id}/consents`, {
        givenBy: "victim",
        method: "written",
        givenOn: today,
      });
      const sent = await manager.post(`/api/cases/${caseId}/referrals`, {
        casePersonId: victim.id,
        toOrganizationId: providerOrgId,
        serviceTypes: ["health_rehabilitation"],
      });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
      if (options.accept)
        expect((await provider.post(`/api/referrals/${sent.body.id}/accept`, {})).status).toBe(200);
      return { caseId, victim, id: sent.body.id as string };
    }

    it("lets the receiving organisation record and update services of an accepted referral", async () => {
      const r = await referral({ accept: true });
      const res = await provider.post(`/api/referrals/${r.id}/services`, {
        serviceTypeCode: "health_rehabilitation",
        status: "in_progress",
        startedOn: today,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        casePersonId: r.victim.id,
        personCode: r.victim.code,
        providerOrganizationId: providerOrgId,
        referralId: r.id,
        status: "in_progress",
      });
      expect(await auditOf(t, "service.recorded", res.body.id)).toHaveLength(1);
      const done = await provider.patch(`/api/referrals/${r.id}/services/${res.body.id}`, {
        status: "delivered",
        endedOn: today,
        outcome: "Rawat jalan selesai.",
      });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(done.body).toMatchObject({ status: "delivered", endedOn: today });
      const list = await provider.get(`/api/referrals/${r.id}/services`);
      expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([res.body.id]);
      // The case side sees them among the case's services, against the first-aid deadline.
      const onCase = await manager.get(`/api/cases/${r.caseId}/services`);
      expect(onCase.body.items.map((s: { id: string }) => s.id)).toEqual([res.body.id]);
      expect(onCase.body.firstAid[0]).toMatchObject({ firstServiceOn: today, met: true });
      // The provider cannot change the provider, nor touch a service outside this referral.
      const providerChange = await provider.patch(`/api/referrals/${r.id}/services/${res.body.id}`, {
        providerOrganizationId: managerOrgId,
      });
      expect(providerChange.status).toBe(422);
      const caseService = await manager.post(`/api/cases/${r.caseId}/services`, {
        casePersonId: r.victim.id,
        serviceTypeCode: "legal_aid",
        providerOrganizationId: managerOrgId,
      });
      expect(
        (await provider.patch(`/api/referrals/${r.id}/services/${caseService.body.id}`, {})).status,
      ).toBe(404);
    });

    it("links a case-side service to a referral only for its person and its receiving organisation", async () => {
      const r = await referral({ accept: true });
      const linked = await manager.post(`/api/cases/${r.caseId}/services`, {
        casePersonId: r.victim.id,
        serviceTypeCode: "health_rehabilitation",
        providerOrganizationId: providerOrgId,
        referralId: r.id,
      });
      expect(linked.status).toBe(201);
      expect(linked.body.referralId).toBe(r.id);
      const wrongProvider = await manager.post(`/api/cases/${r.caseId}/services`, {
        casePersonId: r.victim.id,
        serviceTypeCode: "health_rehabilitation",
        providerOrganizationId: managerOrgId,
        referralId: r.id,
      });
      expect(wrongProvider.body.error.details.map((d: { field: string }) => d.field)).toEqual([
        "providerOrganizationId",
      ]);
    });

    it("refuses services before acceptance or after completion, and to anyone else", async () => {
      const pending = await referral({ accept: false });
      const body = { serviceTypeCode: "health_rehabilitation" };
      const before = await databaseFingerprint(t.ctx.db);
      const early = await provider.post(`/api/referrals/${pending.id}/services`, body);
      expect(early.status).toBe(409);
      expect(await databaseFingerprint(t.ctx.db)).toEqual(before);
      expect((await otherProvider.post(`/api/referrals/${pending.id}/services`, body)).status).toBe(404);
      expect((await manager.post(`/api/referrals/${pending.id}/services`, body)).status).toBe(404);

      const r = await referral({ accept: true });
      const bad = await provider.post(`/api/referrals/${r.id}/services`, { ...body, status: "delivered" });
      expect(bad.status).toBe(422);
      expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(["startedOn"]);
      const recorded = await provider.post(`/api/referrals/${r.id}/services`, body);
      await provider.post(`/api/referrals/${r.id}/complete`, {});
      expect((await provider.post(`/api/referrals/${r.id}/services`, body)).status).toBe(409);
      expect(
        (
          await provider.patch(`/api/referrals/${r.id}/services/${recorded.body.id}`, {
            status: "not_available",
          })
        ).status,
      ).toBe(409);
    });
  });
});
