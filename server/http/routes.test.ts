import { afterAll, beforeAll, expect, it } from "vitest";
import { permissions } from "../../shared/permissions.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../test/test-app.ts";

type OpenApi = { paths: Record<string, Record<string, unknown>> };

const someId = "00000000-0000-4000-8000-000000000000";
const concrete = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => (name === "id" ? someId : "x"));

describeEachDatabase("every route", (kind) => {
  let t: TestApp;
  let doc: OpenApi;

  beforeAll(async () => {
    t = await createTestApp(kind);
    doc = (await t.anonymous.get("/api/openapi.json")).body;
  });
  afterAll(() => t.close());

  it("declares a permission from the closed list, or public", () => {
    const allowed = new Set<string>([...permissions, "public"]);
    const routes = t.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(25);
    for (const route of routes) expect(allowed.has(route.access), `${route.method} ${route.url}`).toBe(true);
  });

  it("is described in the OpenAPI document", () => {
    for (const route of t.app.registeredRoutes.filter((r) => r.documented && r.method !== "HEAD")) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
  });

  it("answers 401 with the error shape to every non-public operation without a session", async () => {
    const guarded = t.app.registeredRoutes.filter((r) => r.access !== "public" && r.method !== "HEAD");
    expect(guarded.length).toBeGreaterThan(20);
    for (const route of guarded) {
      const res = await t.app.inject({
        method: route.method as "GET",
        url: concrete(route.url),
        headers: { "content-type": "application/json" },
        payload: route.method === "GET" ? undefined : "{}",
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().error.code).toBe("unauthenticated");
      expect(res.json().error.message).toMatch(/masuk/);
    }
  });

  it("refuses a cross-site form post before reading it", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "email=a&password=b",
    });
    expect(res.statusCode).toBe(415);
    const foreign = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      payload: JSON.stringify({ email: "a@b.id", password: "x" }),
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("csrf_rejected");
  });

  it("serves the API document's viewer at /api/docs", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/html/);
    expect(doc.paths["/api/auth/login"]).toBeDefined();
  });

  it("answers an unknown API path with a 404 in the error shape", async () => {
    const res = await t.anonymous.get("/api/tidak-ada");
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain("/api/tidak-ada");
  });
});
