import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { issueSetupToken } from "./setup.service.ts";

describeEachDatabase("first administrator", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_DEMO: "true" });
  });
  afterAll(() => t.close());

  it("creates the first administrator with the one-time link's token, then closes for good", async () => {
    expect((await t.anonymous.get("/api/setup")).body).toEqual({ needsSetup: true, demo: true });
    const token = await issueSetupToken(t.ctx.db);
    // 24 random bytes, base64url: the token in the printed link.
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const input = {
      token: token!,
      name: "Admin Pertama",
      email: "Admin@Contoh.go.id",
      password: "kata-sandi-panjang",
    };

    const wrong = await t.anonymous.post("/api/setup", { ...input, token: "x".repeat(32) });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details[0].field).toBe("token");

    const created = await t.anonymous.post("/api/setup", input);
    expect(created.status).toBe(201);
    const admin = await t.signIn("admin@contoh.go.id", input.password);
    expect((await admin.get("/api/auth/me")).body.user.role).toBe("admin");

    expect((await t.anonymous.get("/api/setup")).body.needsSetup).toBe(false);
    const again = await t.anonymous.post("/api/setup", { ...input, email: "kedua@contoh.go.id" });
    expect(again.status).toBe(410);
    expect(await issueSetupToken(t.ctx.db)).toBeNull();
  });
});
