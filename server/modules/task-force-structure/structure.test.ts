import { afterAll, beforeAll, expect, it } from "vitest";
import { workingGroups } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { otherTaskForceCoordinator } from "../../test/other-task-force.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { phoneDigits } from "./directory.repository.ts";

const fieldsOf = (res: { body: { error: { details: { field: string }[] } } }) =>
  res.body.error.details.map((d) => d.field);

describeEachDatabase("task-force structure and member directory", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let reporter: Client;
  let groupIds: string[];
  const today = new Date("2026-05-04T03:00:00Z");

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.ctx.now = () => today;
    coordinator = await t.as("coordinator");
    reporter = await t.as("field_reporter");
    const groups = await t.ctx.db.select().from(workingGroups);
    groupIds = groups.sort((a, b) => a.number - b.number).map((g) => g.id);
  });
  afterAll(() => t.close());

  it("keeps the structure: a decree, seats by position, and the history of a change", async () => {
    const pemkot = await t.factories.organization({
      name: "Pemerintah Kota Uji",
      typeCode: "government_agency",
    });
    const sudin = await t.factories.organization({ name: "Sudin PPAPP Uji", typeCode: "government_agency" });
    const decree = await coordinator.post("/api/coordination/decrees", {
      number: "e-0012 Tahun 2024",
      title: "Keputusan Wali Kota tentang Gugus Tugas PP-TPPO",
      issuedBy: "Wali Kota Administrasi Jakarta Pusat",
      signedOn: "2024-01-10",
      periodStart: "2024-01-10",
      periodEnd: "2026-12-31",
    });
    expect(decree.status).toBe(201);
    expect(decree.body).toMatchObject({ number: "e-0012 Tahun 2024", current: true, memberCount: 0 });

    const chair = await coordinator.post("/api/coordination/memberships", {
      organizationId: pemkot.id,
      positionCode: "ketua",
      personName: "Ibu Wali Kota",
      personTitle: "Wali Kota Administrasi Jakarta Pusat",
      phone: "021-3822xxx".replace("xxx", "123"),
      validFrom: "2024-01-10",
    });
    expect(chair.status).toBe(201);
    expect(chair.body).toMatchObject({ positionCode: "ketua", decreeId: decree.body.id, current: true });

    // A second chair is refused while the first holds the seat, naming who holds it.
    const second = await coordinator.post("/api/coordination/memberships", {
      organizationId: sudin.id,
      positionCode: "ketua",
      validFrom: "2024-02-01",
    });
    expect(second.status).toBe(422);
    expect(fieldsOf(second)).toEqual(["positionCode"]);
    expect(second.body.error.details[0].message).toContain("Ibu Wali Kota");

    const secretary = await coordinator.post("/api/coordination/memberships", {
      organizationId: sudin.id,
      positionCode: "sekretaris",
      personName: "Kepala Sudin",
      phone: "0812-1111-2222",
      email: "sudin@uji.go.id",
      workingGroupIds: [groupIds[0], groupIds[5]],
      validFrom: "2024-01-10",
    });
    expect(secretary.status).toBe(201);

    // A correction rewrites in place; the audit keeps the old number.
    const corrected = await coordinator.patch(`/api/coordination/memberships/${secretary.body.id}`, {
      mode: "correct",
      phone: "0812-1111-3333",
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ id: secretary.body.id, phone: "0812-1111-3333" });
    const [audit] = await auditOf(t, "structure.member_corrected", secretary.body.id);
    expect(audit?.data).toEqual({ changed: { phone: { from: "0812-1111-2222", to: "0812-1111-3333" } } });

    // A correction cannot move the seat: that is a change.
    const sneaky = await coordinator.patch(`/api/coordination/memberships/${secretary.body.id}`, {
      mode: "correct",
      positionCode: "anggota",
    });
    expect(fieldsOf(sneaky)).toEqual(["positionCode"]);

    // A new head of the Sudin: the old seat closes, the new one opens, both kept.
    const changed = await coordinator.patch(`/api/coordination/memberships/${secretary.body.id}`, {
      mode: "change",
      effectiveOn: "2025-03-01",
      personName: "Kepala Sudin Baru",
      reason: "mutasi jabatan",
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      personName: "Kepala Sudin Baru",
      previousId: secretary.body.id,
      validFrom: "2025-03-01",
      validTo: null,
      workingGroupIds: expect.arrayContaining([groupIds[0], groupIds[5]]),
      phone: "0812-1111-3333",
    });

    const history = await reporter.get("/api/coordination/structure/history");
    const old = history.body.items.find((m: { id: string }) => m.id === secretary.body.id);
    expect(old).toMatchObject({ validTo: "2025-03-01", endReason: "mutasi jabatan", current: false });

    // The structure of a past day shows who held the seat then.
    const then = await reporter.get("/api/coordination/structure?on=2024-06-01");
    expect(then.status).toBe(200);
    expect(then.body.members.map((m: { personName: string }) => m.personName)).toEqual([
      "Ibu Wali Kota",
      "Kepala Sudin",
    ]);
    const now = await reporter.get("/api/coordination/structure");
    expect(now.body.on).toBe("2026-05-04");
    expect(now.body.members.map((m: { personName: string }) => m.personName)).toEqual([
      "Ibu Wali Kota",
      "Kepala Sudin Baru",
    ]);
    expect(now.body.decree.id).toBe(decree.body.id);
    expect(now.body.workingGroups).toHaveLength(6);
    expect(now.body.abilities).toEqual({ manage: false });

    // Changing before the seat began is refused, as is ending an ended seat.
    const early = await coordinator.patch(`/api/coordination/memberships/${changed.body.id}`, {
      mode: "change",
      effectiveOn: "2025-02-01",
      positionCode: "anggota",
    });
    expect(fieldsOf(early)).toEqual(["effectiveOn"]);
    const endOld = await coordinator.post(`/api/coordination/memberships/${secretary.body.id}/end`, {
      endedOn: "2026-01-01",
      reason: "x",
    });
    expect(fieldsOf(endOld)).toEqual(["endedOn"]);

    // A new decree period carries the current seats over; the old rows close that day.
    const next = await coordinator.post("/api/coordination/decrees", {
      number: "e-0030 Tahun 2026",
      title: "Keputusan Wali Kota tentang Gugus Tugas PP-TPPO (perubahan)",
      issuedBy: "Wali Kota Administrasi Jakarta Pusat",
      signedOn: "2026-04-20",
      periodStart: "2026-05-01",
    });
    expect(next.body).toMatchObject({ memberCount: 2, current: true });
    const after = await reporter.get("/api/coordination/structure");
    expect(after.body.decree.id).toBe(next.body.id);
    expect(
      after.body.members.map((m: { decreeId: string; validFrom: string }) => [m.decreeId, m.validFrom]),
    ).toEqual([
      [next.body.id, "2026-05-01"],
      [next.body.id, "2026-05-01"],
    ]);
    const all = await reporter.get("/api/coordination/structure/history");
    expect(all.body.items).toHaveLength(5);
    const [chairAudit] = await auditOf(t, "structure.decree_recorded", next.body.id);
    expect(chairAudit?.data).toMatchObject({ carried: 2 });
  });

  it("names each bad field, in the caller's language", async () => {
    const bad = await coordinator.post(
      "/api/coordination/memberships",
      {
        organizationId: "00000000-0000-4000-8000-000000000000",
        positionCode: "anggota",
        email: "bukan-email",
        validFrom: "2024-13-01",
      },
      { "accept-language": "en" },
    );
    expect(bad.status).toBe(422);
    expect(fieldsOf(bad).sort()).toEqual(["email", "validFrom"]);
    expect(bad.body.error.details.find((d: { field: string }) => d.field === "email").message).toBe(
      "is not a valid email address",
    );
    const unknownOrg = await coordinator.post("/api/coordination/memberships", {
      organizationId: "00000000-0000-4000-8000-000000000000",
      positionCode: "anggota",
    });
    expect(fieldsOf(unknownOrg)).toEqual(["organizationId"]);
    expect(unknownOrg.body.error.details[0].message).toBe("organisasi tidak ditemukan");
    const org = await t.factories.organization();
    const unknownGroup = await coordinator.post("/api/coordination/memberships", {
      organizationId: org.id,
      positionCode: "anggota",
      workingGroupIds: [groupIds[1], "00000000-0000-4000-8000-000000000000"],
    });
    expect(fieldsOf(unknownGroup)).toEqual(["workingGroupIds.1"]);
    const period = await coordinator.post("/api/coordination/decrees", {
      number: "1",
      title: "SK",
      issuedBy: "Wali Kota",
      signedOn: "2024-01-01",
      periodStart: "2024-01-01",
      periodEnd: "2023-12-31",
    });
    expect(fieldsOf(period)).toEqual(["periodEnd"]);
  });

  it("lets every member read and only the secretariat change the structure", async () => {
    const org = await t.factories.organization();
    const attempt = await reporter.post("/api/coordination/memberships", {
      organizationId: org.id,
      positionCode: "anggota",
    });
    expect(attempt.status).toBe(403);
    expect((await reporter.get("/api/directory")).status).toBe(200);
    const admin = await t.as("admin");
    expect((await admin.get("/api/coordination/structure")).status).toBe(403);
    expect((await t.anonymous.get("/api/coordination/structure")).status).toBe(401);
  });

  it("finds members by name, person, phone and service: the referral directory", async () => {
    const shelter = await t.factories.organization({
      name: "Rumah Aman Uji Melati",
      phone: "(021) 555-0199",
    });
    const legal = await t.factories.organization({ name: "LBH Uji Keadilan", shortName: "LBH-UK" });
    await coordinator.post("/api/coordination/memberships", {
      organizationId: legal.id,
      positionCode: "anggota",
      personName: "Siti Rahmawati",
      personTitle: "Koordinator Advokasi",
      phone: "+62 813-7777-8888",
      workingGroupIds: [groupIds[4]],
    });
    const set = await coordinator.patch(`/api/directory/${shelter.id}/services`, {
      services: [{ code: "temporary_shelter" }, { code: "psychological_support", note: "24 jam" }],
    });
    expect(set.status).toBe(200);
    expect(set.body.services.map((s: { code: string }) => s.code)).toEqual([
      "psychological_support",
      "temporary_shelter",
    ]);
    const badService = await coordinator.patch(`/api/directory/${shelter.id}/services`, {
      services: [{ code: "temporary_shelter" }, { code: "bukan_layanan" }],
    });
    expect(fieldsOf(badService)).toEqual(["services.1.code"]);
    const dup = await coordinator.patch(`/api/directory/${shelter.id}/services`, {
      services: [{ code: "temporary_shelter" }, { code: "temporary_shelter" }],
    });
    expect(fieldsOf(dup)).toEqual(["services.1.code"]);
    expect((await reporter.patch(`/api/directory/${shelter.id}/services`, { services: [] })).status).toBe(
      403,
    );

    const byService = await reporter.get("/api/directory?service=temporary_shelter");
    expect(byService.body.items.map((i: { name: string }) => i.name)).toEqual(["Rumah Aman Uji Melati"]);
    expect(byService.body.items[0].services).toEqual([
      { code: "psychological_support", note: "24 jam" },
      { code: "temporary_shelter", note: null },
    ]);
    const byPerson = await reporter.get("/api/directory?q=rahmawati");
    expect(byPerson.body.items.map((i: { id: string }) => i.id)).toEqual([legal.id]);
    expect(byPerson.body.items[0].representatives).toEqual([
      {
        id: expect.any(String),
        positionCode: "anggota",
        personName: "Siti Rahmawati",
        personTitle: "Koordinator Advokasi",
        phone: "+62 813-7777-8888",
        email: null,
      },
    ]);
    expect(byPerson.body.items[0].workingGroupIds).toEqual([groupIds[4]]);
    // However the number is typed: 0813…, +62 813…, or part of it.
    for (const q of ["0813 7777 8888", "81377778888", "7777-8888"]) {
      const byPhone = await reporter.get(`/api/directory?q=${encodeURIComponent(q)}`);
      expect(byPhone.body.items.map((i: { id: string }) => i.id)).toEqual([legal.id]);
    }
    const byOrgPhone = await reporter.get("/api/directory?q=5550199");
    expect(byOrgPhone.body.items.map((i: { id: string }) => i.id)).toEqual([shelter.id]);
    const byGroup = await reporter.get(`/api/directory?workingGroupId=${groupIds[4]}&q=uji`);
    expect(byGroup.body.items.map((i: { id: string }) => i.id)).toContain(legal.id);
    expect(byGroup.body.items.map((i: { id: string }) => i.id)).not.toContain(shelter.id);
    // Pages follow one another without overlap.
    const first = await reporter.get("/api/directory?limit=2");
    const secondPage = await reporter.get(`/api/directory?limit=2&cursor=${first.body.nextCursor}`);
    expect(first.body.items).toHaveLength(2);
    expect(secondPage.body.items[0].name >= first.body.items[1].name).toBe(true);
    expect(phoneDigits("+62 (813) 7777")).toBe("8137777");
  });

  it("keeps another task force's structure and directory apart", async () => {
    const { client: outsider, organizationId: otherOrganizationId } = await otherTaskForceCoordinator(
      t,
      "GT-UJI-STRUKTUR",
    );
    const mine = await coordinator.get("/api/coordination/structure");
    const theirs = await outsider.get("/api/coordination/structure");
    expect(theirs.body.members).toEqual([]);
    expect(theirs.body.decree).toBeNull();
    const seat = mine.body.members[0];
    const poke = await outsider.patch(`/api/coordination/memberships/${seat.id}`, {
      mode: "correct",
      phone: "0811111",
    });
    expect(poke.status).toBe(404);
    const home = await t.factories.secretariat();
    expect((await outsider.patch(`/api/directory/${home.id}/services`, { services: [] })).status).toBe(404);
    const dir = await outsider.get("/api/directory");
    expect(dir.body.items.map((i: { id: string }) => i.id)).toEqual([otherOrganizationId]);
    // Their organisation cannot be seated in this task force.
    const cross = await coordinator.post("/api/coordination/memberships", {
      organizationId: otherOrganizationId,
      positionCode: "anggota",
    });
    expect(fieldsOf(cross)).toEqual(["organizationId"]);
  });
});
