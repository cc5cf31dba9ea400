import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../db/query-rows.ts";
import { wibDate } from "../lib/wib.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { seedDemo } from "./seed-demo.ts";

describe("the demo's prevention activities", () => {
  let t: TestApp;
  const year = Number(wibDate(new Date()).slice(0, 4));
  beforeAll(async () => {
    t = await createTestApp("embedded");
    await seedDemo(t.ctx, 1);
  });
  afterAll(() => t.close());

  it("holds several schools in every kelurahan and a few hundred activities since 2020", async () => {
    const [schools] = await queryRows<{ n: string; villages: string; fewest: string }>(
      t.ctx.db,
      sql`select count(*) as n, count(distinct region_code) as villages,
          (select min(c) from (select count(*) as c from schools group by region_code) x) as fewest from schools`,
    );
    expect(Number(schools!.villages)).toBe(44);
    expect(Number(schools!.fewest)).toBeGreaterThanOrEqual(2);
    const [activities] = await queryRows<{ n: string; first: string; held: string; lists: string }>(
      t.ctx.db,
      sql`select count(*) as n, min(starts_at)::text as first,
          count(*) filter (where status = 'held') as held,
          count(*) filter (where attendee_count > 0) as lists from prevention_activities`,
    );
    expect(Number(activities!.n)).toBeGreaterThanOrEqual(250);
    expect(Number(activities!.n)).toBeLessThan(600);
    expect(activities!.first.slice(0, 4)).toBe("2020");
    expect(Number(activities!.lists)).toBeGreaterThan(30);
    const [consistent] = await queryRows<{ off: string }>(
      t.ctx.db,
      sql`select count(*) as off from prevention_activities a
          where a.attendee_count <> (select count(*) from activity_attendees p where p.activity_id = a.id)`,
    );
    expect(Number(consistent!.off)).toBe(0);
  });

  it("brings people back to several activities, and leaves gaps, Cideng's among them this year", async () => {
    const [repeat] = await queryRows<{ n: string }>(
      t.ctx.db,
      sql`select count(*) as n from (select person_key from activity_attendees
          group by person_key having count(distinct activity_id) > 1) x`,
    );
    expect(Number(repeat!.n)).toBeGreaterThan(20);
    const lurah = await t.signIn("lurah.cideng@demo.gugus.id", DEMO_PASSWORD);
    const coverage = await lurah.get(`/api/prevention/coverage?year=${year - 1}`);
    expect(coverage.status).toBe(200);
    expect(coverage.body.totals.kelurahanReached).toBeGreaterThan(15);
    expect(coverage.body.totals.kelurahanReached).toBeLessThan(44);
    expect(coverage.body.totals.peopleListed).toBeGreaterThan(0);
    expect(coverage.body.kelurahan.every((k: { population: number | null }) => k.population !== null)).toBe(
      true,
    );
    const thisYear = await lurah.get(`/api/prevention/coverage?year=${year}`);
    const cideng = thisYear.body.kelurahan.find((k: { name: string }) => k.name === "Cideng");
    expect(cideng.activitiesHeld).toBe(0);
  });
});
