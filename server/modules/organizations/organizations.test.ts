import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { auditEvents, organizations, organizationWorkingGroups, taskForces } from "../../db/schema/index.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";

type WorkingGroup = { id: string; number: number; code: string; nameId: string };
type OrgBody = { id: string; name: string; userCount: number; workingGroupIds: string[] };

async function rowCounts(t: TestApp) {
  const [o] = await t.ctx.db.select({ n: count() }).from(organizations);
  const [l] = await t.ctx.db.select({ n: count() }).from(organizationWorkingGroups);
  const [a] = await t.ctx.db.select({ n: count() }).from(auditEvents);
  return { organizations: Number(o!.n), links: Number(l!.n), audit: Number(a!.n) };
}

describeEachDatabase("member organisations", (kind) => {
  let t: TestApp;
  let admin: Client;
  let groups: WorkingGroup[];
  let foreignOrgId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.as("admin");
    groups = (await admin.get("/api/working-groups")).body.items;

    const [otherTaskForce] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "31.98-uji", name: "Gugus Tugas Uji Lain", regionCode: "31" })
      .returning();
    const [foreign] = await t.ctx.db
      .insert(organizations)
      .values({
        taskForceId: otherTaskForce!.id,
        name: "Dinas Gugus Lain",
        typeCode: "ngo",
        regionCode: "31",
      })
      .returning();
    foreignOrgId = foreign!.id;
  });
  afterAll(() => t.close());

  const group = (n: number) => groups.find((g) => g.number === n)!.id;
  const newOrg = (overrides: Record<string, unknown> = {}) => ({
    name: `Yayasan Peduli Anak ${randomUUID().slice(0, 6)}`,
    shortName: "YPA",
    typeCode: "ngo",
    regionCode: "31.71.01.1002",
    address: "Jl. Cideng Barat No. 1",
    phone: "(021) 555-0101",
    email: "kontak@ypa.or.id",
    ...overrides,
  });

  it("lists exactly the six working groups, numbered 1 to 6", async () => {
    expect(groups).toHaveLength(6);
    expect(groups.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(groups[0]).toMatchObject({ code: "prevention", nameId: "Pencegahan" });
    expect(new Set(groups.map((g) => g.id)).size).toBe(6);
  });

  it("creates an organisation with working groups and reads it back", async () => {
    const fields = newOrg();
    const workingGroupIds = [group(1), group(3)];
    const res = await admin.post("/api/organizations", { ...fields, workingGroupIds });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...fields, active: true, userCount: 0 });
    expect([...res.body.workingGroupIds].sort()).toEqual([...workingGroupIds].sort());
    expect(res.body.abilities).toEqual({ update: true, deactivate: true, activate: false });

    const one = await admin.get(`/api/organizations/${res.body.id}`);
    expect(one.status).toBe(200);
    expect({ ...one.body, workingGroupIds: [...one.body.workingGroupIds].sort() }).toEqual({
      ...res.body,
      workingGroupIds: [...res.body.workingGroupIds].sort(),
    });
    const [event] = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "organization.created"), eq(auditEvents.recordId, res.body.id)));
    expect(event).toMatchObject({ actorUserId: admin.user.id, data: { name: fields.name, typeCode: "ngo" } });
  });

  it("updates fields and replaces the working groups", async () => {
    const created = (
      await admin.post("/api/organizations", newOrg({ workingGroupIds: [group(1), group(2)] }))
    ).body;
    const res = await admin.patch(`/api/organizations/${created.id}`, {
      name: "Yayasan Berganti Nama",
      typeCode: "community_religious_org",
      workingGroupIds: [group(5)],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: "Yayasan Berganti Nama",
      typeCode: "community_religious_org",
      regionCode: created.regionCode,
      workingGroupIds: [group(5)],
    });
    const cleared = await admin.patch(`/api/organizations/${created.id}`, { workingGroupIds: [] });
    expect(cleared.body.workingGroupIds).toEqual([]);
    expect(cleared.body.name).toBe("Yayasan Berganti Nama");
    const events = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "organization.updated"), eq(auditEvents.recordId, created.id)))
      .orderBy(auditEvents.seq);
    expect(events).toHaveLength(2);
    expect(events[0]!.data).toMatchObject({
      changes: { name: { from: created.name, to: "Yayasan Berganti Nama" } },
    });
  });

  it("clears an optional detail when it is updated to null", async () => {
    const created = await admin.post("/api/organizations", newOrg());
    expect(created.status).toBe(201);
    const cleared = await admin.patch(`/api/organizations/${created.body.id}`, { phone: null, email: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      phone: null,
      email: null,
      address: "Jl. Cideng Barat No. 1",
      shortName: "YPA",
    });
    const nameless = await admin.patch(`/api/organizations/${created.body.id}`, { name: null });
    expect(nameless.status).toBe(422);
    expect(nameless.body.error.details[0].field).toBe("name");
  });

  it("refuses a typeCode that is not an active organization_type term, and writes nothing", async () => {
    const before = await rowCounts(t);
    const unknown = await admin.post("/api/organizations", newOrg({ typeCode: "perusahaan_fiktif" }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([
      { field: "typeCode", message: "kode tidak ada dalam daftar organization_type" },
    ]);
    // A code of another list is not a type of organisation.
    const otherList = await admin.post("/api/organizations", newOrg({ typeCode: "hotline" }));
    expect(otherList.status).toBe(422);
    expect(otherList.body.error.details[0].field).toBe("typeCode");
    expect(await rowCounts(t)).toEqual(before);

    await admin.post("/api/vocabularies/organization_type/terms", {
      code: "koperasi",
      labelId: "Koperasi",
      labelEn: "Cooperative",
    });
    expect((await admin.post("/api/organizations", newOrg({ typeCode: "koperasi" }))).status).toBe(201);
    await admin.patch("/api/vocabularies/organization_type/terms/koperasi", { active: false });
    const retired = await admin.post("/api/organizations", newOrg({ typeCode: "koperasi" }));
    expect(retired.status).toBe(422);
    expect(retired.body.error.details[0].field).toBe("typeCode");
  });

  it("refuses a regionCode that does not exist or is not a Kemendagri code, and writes nothing", async () => {
    const before = await rowCounts(t);
    const missing = await admin.post("/api/organizations", newOrg({ regionCode: "31.71.09" }));
    expect(missing.status).toBe(422);
    expect(missing.body.error.details).toEqual([
      { field: "regionCode", message: "kode wilayah tidak dikenal" },
    ]);
    const malformed = await admin.post("/api/organizations", newOrg({ regionCode: "3171" }));
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.details[0].field).toBe("regionCode");
    const created = (await admin.post("/api/organizations", newOrg())).body;
    const update = await admin.patch(`/api/organizations/${created.id}`, { regionCode: "99.99" });
    expect(update.status).toBe(422);
    expect((await admin.get(`/api/organizations/${created.id}`)).body.regionCode).toBe("31.71.01.1002");
    expect((await rowCounts(t)).organizations).toBe(before.organizations + 1);
  });

  it("refuses a working group that does not exist", async () => {
    const before = await rowCounts(t);
    const res = await admin.post("/api/organizations", newOrg({ workingGroupIds: [group(1), randomUUID()] }));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { field: "workingGroupIds", message: "sub gugus tugas tidak ditemukan" },
    ]);
    expect(await rowCounts(t)).toEqual(before);
  });

  it("deactivates and reactivates an organisation; deactivated ones filter out", async () => {
    const created = (await admin.post("/api/organizations", newOrg({ name: "Posko Sementara Uji" }))).body;
    const off = await admin.post(`/api/organizations/${created.id}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect(off.body.abilities).toEqual({ update: true, deactivate: false, activate: true });
    const inactive = await admin.get("/api/organizations?active=false&limit=200");
    expect(inactive.body.items.map((o: OrgBody) => o.id)).toContain(created.id);
    const active = await admin.get("/api/organizations?active=true&limit=200");
    expect(active.body.items.map((o: OrgBody) => o.id)).not.toContain(created.id);
    // No new members join a deactivated organisation.
    const joined = await admin.post("/api/users", {
      name: "Anggota Baru",
      email: `anggota.${randomUUID().slice(0, 8)}@uji.gugus.id`,
      role: "field_reporter",
      organizationId: created.id,
      password: "kata-sandi-awal-2024",
    });
    expect(joined.status).toBe(422);

    const on = await admin.post(`/api/organizations/${created.id}/activate`);
    expect(on.status).toBe(200);
    expect(on.body.active).toBe(true);
    expect((await admin.post(`/api/organizations/${created.id}/activate`)).status).toBe(404);
  });

  it("does not let an admin deactivate their own organisation", async () => {
    const res = await admin.post(`/api/organizations/${admin.user.organizationId}/deactivate`);
    expect(res.status).toBe(404);
    const own = await admin.get(`/api/organizations/${admin.user.organizationId}`);
    expect(own.body.active).toBe(true);
    expect(own.body.abilities.deactivate).toBe(false);
  });

  it("answers 404 for another task force's organisation and leaves it out of lists", async () => {
    for (const res of [
      await admin.get(`/api/organizations/${foreignOrgId}`),
      await admin.patch(`/api/organizations/${foreignOrgId}`, { name: "Diambil Alih" }),
      await admin.post(`/api/organizations/${foreignOrgId}/deactivate`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    const [row] = await t.ctx.db.select().from(organizations).where(eq(organizations.id, foreignOrgId));
    expect(row).toMatchObject({ name: "Dinas Gugus Lain", active: true });
    const list = await admin.get("/api/organizations?limit=200");
    expect(list.body.items.map((o: OrgBody) => o.id)).not.toContain(foreignOrgId);
    expect((await admin.get("/api/organizations?q=Gugus%20Lain")).body.items).toEqual([]);
  });

  it("lets leadership read organisations but answers 403 to a change", async () => {
    const created = (await admin.post("/api/organizations", newOrg())).body;
    const leadership = await t.as("leadership");
    const list = await leadership.get("/api/organizations");
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    const one = await leadership.get(`/api/organizations/${created.id}`);
    expect(one.status).toBe(200);
    expect(one.body.abilities).toEqual({ update: false, deactivate: false, activate: false });

    const before = await rowCounts(t);
    const post = await leadership.post("/api/organizations", newOrg());
    expect(post.status).toBe(403);
    expect(post.body.error.code).toBe("forbidden");
    expect((await leadership.patch(`/api/organizations/${created.id}`, { name: "X Y" })).status).toBe(403);
    expect((await leadership.post(`/api/organizations/${created.id}/deactivate`)).status).toBe(403);
    const after = await rowCounts(t);
    // Nothing changed but the audited denials.
    expect(after).toEqual({ ...before, audit: before.audit + 3 });
  });

  it("counts the users of each organisation", async () => {
    const created = (await admin.post("/api/organizations", newOrg({ name: "Puskesmas Hitung Anggota" })))
      .body;
    for (const role of ["service_provider", "service_provider", "field_reporter"] as const) {
      await t.factories.user({ role, organizationId: created.id });
    }
    expect((await admin.get(`/api/organizations/${created.id}`)).body.userCount).toBe(3);
    const listed = await admin.get("/api/organizations?q=Hitung%20Anggota");
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0].userCount).toBe(3);
    const secretariat = await admin.get(`/api/organizations/${admin.user.organizationId}`);
    expect(secretariat.body.userCount).toBeGreaterThanOrEqual(1);
  });

  it("filters by type and pages through every organisation exactly once", async () => {
    for (let i = 0; i < 5; i++) {
      await admin.post("/api/organizations", newOrg({ name: "Sekolah Kembar", typeCode: "school" }));
    }
    const schools = await admin.get("/api/organizations?typeCode=school");
    expect(schools.body.items).toHaveLength(5);
    expect(schools.body.items.every((o: { typeCode: string }) => o.typeCode === "school")).toBe(true);

    const [{ n }] = (await t.ctx.db
      .select({ n: count() })
      .from(organizations)
      .where(eq(organizations.taskForceId, (await t.factories.secretariat()).taskForceId))) as [
      { n: number },
    ];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.get(`/api/organizations?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((o: OrgBody) => o.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(Number(n));
    expect(new Set(seen).size).toBe(Number(n));
  });
});
