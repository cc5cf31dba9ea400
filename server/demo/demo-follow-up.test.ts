import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../db/query-rows.ts";
import { wibDate } from "../lib/wib.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { seedDemo } from "./seed-demo.ts";

describe("the demo's action items and work plans", () => {
  let t: TestApp;
  const year = Number(wibDate(new Date()).slice(0, 4));
  beforeAll(async () => {
    t = await createTestApp("embedded", { GUGUS_REMINDER_INTERVAL_SECONDS: "0" });
    await seedDemo(t.ctx, 1);
  });
  afterAll(() => t.close());

  it("follows up the held meetings, in every state, with dates that fit the meetings", async () => {
    const [counts] = await queryRows<{
      items: number;
      from_meetings: number;
      with_decision: number;
      open: number;
      in_progress: number;
      done: number;
      dropped: number;
      overdue: number;
      bad_done: number;
      in_future: number;
    }>(
      t.ctx.db,
      sql`select count(*)::int as items,
          count(*) filter (where meeting_id is not null)::int as from_meetings,
          count(*) filter (where decision_id is not null)::int as with_decision,
          count(*) filter (where status = 'open')::int as open,
          count(*) filter (where status = 'in_progress')::int as in_progress,
          count(*) filter (where status = 'done')::int as done,
          count(*) filter (where status = 'dropped' and drop_reason is not null)::int as dropped,
          count(*) filter (where status in ('open', 'in_progress') and due_on < current_date)::int as overdue,
          count(*) filter (where status = 'done' and done_at is null or status <> 'done' and done_at is not null)::int as bad_done,
          count(*) filter (where done_at > now() or created_at > now())::int as in_future
        from action_items`,
    );
    expect(counts!.items).toBeGreaterThan(40);
    expect(counts!.from_meetings).toBe(counts!.items);
    expect(counts!.with_decision).toBeGreaterThan(counts!.items / 2);
    for (const state of ["open", "in_progress", "done", "dropped", "overdue"] as const)
      expect(counts![state]).toBeGreaterThan(0);
    expect(counts!.bad_done).toBe(0);
    expect(counts!.in_future).toBe(0);
    const [misfit] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from action_items a join meetings m on m.id = a.meeting_id
          where m.status = 'cancelled' or a.due_on < ((m.starts_at at time zone 'UTC') + interval '7 hours')::date
            or a.created_at < m.starts_at`,
    );
    expect(misfit!.n).toBe(0);
    // Each item's history ends in its status.
    const [history] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from action_items a
          where a.status <> (select e.to_status from action_item_events e where e.action_item_id = a.id
                             and e.to_status is not null order by e.seq desc limit 1)`,
    );
    expect(history!.n).toBe(0);
  });

  it("gives each demo account's organisation an item in every state", async () => {
    for (const email of [
      "manajer.kasus@demo.gugus.id",
      "layanan.polres@demo.gugus.id",
      "lurah.cideng@demo.gugus.id",
    ]) {
      const client = await t.signIn(email, DEMO_PASSWORD);
      const list = await client.get("/api/action-items?limit=100");
      const states = new Set(list.body.items.map((i: { status: string }) => i.status));
      expect([...states].sort()).toEqual(["done", "dropped", "in_progress", "open"]);
      expect(list.body.totals.overdue).toBeGreaterThanOrEqual(2);
      expect(list.body.items[0].overdue).toBe(true);
    }
  });

  it("holds a plan for each of the last three years, with the zero-case target measured from last year", async () => {
    const coordinator = await t.signIn("koordinator@demo.gugus.id", DEMO_PASSWORD);
    const plans = await coordinator.get("/api/work-plans");
    expect(plans.body.items.map((p: { year: number }) => p.year)).toEqual([year, year - 1, year - 2]);
    const plan = await coordinator.get(`/api/work-plans/${year}`);
    const indicators = plan.body.programmes.flatMap((p: { indicators: unknown[] }) => p.indicators) as {
      name: string;
      metric: string | null;
      target: number;
      direction: string;
      baseline: number | null;
      actual: { value: number } | null;
    }[];
    const zero = indicators.find((i) => i.metric === "new_cases")!;
    expect(zero).toMatchObject({ target: 0, direction: "lower" });
    const [lastYear] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from cases where year = ${year - 1}`,
    );
    expect(zero.baseline).toBe(lastYear!.n);
    expect(indicators.every((i) => i.actual !== null)).toBe(true);
    expect(new Set(plan.body.programmes.map((p: { workingGroupId: string }) => p.workingGroupId)).size).toBe(
      6,
    );
  });
});
