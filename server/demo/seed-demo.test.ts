import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizations, users } from "../db/schema/index.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts.ts";
import { seedDemo } from "./seed-demo.ts";

async function snapshot(t: TestApp) {
  const orgs = await t.ctx.db
    .select({ name: organizations.name, region: organizations.regionCode })
    .from(organizations)
    .orderBy(asc(organizations.name));
  const people = await t.ctx.db
    .select({ email: users.email, role: users.role })
    .from(users)
    .orderBy(asc(users.email));
  return { orgs, people };
}

describe("the demo data set", () => {
  let first: TestApp;
  let second: TestApp;
  let larger: TestApp;
  beforeAll(async () => {
    [first, second, larger] = await Promise.all([
      createTestApp("embedded"),
      createTestApp("embedded"),
      createTestApp("embedded"),
    ]);
    await seedDemo(first.ctx, 1);
    await seedDemo(second.ctx, 1);
    await seedDemo(larger.ctx, 3);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close(), larger.close()]);
  });

  it("holds the six accounts of API.md, each signing in with the demo password in its role and organisation", async () => {
    const expected: Record<string, [string, RegExp]> = {
      "admin@demo.gugus.id": ["admin", /Sudin PPAPP/],
      "koordinator@demo.gugus.id": ["coordinator", /Sudin PPAPP/],
      "manajer.kasus@demo.gugus.id": ["case_manager", /UPT PPPA/],
      "layanan.polres@demo.gugus.id": ["service_provider", /Polres Metro Jakarta Pusat/],
      "lurah.cideng@demo.gugus.id": ["field_reporter", /Kelurahan Cideng/],
      "pimpinan@demo.gugus.id": ["leadership", /Wali Kota Jakarta Pusat/],
    };
    expect(demoAccounts.map((a) => a.email).sort()).toEqual(Object.keys(expected).sort());
    for (const [email, [role, orgName]] of Object.entries(expected)) {
      const client = await first.signIn(email, DEMO_PASSWORD);
      const me = await client.get("/api/auth/me");
      expect(me.body.user.role).toBe(role);
      const org = await client.get(`/api/organizations/${me.body.user.organizationId}`);
      expect(org.body.name).toMatch(orgName);
    }
  });

  it("is the same on every run", async () => {
    expect(await snapshot(second)).toEqual(await snapshot(first));
  });

  it("grows with the scale", async () => {
    const one = await snapshot(first);
    const three = await snapshot(larger);
    expect(three.people.length).toBeGreaterThan(one.people.length);
    expect(three.orgs.length).toBeGreaterThan(one.orgs.length);
    expect(one.orgs.filter((o) => /Kelurahan /.test(o.name))).toHaveLength(44);
  });
});
