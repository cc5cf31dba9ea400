import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../db/query-rows.ts";
import { createTestApp, sessionCookieOf, type TestApp } from "../test/test-app.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { seedDemo } from "./seed-demo.ts";

describe("the demo's early warnings", () => {
  let t: TestApp;
  let seconds = 0;
  beforeAll(async () => {
    t = await createTestApp("embedded", { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    const started = performance.now();
    await seedDemo(t.ctx, 1);
    seconds = (performance.now() - started) / 1000;
  });
  afterAll(() => t.close());

  it("holds a few hundred warnings over the years, in every status, unevenly across the kelurahan", async () => {
    const [totals] = await queryRows<{ n: string; years: string; first: string; villages: string }>(
      t.ctx.db,
      sql`select count(*) as n, count(distinct extract(year from created_at)) as years,
          min(created_at)::text as first, count(distinct region_code) as villages from early_warnings`,
    );
    expect(Number(totals!.n)).toBeGreaterThanOrEqual(250);
    expect(Number(totals!.n)).toBeLessThan(500);
    expect(Number(totals!.years)).toBeGreaterThanOrEqual(6);
    expect(totals!.first.slice(0, 4)).toBe("2020");
    // Some kelurahan never reported: the gap the secretariat should see.
    expect(Number(totals!.villages)).toBeLessThan(44);
    expect(Number(totals!.villages)).toBeGreaterThan(30);
    const statuses = await queryRows<{ status: string }>(
      t.ctx.db,
      sql`select distinct status from early_warnings order by status`,
    );
    expect(statuses.map((s) => s.status)).toEqual(["closed", "escalated", "new", "verified"]);
    const [busiest] = await queryRows<{ n: string }>(
      t.ctx.db,
      sql`select count(*) as n from early_warnings group by region_code order by n desc limit 1`,
    );
    expect(Number(busiest!.n)).toBeGreaterThan((Number(totals!.n) / 44) * 2);
    // Seeding stays fast: bulk inserts, not one request per warning.
    expect(seconds).toBeLessThan(60);
  });

  it("keeps every escalation consistent: a complaint on the early-warning channel, or a police unit", async () => {
    const [links] = await queryRows<{ complaints: string; broken: string; police: string; orphans: string }>(
      t.ctx.db,
      sql`select
        count(*) filter (where w.escalated_to = 'complaint') as complaints,
        count(*) filter (where w.escalated_to = 'complaint' and (c.channel_code <> 'early_warning' or c.place_region_code <> w.region_code)) as broken,
        count(*) filter (where w.escalated_to = 'police' and (w.police_organization_id is not null or w.police_unit_name is not null)) as police,
        count(*) filter (where w.status in ('escalated') and w.escalated_at is null) as orphans
        from early_warnings w left join complaints c on c.id = w.complaint_id`,
    );
    expect(Number(links!.complaints)).toBeGreaterThan(10);
    expect(Number(links!.police)).toBeGreaterThan(5);
    expect(Number(links!.broken)).toBe(0);
    expect(Number(links!.orphans)).toBe(0);
    // Every step of the timeline is in order.
    const [disorder] = await queryRows<{ n: string }>(
      t.ctx.db,
      sql`select count(*) as n from early_warning_events e join early_warnings w on w.id = e.early_warning_id
          where e.occurred_at < w.created_at`,
    );
    expect(Number(disorder!.n)).toBe(0);
  });

  it("reads through the API: the demo lurah's own reports and the secretariat's queue, escalations opening their complaint", async () => {
    const lurah = await t.signIn("lurah.cideng@demo.gugus.id", DEMO_PASSWORD);
    const mine = await lurah.get("/api/early-warnings?limit=200");
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(5);
    const first = await lurah.get(`/api/early-warnings/${mine.body.items[0].id}`);
    expect(first.body.description.length).toBeGreaterThan(20);

    const coordinator = await t.signIn("koordinator@demo.gugus.id", DEMO_PASSWORD);
    const queue = await coordinator.get("/api/early-warnings?scope=all&limit=50");
    expect(queue.body.items[0].status).toBe("new");
    const escalated = await coordinator.get("/api/early-warnings?scope=all&status=escalated&limit=200");
    const toComplaint = await Promise.all(
      escalated.body.items
        .slice(0, 40)
        .map((w: { id: string }) => coordinator.get(`/api/early-warnings/${w.id}`)),
    );
    const linked = toComplaint.find((w) => w.body.escalation?.to === "complaint")!;
    const complaint = await coordinator.get(`/api/complaints/${linked.body.escalation.complaintId}`);
    expect(complaint.body).toMatchObject({
      channel: "early_warning",
      earlyWarning: { id: linked.body.id, code: linked.body.code },
    });
    expect(complaint.body.story).toContain(linked.body.description);

    const [pictured] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`select early_warning_id as id from early_warning_photos limit 1`,
    );
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: { email: "koordinator@demo.gugus.id", password: DEMO_PASSWORD },
    });
    const photo = await t.app.inject({
      method: "GET",
      url: `/api/early-warnings/${pictured!.id}/photo`,
      headers: { cookie: sessionCookieOf(login) },
    });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers["content-type"]).toBe("image/png");
    expect(photo.rawPayload.subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
