import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { casePeople, people } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { databaseFingerprint } from "../../test/db-fingerprint.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

const victim = (overrides: Record<string, unknown> = {}) => ({
  role: "victim",
  identity: {
    name: "Siti Nurhaliza binti Karim",
    nik: "3201014506080002",
    birthDate: "2008-06-15",
    phone: "0812-3456-7890",
    address: "Kp. Sukamaju RT 02/05, Cianjur",
  },
  demographics: {
    sexCode: "female",
    nationalityCode: "ID",
    originRegionCode: "32",
    educationCode: "lower_secondary",
  },
  ...overrides,
});

describeEachDatabase("people in a case", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let otherManager: Client;
  let provider: Client;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    coordinator = await t.as("coordinator");
    const elsewhere = await t.factories.organization();
    otherManager = await t.as("case_manager", { organizationId: elsewhere.id });
    provider = await t.as("service_provider", { organizationId: elsewhere.id });
    caseId = (await t.factories.case({ identifiedOn: "2026-06-14" })).id;
  });
  afterAll(() => t.close());

  it("adds a victim under a pseudonymous code, works out the child status, and stores identity only encrypted", async () => {
    const res = await coordinator.post(`/api/cases/${caseId}/people`, victim());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      role: "victim",
      ageAtExploitation: 17,
      isChild: true,
      ageGroupCode: "age_13_17",
      birthYear: 2008,
      identityOnFile: ["name", "nik", "birthDate", "address", "phone"],
    });
    expect(res.body.code).toMatch(/^ORG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(JSON.stringify(res.body)).not.toContain("Nurhaliza");
    const [row] = await t.ctx.db.select().from(people).where(eq(people.id, res.body.personId));
    const stored = JSON.stringify(row);
    for (const secret of ["Nurhaliza", "3201014506080002", "2008-06-15", "Cianjur", "3456"]) {
      expect(stored).not.toContain(secret);
    }
    expect(row!.nikIndex).toMatch(/^[0-9a-f]{64}$/);
    const timeline = (await coordinator.get(`/api/cases/${caseId}/timeline`)).body.items;
    expect(timeline.at(-1)).toMatchObject({
      kind: "person.added",
      data: { code: res.body.code, role: "victim" },
    });
  });

  it("reveals identity only on request, and audits every reveal", async () => {
    const added = await coordinator.post(
      `/api/cases/${caseId}/people`,
      victim({ identity: { name: "Rina Marlina" } }),
    );
    const url = `/api/cases/${caseId}/people/${added.body.id}/reveal`;
    const first = await coordinator.post(url, { purpose: "Koordinasi rujukan" });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      code: added.body.code,
      name: "Rina Marlina",
      aliases: null,
      nik: null,
      birthDate: null,
      address: null,
      phone: null,
    });
    await coordinator.post(url, {});
    const audits = await auditOf(t, "identity.viewed", added.body.id);
    expect(audits).toHaveLength(2);
    expect(audits[0]!.data).toMatchObject({
      fields: ["name"],
      purpose: "Koordinasi rujukan",
      code: added.body.code,
    });
  });

  it("keeps people out of reach of those who may not see the case", async () => {
    const added = await coordinator.post(
      `/api/cases/${caseId}/people`,
      victim({ identity: { name: "Ani" } }),
    );
    const before = await databaseFingerprint(t.ctx.db);
    expect((await otherManager.get(`/api/cases/${caseId}/people`)).status).toBe(404);
    expect((await otherManager.post(`/api/cases/${caseId}/people/${added.body.id}/reveal`, {})).status).toBe(
      404,
    );
    expect((await provider.get(`/api/cases/${caseId}/people`)).status).toBe(403);
    expect((await provider.post(`/api/cases/${caseId}/people/${added.body.id}/reveal`, {})).status).toBe(404);
    const after = await databaseFingerprint(t.ctx.db);
    // Only the refusals were written: as access.denied audit rows.
    expect({ ...after, audit_events: "" }).toEqual({ ...before, audit_events: "" });
    expect(await auditOf(t, "identity.viewed", added.body.id)).toHaveLength(0);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const before = await t.ctx.db.$count(casePeople);
    const bad = await coordinator.post(`/api/cases/${caseId}/people`, {
      role: "victim",
      identity: { nik: "12345", birthDate: "2008-02-30" },
      demographics: { sexCode: "female", originRegionCode: "99.99" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      "identity.birthDate",
      "identity.nik",
    ]);
    const unknownRegion = await coordinator.post(`/api/cases/${caseId}/people`, {
      role: "victim",
      demographics: { originRegionCode: "99.99" },
    });
    expect(unknownRegion.body.error.details).toEqual([
      { field: "demographics.originRegionCode", message: "kode wilayah tidak dikenal" },
    ]);
    const future = await coordinator.post(
      `/api/cases/${caseId}/people`,
      victim({ identity: { birthDate: "2999-01-01" } }),
    );
    expect(future.body.error.details[0].field).toBe("identity.birthDate");
    expect(await t.ctx.db.$count(casePeople)).toBe(before);
  });

  it("lets one person belong to several cases, and counts the others", async () => {
    const added = await coordinator.post(
      `/api/cases/${caseId}/people`,
      victim({ identity: { name: "Dua Kali" } }),
    );
    const second = await t.factories.case({ identifiedOn: "2026-09-01" });
    const again = await coordinator.post(`/api/cases/${second.id}/people`, {
      role: "victim",
      personId: added.body.personId,
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ code: added.body.code, otherCaseCount: 1 });
    const twice = await coordinator.post(`/api/cases/${second.id}/people`, {
      role: "victim",
      personId: added.body.personId,
    });
    expect(twice.body.error.details[0].field).toBe("personId");
  });

  it("suggests likely earlier records by NIK, by name spelling variants and birth date", async () => {
    const original = await coordinator.post(
      `/api/cases/${caseId}/people`,
      victim({
        identity: { name: "Muhammad Rizky Pratama", birthDate: "2007-01-20", nik: "3273012001070009" },
        demographics: { sexCode: "male", originRegionCode: "32" },
      }),
    );
    const byNik = await coordinator.post("/api/people/duplicates", { nik: "3273 0120 0107 0009" });
    expect(byNik.status).toBe(200);
    expect(byNik.body.items[0]).toMatchObject({
      personId: original.body.personId,
      score: 1,
      reasons: ["nik"],
    });
    expect(byNik.body.items[0].cases).toEqual([expect.objectContaining({ id: caseId, role: "victim" })]);

    const byName = await coordinator.post("/api/people/duplicates", {
      name: "Moh. Rizki Pratama",
      birthDate: "2007-01-20",
    });
    expect(byName.body.items[0]).toMatchObject({
      personId: original.body.personId,
      reasons: ["name", "birth_date"],
    });
    expect(byName.body.items[0].score).toBeGreaterThanOrEqual(0.8);

    const stranger = await coordinator.post("/api/people/duplicates", { name: "Yohanes Simanjuntak" });
    expect(stranger.body.items.map((c: { personId: string }) => c.personId)).not.toContain(
      original.body.personId,
    );

    // Who cannot see the case learns that a match exists, never which case it is in.
    const elsewhere = await otherManager.post("/api/people/duplicates", { nik: "3273012001070009" });
    expect(elsewhere.body.items[0]).toMatchObject({ cases: [], hiddenCaseCount: 1 });
    expect((await provider.post("/api/people/duplicates", { nik: "3273012001070009" })).status).toBe(403);
    const empty = await coordinator.post("/api/people/duplicates", { birthDate: "2007-01-20" });
    expect(empty.status).toBe(422);
  });

  it("merges two records of one person and undoes the merge exactly", async () => {
    const a = await coordinator.post(`/api/cases/${caseId}/people`, victim({ identity: { name: "Lina A" } }));
    const otherCase = await t.factories.case();
    const b = await coordinator.post(
      `/api/cases/${otherCase.id}/people`,
      victim({ identity: { name: "Lina B" } }),
    );
    const merge = await coordinator.post(`/api/people/${b.body.personId}/merge`, {
      intoPersonId: a.body.personId,
      reason: "NIK sama, dicatat dua kali",
    });
    expect(merge.status).toBe(200);
    expect(merge.body).toMatchObject({ survivorCode: a.body.code, mergedCode: b.body.code, movedLinks: 1 });
    const moved = (await coordinator.get(`/api/cases/${otherCase.id}/people`)).body.items;
    expect(moved.map((p: { code: string }) => p.code)).toEqual([a.body.code]);
    expect(await auditOf(t, "person.merged", a.body.personId)).toHaveLength(1);
    expect(
      (
        await otherManager.post(`/api/people/${a.body.personId}/merge`, {
          intoPersonId: b.body.personId,
          reason: "x",
        })
      ).status,
    ).toBe(403);

    const undo = await coordinator.post(`/api/person-merges/${merge.body.id}/undo`, {});
    expect(undo.body.undoneAt).not.toBeNull();
    const back = (await coordinator.get(`/api/cases/${otherCase.id}/people`)).body.items;
    expect(back.map((p: { code: string }) => p.code)).toEqual([b.body.code]);
    expect((await coordinator.post(`/api/person-merges/${merge.body.id}/undo`, {})).status).toBe(409);
  });

  it("withdraws a person entered by mistake, and updates identity and age in every case", async () => {
    const added = await coordinator.post(
      `/api/cases/${caseId}/people`,
      victim({ identity: { name: "Salah Input" } }),
    );
    const changed = await coordinator.patch(`/api/cases/${caseId}/people/${added.body.id}`, {
      identity: { birthDate: "2000-01-01" },
    });
    expect(changed.body).toMatchObject({ ageAtExploitation: 26, isChild: false, ageGroupCode: "age_25_44" });
    const removed = await coordinator.delete(`/api/cases/${caseId}/people/${added.body.id}`);
    expect(removed.status).toBe(204);
    expect(
      (await coordinator.get(`/api/cases/${caseId}/people`)).body.items.map((p: { id: string }) => p.id),
    ).not.toContain(added.body.id);
    expect(await auditOf(t, "person.removed", added.body.id)).toHaveLength(1);
  });
});

describeEachDatabase("revealing identity without two-step verification", (kind) => {
  let t: TestApp;
  afterAll(() => t.close());

  it("tells a coordinator whose session lacks the second factor to turn it on, and reveals nothing", async () => {
    t = await createTestApp(kind);
    const coordinator = await t.as("coordinator");
    const caseId = (await t.factories.case()).id;
    const person = await t.factories.casePerson(caseId, "victim");
    const res = await coordinator.post(`/api/cases/${caseId}/people/${person.id}/reveal`, {});
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain("verifikasi dua langkah");
    expect(await auditOf(t, "identity.viewed", person.id)).toHaveLength(0);
  });
});
