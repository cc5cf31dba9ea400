import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";

describe("security headers", () => {
  let t: TestApp;
  let behindProxy: TestApp;
  beforeAll(async () => {
    t = await createTestApp("embedded");
    behindProxy = await createTestApp("embedded", { GUGUS_TRUST_PROXY: "true" });
  });
  afterAll(async () => {
    await t.close();
    await behindProxy.close();
  });

  it("sends a content security policy that allows no inline script", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("sends HSTS only when the request came over TLS through a trusted proxy", async () => {
    const plain = await t.app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-forwarded-proto": "https" },
    });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    const tls = await behindProxy.app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-forwarded-proto": "https" },
    });
    expect(tls.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  it("marks the session cookie Secure behind TLS", async () => {
    const user = await behindProxy.factories.user({ role: "leadership" });
    const res = await behindProxy.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers["set-cookie"])).toMatch(/HttpOnly.*Secure|Secure.*HttpOnly/);
  });
});
