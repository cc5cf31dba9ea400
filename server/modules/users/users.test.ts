import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { auditEvents, organizations, taskForces, users } from "../../db/schema/index.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { walkPages } from "../../test/walk-pages.ts";

type UserBody = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  abilities: Record<string, boolean>;
};

async function rowCounts(t: TestApp) {
  const [u] = await t.ctx.db.select({ n: count() }).from(users);
  const [a] = await t.ctx.db.select({ n: count() }).from(auditEvents);
  return { users: Number(u!.n), audit: Number(a!.n) };
}

describeEachDatabase("user accounts", (kind) => {
  let t: TestApp;
  let admin: Client;
  let secretariatId: string;
  let otherTaskForceUserId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.as("admin");
    secretariatId = (await t.factories.secretariat()).id;

    // A second task force, with an organisation and a user that the first one must never see.
    const [otherTaskForce] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "31.99-uji", name: "Gugus Tugas Uji Lain", regionCode: "31" })
      .returning();
    const [otherOrg] = await t.ctx.db
      .insert(organizations)
      .values({
        taskForceId: otherTaskForce!.id,
        name: "Organisasi Gugus Lain",
        typeCode: "ngo",
        regionCode: "31",
      })
      .returning();
    const outsider = await t.factories.user({
      role: "case_manager",
      organizationId: otherOrg!.id,
      name: "Orang Luar",
    });
    otherTaskForceUserId = outsider.id;
  });
  afterAll(() => t.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    name: "Siti Rahmawati",
    email: `siti.${randomUUID().slice(0, 8)}@uji.gugus.id`,
    role: "case_manager",
    organizationId: secretariatId,
    password: "kata-sandi-awal-2024",
    ...overrides,
  });

  it("lets an admin create a user, who can then sign in", async () => {
    const input = newUser({ email: `Budi.${randomUUID().slice(0, 8)}@UJI.gugus.id`, name: "Budi Santoso" });
    const res = await admin.post("/api/users", input);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: "Budi Santoso",
      email: input.email.toLowerCase(),
      role: "case_manager",
      organizationId: secretariatId,
      organizationName: "Sudin PPAPP Kota Administrasi Jakarta Pusat",
      active: true,
      locale: "id",
      secondFactorEnabled: false,
      lockedUntil: null,
      lastLoginAt: null,
    });
    expect(res.body).not.toHaveProperty("passwordHash");
    const [event] = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "user.created"), eq(auditEvents.recordId, res.body.id)));
    expect(event).toMatchObject({ actorUserId: admin.user.id, data: { role: "case_manager" } });
    expect(JSON.stringify(event!.data)).not.toContain(input.password);

    const signedIn = await t.signIn(input.email, input.password);
    expect(signedIn.user.id).toBe(res.body.id);
  });

  it("gets one user and shows the same record the list shows", async () => {
    const created = (await admin.post("/api/users", newUser({ name: "Dewi Lestari" }))).body;
    const one = await admin.get(`/api/users/${created.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(created);
    const listed = await admin.get(`/api/users?q=${encodeURIComponent(created.email)}`);
    expect(listed.body.items).toEqual([created]);
  });

  it("filters the list by name or email, role, organisation and active state", async () => {
    const org = await t.factories.organization({ name: "Yayasan Filter Uji" });
    const a = (
      await admin.post(
        "/api/users",
        newUser({ name: "Filter Anggun", role: "service_provider", organizationId: org.id }),
      )
    ).body;
    const b = (
      await admin.post(
        "/api/users",
        newUser({ name: "Filter Bagus", role: "field_reporter", organizationId: org.id }),
      )
    ).body;
    await admin.post(`/api/users/${b.id}/deactivate`);

    const byOrg = await admin.get(`/api/users?organizationId=${org.id}`);
    expect(byOrg.body.items.map((u: UserBody) => u.id)).toEqual([a.id, b.id]);
    const byRole = await admin.get(`/api/users?organizationId=${org.id}&role=field_reporter`);
    expect(byRole.body.items.map((u: UserBody) => u.id)).toEqual([b.id]);
    const inactive = await admin.get(`/api/users?organizationId=${org.id}&active=false`);
    expect(inactive.body.items.map((u: UserBody) => u.id)).toEqual([b.id]);
    const active = await admin.get(`/api/users?organizationId=${org.id}&active=true`);
    expect(active.body.items.map((u: UserBody) => u.id)).toEqual([a.id]);
    const byName = await admin.get("/api/users?q=filter%20ang");
    expect(byName.body.items.map((u: UserBody) => u.id)).toEqual([a.id]);
    // A percent sign is a character to look for, not a wildcard.
    expect((await admin.get("/api/users?q=%25")).body.items).toEqual([]);
  });

  it("updates a user's name, role and language and audits the change", async () => {
    const created = (await admin.post("/api/users", newUser({ name: "Rina Ubah" }))).body;
    const res = await admin.patch(`/api/users/${created.id}`, {
      name: "Rina Diubah",
      role: "coordinator",
      locale: "en",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Rina Diubah", role: "coordinator", locale: "en" });
    expect((await admin.get(`/api/users/${created.id}`)).body.name).toBe("Rina Diubah");
    const [event] = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "user.updated"), eq(auditEvents.recordId, created.id)));
    expect(event!.data).toEqual({
      changes: {
        name: { from: "Rina Ubah", to: "Rina Diubah" },
        role: { from: "case_manager", to: "coordinator" },
        locale: { from: "id", to: "en" },
      },
    });
  });

  it("moves a user to another organisation of the task force, but not to an unknown or inactive one", async () => {
    const created = (await admin.post("/api/users", newUser())).body;
    const org = await t.factories.organization();
    const moved = await admin.patch(`/api/users/${created.id}`, { organizationId: org.id });
    expect(moved.status).toBe(200);
    expect(moved.body.organizationId).toBe(org.id);
    expect(moved.body.organizationName).toBe(org.name);

    const unknown = await admin.patch(`/api/users/${created.id}`, { organizationId: randomUUID() });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([
      { field: "organizationId", message: "organisasi tidak ditemukan" },
    ]);

    const closed = await t.factories.organization({ active: false });
    const inactive = await admin.patch(`/api/users/${created.id}`, { organizationId: closed.id });
    expect(inactive.status).toBe(422);
    expect(inactive.body.error.details).toEqual([
      { field: "organizationId", message: "organisasi sudah dinonaktifkan" },
    ]);
    expect((await admin.get(`/api/users/${created.id}`)).body.organizationId).toBe(org.id);
  });

  it("deactivates and reactivates a user, ending their sessions on deactivation", async () => {
    const user = await t.factories.user({ role: "field_reporter" });
    const client = await t.signIn(user.email, user.password);
    expect((await client.get("/api/auth/me")).status).toBe(200);

    const off = await admin.post(`/api/users/${user.id}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect(off.body.abilities).toMatchObject({ deactivate: false, activate: true });
    expect((await client.get("/api/auth/me")).status).toBe(401);
    await expect(t.signIn(user.email, user.password)).rejects.toThrow(/401/);
    // Deactivating twice is not an action on offer.
    expect((await admin.post(`/api/users/${user.id}/deactivate`)).status).toBe(404);

    const on = await admin.post(`/api/users/${user.id}/activate`);
    expect(on.status).toBe(200);
    expect(on.body.active).toBe(true);
    expect(on.body.abilities).toMatchObject({ deactivate: true, activate: false });
    expect((await t.signIn(user.email, user.password)).user.id).toBe(user.id);

    const events = await t.ctx.db
      .select({ event: auditEvents.event })
      .from(auditEvents)
      .where(eq(auditEvents.recordId, user.id));
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining(["user.deactivated", "user.activated"]),
    );
  });

  it("resets a user's password: the old one stops working and their sessions end", async () => {
    const user = await t.factories.user({ role: "leadership" });
    const client = await t.signIn(user.email, user.password);
    const res = await admin.post(`/api/users/${user.id}/reset-password`, {
      password: "sandi-dari-admin-2024",
    });
    expect(res.status).toBe(200);
    expect((await client.get("/api/auth/me")).status).toBe(401);
    await expect(t.signIn(user.email, user.password)).rejects.toThrow(/401/);
    expect((await t.signIn(user.email, "sandi-dari-admin-2024")).user.id).toBe(user.id);

    const short = await admin.post(`/api/users/${user.id}/reset-password`, { password: "pendek" });
    expect(short.status).toBe(422);
    expect(short.body.error.details).toEqual([{ field: "password", message: "minimal 10 karakter" }]);
  });

  it("unlocks an account locked by failed sign-ins", async () => {
    const user = await t.factories.user({ role: "leadership" });
    for (let i = 0; i < 5; i++) {
      await t.anonymous.post("/api/auth/login", { email: user.email, password: "salah-terus" });
    }
    const locked = await admin.get(`/api/users/${user.id}`);
    expect(Date.parse(locked.body.lockedUntil)).toBeGreaterThan(Date.now());
    await expect(t.signIn(user.email, user.password)).rejects.toThrow(/429/);

    const res = await admin.post(`/api/users/${user.id}/unlock`);
    expect(res.status).toBe(200);
    expect(res.body.lockedUntil).toBeNull();
    expect((await t.signIn(user.email, user.password)).user.id).toBe(user.id);
    const [event] = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "user.unlocked"), eq(auditEvents.recordId, user.id)));
    expect(event!.actorUserId).toBe(admin.user.id);
  });

  it("pages through every user of the task force exactly once", async () => {
    // Same names on purpose: the cursor must break ties by id.
    for (let i = 0; i < 7; i++) await t.factories.user({ role: "leadership", name: "Nama Kembar" });
    for (let i = 0; i < 5; i++) await t.factories.user({ role: "leadership", name: `Halaman ${i}` });
    const expected = await t.ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.taskForceId, (await t.factories.secretariat()).taskForceId));
    expect(expected.length).toBeGreaterThan(12);

    const { items, pages } = await walkPages<UserBody>(admin, "/api/users?limit=3");
    const ids = items.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected.map((r) => r.id).sort());
    expect(pages).toHaveLength(Math.ceil(expected.length / 3));
    const names = items.map((u) => u.name);
    expect(names.filter((n) => n === "Nama Kembar")).toHaveLength(7);
  });

  it("refuses a cursor it did not write", async () => {
    const res = await admin.get("/api/users?cursor=bukan-penanda");
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { field: "cursor", message: "penanda halaman tidak sah; muat ulang daftar" },
    ]);
  });

  it("answers 403 to a field reporter asking for the user list, and audits the denial", async () => {
    const reporter = await t.as("field_reporter");
    const res = await reporter.get("/api/users");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect(res.body.error.message).toBe("Peran Anda tidak memiliki izin untuk tindakan ini.");
    const denials = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "access.denied"), eq(auditEvents.actorUserId, reporter.user.id)));
    expect(denials).toHaveLength(1);
    expect(denials[0]!.data).toMatchObject({ permission: "user.read", method: "GET", route: "/api/users" });
  });

  it("lets a coordinator read users but not change them", async () => {
    const coordinator = await t.as("coordinator");
    const target = await t.factories.user({ role: "leadership" });
    const res = await coordinator.get(`/api/users/${target.id}`);
    expect(res.status).toBe(200);
    expect(res.body.abilities).toEqual({
      update: false,
      deactivate: false,
      activate: false,
      resetPassword: false,
    });
    expect((await coordinator.patch(`/api/users/${target.id}`, { name: "Tidak Boleh" })).status).toBe(403);
    expect((await coordinator.post("/api/users", newUser())).status).toBe(403);
  });

  it("shows abilities that reflect the caller and the account", async () => {
    const target = await t.factories.user({ role: "leadership" });
    const other = await admin.get(`/api/users/${target.id}`);
    expect(other.body.abilities).toEqual({
      update: true,
      deactivate: true,
      activate: false,
      resetPassword: true,
    });
    const self = await admin.get(`/api/users/${admin.user.id}`);
    expect(self.body.abilities).toEqual({
      update: true,
      deactivate: false,
      activate: false,
      resetPassword: false,
    });
  });

  it("answers 404 for a user of another task force, and leaves them out of every list", async () => {
    for (const res of [
      await admin.get(`/api/users/${otherTaskForceUserId}`),
      await admin.patch(`/api/users/${otherTaskForceUserId}`, { name: "Diambil Alih" }),
      await admin.post(`/api/users/${otherTaskForceUserId}/deactivate`),
      await admin.post(`/api/users/${otherTaskForceUserId}/reset-password`, {
        password: "sandi-penyusup-2024",
      }),
      await admin.post(`/api/users/${otherTaskForceUserId}/unlock`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({ code: "not_found", message: "Data tidak ditemukan." });
    }
    const [outsider] = await t.ctx.db.select().from(users).where(eq(users.id, otherTaskForceUserId));
    expect(outsider).toMatchObject({ name: "Orang Luar", active: true });

    const { items } = await walkPages<UserBody>(admin, "/api/users?limit=200");
    expect(items.map((u) => u.id)).not.toContain(otherTaskForceUserId);
    expect((await admin.get("/api/users?q=Orang%20Luar")).body.items).toEqual([]);

    // The attempt on a record that exists is audited, though the caller only saw "not found".
    const denials = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "access.denied"), eq(auditEvents.recordId, otherTaskForceUserId)));
    expect(denials.length).toBeGreaterThanOrEqual(5);
  });

  it("answers 404 for an id that does not exist", async () => {
    const res = await admin.get(`/api/users/${randomUUID()}`);
    expect(res.status).toBe(404);
    const bad = await admin.get("/api/users/bukan-uuid");
    expect(bad.status).toBe(422);
    expect(bad.body.error.details[0].field).toBe("id");
  });

  it("refuses a bad email with a 422 naming the field in Indonesian, and writes nothing", async () => {
    const before = await rowCounts(t);
    const res = await admin.post("/api/users", newUser({ email: "bukan-email" }));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.message).toBe("Data yang dikirim belum benar. Periksa kolom yang ditandai.");
    expect(res.body.error.details).toEqual([{ field: "email", message: "bukan alamat email yang sah" }]);
    const english = await admin.post("/api/users", newUser({ email: "bukan-email" }), {
      "accept-language": "en",
    });
    expect(english.body.error.details).toEqual([{ field: "email", message: "is not a valid email address" }]);
    expect(await rowCounts(t)).toEqual(before);
  });

  it("names every bad field at once", async () => {
    const before = await rowCounts(t);
    const res = await admin.post("/api/users", {
      name: "",
      email: "x",
      role: "raja",
      organizationId: "bukan",
      password: "a",
      extra: 1,
    });
    expect(res.status).toBe(422);
    const fields = res.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(["email", "extra", "name", "organizationId", "password", "role"]);
    expect(await rowCounts(t)).toEqual(before);
  });

  it("refuses an email already in use, whatever its case, and writes nothing", async () => {
    const existing = await t.factories.user({ role: "leadership" });
    const other = await t.factories.user({ role: "leadership" });
    const before = await rowCounts(t);
    const res = await admin.post("/api/users", newUser({ email: existing.email.toUpperCase() }));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: "email", message: "sudah dipakai pengguna lain" }]);
    expect(await rowCounts(t)).toEqual(before);

    const update = await admin.patch(`/api/users/${other.id}`, { email: existing.email });
    expect(update.status).toBe(422);
    expect(update.body.error.details[0].field).toBe("email");
    expect((await admin.get(`/api/users/${other.id}`)).body.email).toBe(other.email);
    expect(await rowCounts(t)).toEqual(before);
  });

  it("refuses an unknown organisation, or one of another task force, and writes nothing", async () => {
    const before = await rowCounts(t);
    const unknown = await admin.post("/api/users", newUser({ organizationId: randomUUID() }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([
      { field: "organizationId", message: "organisasi tidak ditemukan" },
    ]);
    const [outsider] = await t.ctx.db.select().from(users).where(eq(users.id, otherTaskForceUserId));
    const foreign = await admin.post("/api/users", newUser({ organizationId: outsider!.organizationId }));
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details[0].field).toBe("organizationId");
    expect(await rowCounts(t)).toEqual(before);
  });

  it("does not let an admin deactivate themself (404: not an action on offer) or change their own role", async () => {
    const self = await t.factories.user({ role: "admin" });
    const client = await t.signIn(self.email, self.password);
    const res = await client.post(`/api/users/${self.id}/deactivate`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
    const demote = await client.patch(`/api/users/${self.id}`, { role: "leadership" });
    expect(demote.status).toBe(422);
    expect(demote.body.error.details).toEqual([
      { field: "role", message: "Anda tidak dapat mengubah peran akun Anda sendiri" },
    ]);
    const reset = await client.post(`/api/users/${self.id}/reset-password`, {
      password: "sandi-sendiri-2024",
    });
    expect(reset.status).toBe(404);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, self.id));
    expect(row).toMatchObject({ active: true, role: "admin" });
    expect((await client.get("/api/auth/me")).status).toBe(200);
  });
});
