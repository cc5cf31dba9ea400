import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../db/query-rows.ts";
import { cases, organizations, people, users } from "../db/schema/index.ts";
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
    expect(await first.ctx.db.$count(cases)).toBeLessThan(await larger.ctx.db.$count(cases));
  });

  it("has cases with a rising yearly trend, victims mostly from outside Jakarta, and referrals in every state", async () => {
    const perYear = await queryRows<{ year: number; n: string }>(
      first.ctx.db,
      sql`select year, count(*) as n from cases group by year order by year`,
    );
    const counts = perYear.map((r) => Number(r.n));
    expect(counts.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
    const [origin] = await queryRows<{ outside: string; total: string }>(
      first.ctx.db,
      sql`select count(*) filter (where p.origin_region_code not like '31%') as outside, count(*) as total
          from case_people cp join people p on p.id = cp.person_id where cp.role = 'victim'`,
    );
    expect(Number(origin!.outside) / Number(origin!.total)).toBeGreaterThan(0.5);
    const states = await queryRows<{ status: string }>(
      first.ctx.db,
      sql`select distinct status from referrals`,
    );
    expect(states.map((r) => r.status).sort()).toEqual(["accepted", "completed", "declined", "sent"]);
    const statuses = await queryRows<{ status: string }>(
      first.ctx.db,
      sql`select distinct status from cases`,
    );
    expect(statuses.map((r) => r.status).sort()).toEqual(["closed", "in_service", "open"]);
  });

  it("keeps demo identities encrypted and the case list readable through the API", async () => {
    const coordinator = await first.signIn("koordinator@demo.gugus.id", DEMO_PASSWORD);
    const list = await coordinator.get("/api/cases?limit=5");
    expect(list.body.items).toHaveLength(5);
    expect(list.body.items[0].number).toMatch(/^TPPO-3171-2026-\d{4}$/);
    const [person] = await first.ctx.db.select().from(people).limit(1);
    expect(person!.nameEnc).toMatch(/^v1\./);
  });
});
