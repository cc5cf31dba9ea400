import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { permissions } from "../../../shared/permissions.ts";
import type { Role } from "../../../shared/roles.ts";
import { rolePermissions } from "../../auth/roles.ts";
import { currentTotp, verifyTotp } from "../../auth/totp.ts";
import { auditEvents, sessions } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import {
  createTestApp,
  describeEachDatabase,
  sessionCookieOf,
  type TestApp,
  type TestResponse,
} from "../../test/test-app.ts";

type Res = TestResponse;

/** One request straight through the app, with whatever cookie and headers the test chooses. */
async function send(
  t: TestApp,
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Res> {
  const res = await t.app.inject({
    method,
    url,
    headers: {
      ...(method === "GET" ? {} : { "content-type": "application/json" }),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    payload: method === "GET" ? undefined : options.body === undefined ? "" : JSON.stringify(options.body),
  });
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null, headers: res.headers };
}

const login = (t: TestApp, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  send(t, "POST", "/api/auth/login", { body, headers });
const me = (t: TestApp, cookie: string) => send(t, "GET", "/api/auth/me", { cookie });

async function signedIn(t: TestApp, role: Role) {
  const user = await t.factories.user({ role });
  const res = await login(t, { email: user.email, password: user.password });
  expect(res.status).toBe(200);
  return { user, cookie: sessionCookieOf(res) };
}

/** A six-digit code that the secret does not accept now (nor in the ±30 s window). */
function wrongCodeFor(secret: string): string {
  for (let n = 0; n < 1_000_000; n += 111_111) {
    const code = String(n).padStart(6, "0");
    if (!verifyTotp(secret, code)) return code;
  }
  throw new Error("every candidate code matched");
}

describeEachDatabase("signing in", (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("answers 200 with an httpOnly, SameSite=Lax session cookie and the me shape", async () => {
    const user = await t.factories.user({ role: "admin", name: "Admin Masuk" });
    const res = await login(t, { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    const setCookie = [res.headers["set-cookie"]].flat().find((c) => String(c).startsWith("gugus_session="));
    expect(setCookie).toBeDefined();
    expect(String(setCookie)).toMatch(/HttpOnly/i);
    expect(String(setCookie)).toMatch(/SameSite=Lax/i);
    expect(String(setCookie)).toMatch(/Path=\//);
    // The test server speaks plain HTTP, so the cookie must not claim Secure.
    expect(String(setCookie)).not.toMatch(/Secure/i);
    expect(res.body.user).toEqual({
      id: user.id,
      name: "Admin Masuk",
      email: user.email,
      role: "admin",
      organizationId: user.organizationId,
      taskForceId: user.taskForceId,
      locale: "id",
    });
    expect(res.body.permissions).toEqual(
      permissions.filter((p) => rolePermissions.admin.includes(p as never)),
    );

    const again = await me(t, sessionCookieOf(res));
    expect(again.status).toBe(200);
    expect(again.body).toEqual(res.body);
  });

  it("accepts the email in any case and with surrounding spaces", async () => {
    const user = await t.factories.user({ role: "leadership" });
    const res = await login(t, { email: `  ${user.email.toUpperCase()} `, password: user.password });
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(user.id);
  });

  it("gives the same 401 for a wrong password and an unknown email", async () => {
    const user = await t.factories.user({ role: "case_manager" });
    const wrongPassword = await login(t, { email: user.email, password: "bukan-kata-sandinya" });
    const unknownEmail = await login(t, { email: "tidak.ada@uji.gugus.id", password: user.password });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.error.code).toBe("invalid_credentials");
    expect(wrongPassword.headers["set-cookie"]).toBeUndefined();
  });

  it("writes error messages in Indonesian by default and in English when asked", async () => {
    const user = await t.factories.user({ role: "leadership" });
    const indonesian = await login(t, { email: user.email, password: "salah-sekali" });
    expect(indonesian.body.error.message).toBe("Email atau kata sandi salah.");
    const english = await login(
      t,
      { email: user.email, password: "salah-sekali" },
      { "accept-language": "en-US,en;q=0.9" },
    );
    expect(english.body.error.code).toBe("invalid_credentials");
    expect(english.body.error.message).toBe("Wrong email or password.");

    const badInput = await login(t, { email: "", password: "" });
    expect(badInput.status).toBe(422);
    expect(badInput.body.error.message).toMatch(/Data yang dikirim belum benar/);
    const badInputEn = await login(t, { email: "", password: "" }, { "accept-language": "en" });
    expect(badInputEn.body.error.message).toMatch(/not valid/);
  });

  it("locks the account after five failures, even against the right password, until an admin unlocks it", async () => {
    const user = await t.factories.user({ role: "field_reporter" });
    for (let i = 1; i <= 4; i++) {
      const res = await login(t, { email: user.email, password: `salah-${i}` });
      expect(res.status, `failure ${i}`).toBe(401);
      expect(res.body.error.code).toBe("invalid_credentials");
    }
    const fifth = await login(t, { email: user.email, password: "salah-5" });
    expect(fifth.status).toBe(429);
    expect(fifth.body.error.code).toBe("account_locked");
    expect(fifth.body.error.message).toMatch(/WIB/);
    expect(Date.parse(fifth.body.error.details.lockedUntil)).toBeGreaterThan(Date.now() + 14 * 60_000);

    const rightPassword = await login(t, { email: user.email, password: user.password });
    expect(rightPassword.status).toBe(429);
    expect(rightPassword.body.error.code).toBe("account_locked");
    expect(rightPassword.headers["set-cookie"]).toBeUndefined();
    const english = await login(
      t,
      { email: user.email, password: user.password },
      { "accept-language": "en" },
    );
    expect(english.body.error.message).toMatch(/locked/);

    const admin = await t.as("admin");
    const shown = await admin.get(`/api/users/${user.id}`);
    expect(shown.body.lockedUntil).not.toBeNull();
    const unlocked = await admin.post(`/api/users/${user.id}/unlock`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.lockedUntil).toBeNull();

    const after = await login(t, { email: user.email, password: user.password });
    expect(after.status).toBe(200);
    expect(after.body.user.id).toBe(user.id);
  });

  it("starts counting failures afresh after a successful sign-in", async () => {
    const user = await t.factories.user({ role: "leadership" });
    for (let i = 0; i < 4; i++) await login(t, { email: user.email, password: "salah-lagi" });
    expect((await login(t, { email: user.email, password: user.password })).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      expect((await login(t, { email: user.email, password: "salah-lagi" })).status).toBe(401);
    }
    expect((await login(t, { email: user.email, password: user.password })).status).toBe(200);
  });

  it("refuses an inactive user with the same message as a wrong password", async () => {
    const user = await t.factories.user({ role: "field_reporter" });
    const admin = await t.as("admin");
    expect((await admin.post(`/api/users/${user.id}/deactivate`)).status).toBe(200);
    const res = await login(t, { email: user.email, password: user.password });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("invalid_credentials");
    expect(res.body.error.message).toBe("Email atau kata sandi salah.");
  });

  it("ends the session on logout, so the next /api/auth/me answers 401", async () => {
    const { user, cookie } = await signedIn(t, "leadership");
    expect((await me(t, cookie)).status).toBe(200);
    const out = await send(t, "POST", "/api/auth/logout", { cookie });
    expect(out.status).toBe(204);
    expect(String([out.headers["set-cookie"]].flat()[0])).toMatch(/^gugus_session=;/);
    const after = await me(t, cookie);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("unauthenticated");
    const left = await t.ctx.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left).toHaveLength(0);
  });

  it("refuses a logout without a JSON content type (the CSRF defence)", async () => {
    const { cookie } = await signedIn(t, "leadership");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie, "content-type": "text/plain" },
      payload: "",
    });
    expect(res.statusCode).toBe(415);
    expect((await me(t, cookie)).status).toBe(200);
  });

  it("revokes the user's other sessions on a password change and keeps the caller signed in", async () => {
    const user = await t.factories.user({ role: "leadership" });
    const first = sessionCookieOf(await login(t, { email: user.email, password: user.password }));
    const other = sessionCookieOf(await login(t, { email: user.email, password: user.password }));
    const bystander = await signedIn(t, "leadership");

    const wrong = await send(t, "POST", "/api/auth/password", {
      cookie: first,
      body: { currentPassword: "bukan-ini", newPassword: "kata-sandi-baru-2024" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details).toEqual([
      { field: "currentPassword", message: "kata sandi saat ini salah" },
    ]);
    expect((await me(t, other)).status).toBe(200);

    const changed = await send(t, "POST", "/api/auth/password", {
      cookie: first,
      body: { currentPassword: user.password, newPassword: "kata-sandi-baru-2024" },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user.id).toBe(user.id);
    const fresh = sessionCookieOf(changed);
    expect(fresh).not.toBe(first);

    expect((await me(t, fresh)).status).toBe(200);
    expect((await me(t, other)).status).toBe(401);
    expect((await me(t, first)).status).toBe(401);
    expect((await me(t, bystander.cookie)).status).toBe(200);
    expect((await login(t, { email: user.email, password: user.password })).status).toBe(401);
    expect((await login(t, { email: user.email, password: "kata-sandi-baru-2024" })).status).toBe(200);
    expect(await auditOf(t, "auth.password_changed", user.id)).toHaveLength(1);
  });

  it("refuses a new password that is too short or equal to the old one", async () => {
    const { user, cookie } = await signedIn(t, "leadership");
    const short = await send(t, "POST", "/api/auth/password", {
      cookie,
      body: { currentPassword: user.password, newPassword: "pendek" },
    });
    expect(short.status).toBe(422);
    expect(short.body.error.details).toEqual([{ field: "newPassword", message: "minimal 10 karakter" }]);
    const same = await send(t, "POST", "/api/auth/password", {
      cookie,
      body: { currentPassword: user.password, newPassword: user.password },
    });
    expect(same.status).toBe(422);
    expect(same.body.error.details[0].field).toBe("newPassword");
    expect((await me(t, cookie)).status).toBe(200);
  });

  it("saves the user's language and answers in it on the next sign-in", async () => {
    const { user, cookie } = await signedIn(t, "leadership");
    const res = await send(t, "PATCH", "/api/auth/me/preferences", { cookie, body: { locale: "en" } });
    expect(res.status).toBe(200);
    expect(res.body.user.locale).toBe("en");
    const again = await login(t, { email: user.email, password: user.password });
    expect(again.body.user.locale).toBe("en");
  });

  it("audits a sign-in, a failed sign-in, a lock and a logout", async () => {
    const user = await t.factories.user({ role: "leadership" });
    const cookie = sessionCookieOf(await login(t, { email: user.email, password: user.password }));
    const [signedInEvent] = await auditOf(t, "auth.signed_in", user.id);
    expect(signedInEvent).toMatchObject({
      actorUserId: user.id,
      actorName: user.name,
      taskForceId: user.taskForceId,
      recordType: "user",
      data: { via: "password", secondFactor: false },
    });

    await login(t, { email: user.email, password: "salah-satu" });
    const failed = await auditOf(t, "auth.sign_in_failed", user.id);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      taskForceId: user.taskForceId,
      data: { reason: "password", failures: 1 },
    });

    const unknownEmail = `hantu.${user.id.slice(0, 8)}@uji.gugus.id`;
    await login(t, { email: unknownEmail, password: "apa-saja" });
    const [unknown] = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.event, "auth.sign_in_failed"))
      .orderBy(auditEvents.seq)
      .then((rows) => rows.filter((r) => (r.data as { email?: string }).email === unknownEmail));
    expect(unknown).toMatchObject({
      actorUserId: null,
      data: { reason: "unknown_email", email: unknownEmail },
    });

    for (let i = 0; i < 4; i++) await login(t, { email: user.email, password: "salah-lagi" });
    const locks = await auditOf(t, "auth.account_locked", user.id);
    expect(locks).toHaveLength(1);
    expect(Date.parse((locks[0]!.data as { until: string }).until)).toBeGreaterThan(Date.now());

    expect((await send(t, "POST", "/api/auth/logout", { cookie })).status).toBe(204);
    const [signedOut] = await auditOf(t, "auth.signed_out", user.id);
    expect(signedOut).toMatchObject({ actorUserId: user.id, recordType: "user" });

    // The same trail through the API, as an administrator reads it.
    const admin = await t.as("admin");
    const trail = await admin.get(`/api/audit?recordType=user&recordId=${user.id}&limit=50`);
    expect(trail.status).toBe(200);
    const events = trail.body.items.map((e: { event: string }) => e.event);
    expect(events[0]).toBe("auth.signed_out");
    expect(events).toEqual(
      expect.arrayContaining([
        "auth.signed_in",
        "auth.sign_in_failed",
        "auth.account_locked",
        "auth.signed_out",
      ]),
    );
    expect(events.filter((e: string) => e === "auth.sign_in_failed")).toHaveLength(5);
  });
});

describeEachDatabase("signing in under a strict configuration", (kind) => {
  let t: TestApp;
  const realNow = () => new Date();

  beforeAll(async () => {
    t = await createTestApp(kind, {
      GUGUS_LOGIN_MAX_FAILURES: "2",
      GUGUS_SESSION_IDLE_MINUTES: "1",
      GUGUS_LOGIN_LOCK_MINUTES: "15",
      GUGUS_LOGIN_SLOWDOWN_MS: "150",
    });
  });
  afterAll(() => t.close());

  it("locks after GUGUS_LOGIN_MAX_FAILURES failures and lets the user in again once the lock has passed", async () => {
    const user = await t.factories.user({ role: "leadership" });
    expect((await login(t, { email: user.email, password: "salah-1" })).status).toBe(401);
    const second = await login(t, { email: user.email, password: "salah-2" });
    expect(second.status).toBe(429);
    expect(second.body.error.code).toBe("account_locked");
    expect((await login(t, { email: user.email, password: user.password })).status).toBe(429);

    t.ctx.now = () => new Date(Date.now() + 16 * 60_000);
    try {
      const later = await login(t, { email: user.email, password: user.password });
      expect(later.status).toBe(200);
    } finally {
      t.ctx.now = realNow;
    }
  });

  it("answers each failure in a row more slowly", async () => {
    const user = await t.factories.user({ role: "leadership" });
    const t0 = Date.now();
    await login(t, { email: user.email, password: "salah-1" });
    const first = Date.now() - t0;
    const t1 = Date.now();
    await login(t, { email: user.email, password: "salah-2" });
    const second = Date.now() - t1;
    expect(first).toBeGreaterThanOrEqual(150);
    expect(second).toBeGreaterThanOrEqual(300);
  });

  it("expires a session left idle longer than GUGUS_SESSION_IDLE_MINUTES", async () => {
    const user = await t.factories.user({ role: "leadership" });
    const cookie = sessionCookieOf(await login(t, { email: user.email, password: user.password }));
    try {
      t.ctx.now = () => new Date(Date.now() + 30_000);
      expect((await me(t, cookie)).status).toBe(200);
      t.ctx.now = () => new Date(Date.now() + 2 * 60_000);
      const idle = await me(t, cookie);
      expect(idle.status).toBe(401);
      expect(idle.body.error.code).toBe("unauthenticated");
    } finally {
      t.ctx.now = realNow;
    }
    // Ended, not merely hidden: back in the present the cookie still opens nothing.
    expect((await me(t, cookie)).status).toBe(401);
    expect(await t.ctx.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it("keeps a session alive while it is used within the idle limit", async () => {
    const user = await t.factories.user({ role: "leadership" });
    const cookie = sessionCookieOf(await login(t, { email: user.email, password: user.password }));
    const start = Date.now();
    try {
      // Every 50 s a request: each one moves the idle deadline on.
      for (let step = 1; step <= 4; step++) {
        t.ctx.now = () => new Date(start + step * 50_000);
        expect((await me(t, cookie)).status, `after ${step * 50} s`).toBe(200);
      }
    } finally {
      t.ctx.now = realNow;
    }
  });
});

describeEachDatabase("two-step sign-in (TOTP)", (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  async function enrol(cookie: string) {
    const setup = await send(t, "POST", "/api/auth/2fa/setup", { cookie });
    expect(setup.status).toBe(200);
    const secret: string = setup.body.secret;
    const enabled = await send(t, "POST", "/api/auth/2fa/enable", {
      cookie,
      body: { code: currentTotp(secret) },
    });
    expect(enabled.status).toBe(200);
    return { secret, recoveryCodes: enabled.body.recoveryCodes as string[], setup: setup.body };
  }

  it("sets up TOTP with a code from the returned secret and hands out recovery codes", async () => {
    const { user, cookie } = await signedIn(t, "coordinator");
    const { setup, recoveryCodes } = await enrol(cookie);
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.otpauthUrl).toContain(`secret=${setup.secret}`);
    expect(setup.qrSvg).toMatch(/<svg/);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(await auditOf(t, "auth.second_factor_enabled", user.id)).toHaveLength(1);
    const after = await me(t, cookie);
    expect(after.body.secondFactor).toEqual({ enrolled: true, required: true, verified: true });
  });

  it("refuses to enable TOTP with a wrong code or before setup", async () => {
    const { cookie } = await signedIn(t, "coordinator");
    const early = await send(t, "POST", "/api/auth/2fa/enable", { cookie, body: { code: "123456" } });
    expect(early.status).toBe(422);
    expect(early.body.error.details[0].field).toBe("code");

    const setup = await send(t, "POST", "/api/auth/2fa/setup", { cookie });
    const wrong = await send(t, "POST", "/api/auth/2fa/enable", {
      cookie,
      body: { code: wrongCodeFor(setup.body.secret) },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details).toEqual([
      { field: "code", message: "kode tidak cocok; periksa jam ponsel Anda lalu coba kode berikutnya" },
    ]);
    expect((await me(t, cookie)).body.secondFactor.enrolled).toBe(false);
  });

  it("asks for the code, refuses a wrong one and accepts the right one", async () => {
    const { user, cookie } = await signedIn(t, "coordinator");
    const { secret } = await enrol(cookie);

    const without = await login(t, { email: user.email, password: user.password });
    expect(without.status).toBe(401);
    expect(without.body.error.code).toBe("second_factor_required");
    expect(without.headers["set-cookie"]).toBeUndefined();

    const wrong = await login(t, { email: user.email, password: user.password, totp: wrongCodeFor(secret) });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("second_factor_invalid");
    expect(wrong.headers["set-cookie"]).toBeUndefined();

    // The code does not stand in for the password.
    const wrongPassword = await login(t, {
      email: user.email,
      password: "salah-sekali",
      totp: currentTotp(secret),
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.error.code).toBe("invalid_credentials");

    const right = await login(t, { email: user.email, password: user.password, totp: currentTotp(secret) });
    expect(right.status).toBe(200);
    expect(right.body.secondFactor).toEqual({ enrolled: true, required: true, verified: true });
    const [signedInEvent] = (await auditOf(t, "auth.signed_in", user.id)).slice(-1);
    expect(signedInEvent!.data).toEqual({ via: "password", secondFactor: true });
  });

  it("accepts a recovery code once only", async () => {
    const { user, cookie } = await signedIn(t, "coordinator");
    const { recoveryCodes } = await enrol(cookie);
    const code = recoveryCodes[3]!;

    const first = await login(t, {
      email: user.email,
      password: user.password,
      recoveryCode: code.toLowerCase(),
    });
    expect(first.status).toBe(200);
    expect(first.body.secondFactor.verified).toBe(true);
    expect(await auditOf(t, "auth.recovery_code_used", user.id)).toHaveLength(1);

    const second = await login(t, { email: user.email, password: user.password, recoveryCode: code });
    expect(second.status).toBe(401);
    expect(second.body.error.code).toBe("second_factor_invalid");

    const another = await login(t, {
      email: user.email,
      password: user.password,
      recoveryCode: recoveryCodes[4]!,
    });
    expect(another.status).toBe(200);
  });

  it("gives a coordinator identity.reveal only in a session verified by the second factor", async () => {
    const { user, cookie } = await signedIn(t, "coordinator");
    const before = await me(t, cookie);
    expect(before.body.permissions).not.toContain("identity.reveal");
    expect(before.body.permissions).toContain("audit.read");
    expect(before.body.secondFactor).toEqual({ enrolled: false, required: true, verified: false });

    const { secret } = await enrol(cookie);
    expect((await me(t, cookie)).body.permissions).toContain("identity.reveal");

    const verified = await login(t, {
      email: user.email,
      password: user.password,
      totp: currentTotp(secret),
    });
    expect(verified.body.permissions).toContain("identity.reveal");
    expect((await me(t, sessionCookieOf(verified))).body.permissions).toContain("identity.reveal");
  });

  it("gives a role outside GUGUS_2FA_REQUIRED_ROLES its permissions without a second factor", async () => {
    const { cookie } = await signedIn(t, "admin");
    const res = await me(t, cookie);
    expect(res.body.secondFactor).toEqual({ enrolled: false, required: false, verified: false });
    expect(res.body.permissions).toEqual(
      permissions.filter((p) => rolePermissions.admin.includes(p as never)),
    );
  });

  it("withdraws identity.reveal from every session when TOTP is turned off", async () => {
    const { user, cookie } = await signedIn(t, "case_manager");
    await enrol(cookie);
    expect((await me(t, cookie)).body.permissions).toContain("identity.reveal");
    const wrong = await send(t, "POST", "/api/auth/2fa/disable", {
      cookie,
      body: { password: "salah-sekali" },
    });
    expect(wrong.status).toBe(422);
    const off = await send(t, "POST", "/api/auth/2fa/disable", { cookie, body: { password: user.password } });
    expect(off.status).toBe(204);
    const after = await me(t, cookie);
    expect(after.body.permissions).not.toContain("identity.reveal");
    expect(after.body.secondFactor).toEqual({ enrolled: false, required: true, verified: false });
    expect((await login(t, { email: user.email, password: user.password })).status).toBe(200);
  });
});

describeEachDatabase("personal API tokens", (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("shows a new token once, starting with ggs_, and lists it without the secret", async () => {
    const { cookie } = await signedIn(t, "leadership");
    const created = await send(t, "POST", "/api/auth/tokens", {
      cookie,
      body: { name: "Integrasi SIMFONI" },
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^ggs_[A-Za-z0-9_-]{20,}$/);
    expect(created.body.prefix).toBe(created.body.token.slice(0, 10));
    expect(created.body.name).toBe("Integrasi SIMFONI");

    const list = await send(t, "GET", "/api/auth/tokens", { cookie });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toEqual({
      id: created.body.id,
      name: "Integrasi SIMFONI",
      prefix: created.body.prefix,
      createdAt: created.body.createdAt,
      lastUsedAt: null,
      expiresAt: null,
    });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
  });

  it("signs a request in with Authorization: Bearer, without a cookie or a content type", async () => {
    const { user, cookie } = await signedIn(t, "leadership");
    const created = await send(t, "POST", "/api/auth/tokens", { cookie, body: { name: "Laporan" } });
    const res = await t.app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { authorization: `Bearer ${created.body.token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(user.id);
    const listed = await send(t, "GET", "/api/auth/tokens", { cookie });
    expect(listed.body.items[0].lastUsedAt).not.toBeNull();
  });

  it("never lets a token reveal identity, even for a user with verified TOTP", async () => {
    const { user, cookie } = await signedIn(t, "coordinator");
    const setup = await send(t, "POST", "/api/auth/2fa/setup", { cookie });
    await send(t, "POST", "/api/auth/2fa/enable", { cookie, body: { code: currentTotp(setup.body.secret) } });
    expect((await me(t, cookie)).body.permissions).toContain("identity.reveal");
    const created = await send(t, "POST", "/api/auth/tokens", { cookie, body: { name: "Skrip" } });
    const res = await send(t, "GET", "/api/auth/me", {
      headers: { authorization: `Bearer ${created.body.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(user.id);
    expect(res.body.permissions).not.toContain("identity.reveal");
    expect(res.body.secondFactor.verified).toBe(false);
  });

  it("stops accepting a token once it is revoked", async () => {
    const { user, cookie } = await signedIn(t, "leadership");
    const created = await send(t, "POST", "/api/auth/tokens", { cookie, body: { name: "Sekali pakai" } });
    const bearer = { authorization: `Bearer ${created.body.token}` };
    expect((await send(t, "GET", "/api/auth/me", { headers: bearer })).status).toBe(200);

    const revoked = await send(t, "DELETE", `/api/auth/tokens/${created.body.id}`, { cookie });
    expect(revoked.status).toBe(204);
    const after = await send(t, "GET", "/api/auth/me", { headers: bearer });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("unauthenticated");
    expect((await send(t, "GET", "/api/auth/tokens", { cookie })).body.items).toHaveLength(0);
    expect((await send(t, "DELETE", `/api/auth/tokens/${created.body.id}`, { cookie })).status).toBe(404);
    expect(await auditOf(t, "auth.api_token_created", created.body.id)).toHaveLength(1);
    const [revokedEvent] = await auditOf(t, "auth.api_token_revoked", created.body.id);
    expect(revokedEvent!.actorUserId).toBe(user.id);
  });

  it("answers 404 to revoking another user's token and leaves it working", async () => {
    const owner = await signedIn(t, "leadership");
    const other = await signedIn(t, "leadership");
    const created = await send(t, "POST", "/api/auth/tokens", {
      cookie: owner.cookie,
      body: { name: "Milik" },
    });
    const res = await send(t, "DELETE", `/api/auth/tokens/${created.body.id}`, { cookie: other.cookie });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
    const still = await send(t, "GET", "/api/auth/me", {
      headers: { authorization: `Bearer ${created.body.token}` },
    });
    expect(still.status).toBe(200);
    expect(still.body.user.id).toBe(owner.user.id);
  });

  it("refuses an unknown token and a token of a deactivated user", async () => {
    const unknown = await send(t, "GET", "/api/auth/me", {
      headers: { authorization: "Bearer ggs_bukanTokenYangAdaSamaSekali0000000000" },
    });
    expect(unknown.status).toBe(401);

    const { user, cookie } = await signedIn(t, "leadership");
    const created = await send(t, "POST", "/api/auth/tokens", { cookie, body: { name: "Lama" } });
    const admin = await t.as("admin");
    await admin.post(`/api/users/${user.id}/deactivate`);
    const res = await send(t, "GET", "/api/auth/me", {
      headers: { authorization: `Bearer ${created.body.token}` },
    });
    expect(res.status).toBe(401);
  });

  it("stops accepting a token past its expiry", async () => {
    const { cookie } = await signedIn(t, "leadership");
    const created = await send(t, "POST", "/api/auth/tokens", {
      cookie,
      body: { name: "Sementara", expiresInDays: 1 },
    });
    expect(Date.parse(created.body.expiresAt)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const realNow = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 2 * 86_400_000);
    try {
      expect((await send(t, "GET", "/api/auth/me", { headers: bearer })).status).toBe(401);
    } finally {
      t.ctx.now = realNow;
    }
    expect((await send(t, "GET", "/api/auth/me", { headers: bearer })).status).toBe(200);
  });
});
