import { sql } from "drizzle-orm";
import { type ComputedMetric, metricSources } from "../../../shared/work-plans.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import { queryRows } from "../../db/query-rows.ts";
import { type Locale, translate } from "../../lib/messages.ts";
import { formatWib, wibDate } from "../../lib/wib.ts";
import { getCoverage } from "../prevention/coverage.service.ts";
import { wibYear } from "../prevention/wib-periods.ts";
import { computeStatistics } from "../statistics/statistics.service.ts";

/**
 * The figures a plan's indicators can take from the system's own records, each counted over the
 * plan's calendar year (WIB) at the moment the plan is read, with the line that says where it
 * comes from. Case and victim counts come from the statistics engine, so a plan shows the same
 * number as the dashboard and the reports; prevention reach from the coverage view.
 */

export type MetricValue = { value: number | null; source: string };

// The rehabilitation services the indicator counts (RAN strategies 2 and 3).
const REHABILITATION = ["health_rehabilitation", "social_rehabilitation"];

type Scope = { ctx: AppContext; actor: UserActor; year: number; from: string; to: string; today: string };

async function caseCounts(scope: Scope, unit: "cases" | "victims", locale: Locale) {
  const result = await computeStatistics(
    scope.ctx.db,
    scope.actor.taskForceId,
    { unit, groupBy: [], from: scope.from, to: scope.to },
    { now: scope.ctx.now(), locale },
  );
  return { value: result.total, engineSource: result.source };
}

/**
 * Victims (a victim of a case, as the statistics count them) with a health or social
 * rehabilitation service under way or delivered that started in the year; a service recorded
 * without a start date counts on the day it was recorded.
 */
async function victimsRehabilitated(scope: Scope): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    scope.ctx.db,
    sql`select count(distinct s.case_person_id)::int as n
        from services s
        join cases c on c.id = s.case_id
        where c.task_force_id = ${scope.actor.taskForceId}
          and s.service_type_code in (${sql.join(
            REHABILITATION.map((code) => sql`${code}`),
            sql`, `,
          )})
          and s.status in ('in_progress', 'delivered')
          and coalesce(s.started_on, ((s.created_at at time zone 'UTC') + interval '7 hours')::date)
            between ${scope.from}::date and ${scope.to}::date`,
  );
  return Number(row?.n ?? 0);
}

async function meetingsHeld(scope: Scope): Promise<number> {
  const { from, to } = wibYear(scope.year);
  const [row] = await queryRows<{ n: number }>(
    scope.ctx.db,
    sql`select count(*)::int as n from meetings
        where task_force_id = ${scope.actor.taskForceId} and status = 'held'
          and starts_at >= ${from.toISOString()}::timestamptz and starts_at < ${to.toISOString()}::timestamptz`,
  );
  return Number(row?.n ?? 0);
}

/**
 * The share (%) of the year's action items whose due date has passed that were done by it.
 * Dropped items are left out: the task force decided not to do them. Null before any fell due.
 */
async function doneOnTimeRate(scope: Scope): Promise<number | null> {
  const yesterday = new Date(Date.parse(`${scope.today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  // The last due date that has passed: the year's end, or yesterday (ISO dates sort as text).
  const [lastDue] = [scope.to, yesterday].sort();
  const [row] = await queryRows<{ due: number; on_time: number }>(
    scope.ctx.db,
    sql`select count(*)::int as due,
          count(*) filter (where status = 'done'
            and ((done_at at time zone 'UTC') + interval '7 hours')::date <= due_on)::int as on_time
        from action_items
        where task_force_id = ${scope.actor.taskForceId} and status <> 'dropped'
          and due_on >= ${scope.from}::date and due_on <= ${lastDue!}::date`,
  );
  const due = Number(row?.due ?? 0);
  if (due === 0) return null;
  return Math.round((Number(row!.on_time) / due) * 1000) / 10;
}

/**
 * Computes each metric asked for once, however many indicators use it. Nothing is stored: the
 * plan shows what the records say now.
 */
export async function computeMetrics(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  metrics: ReadonlySet<ComputedMetric>,
): Promise<Map<ComputedMetric, MetricValue>> {
  const now = ctx.now();
  const scope: Scope = { ctx, actor, year, from: `${year}-01-01`, to: `${year}-12-31`, today: wibDate(now) };
  const cutoff = formatWib(now, locale);
  const sourceOf = (metric: ComputedMetric, params: Record<string, string> = {}) =>
    translate(locale, `work_plan.source.${metricSources[metric]}`, { cutoff, ...params });
  const values = new Map<ComputedMetric, MetricValue>();
  // One query after another: the embedded engine has one connection anyway.
  for (const metric of metrics) {
    switch (metric) {
      case "new_cases":
      case "victims_identified": {
        const counted = await caseCounts(scope, metric === "new_cases" ? "cases" : "victims", locale);
        values.set(metric, {
          value: counted.value,
          source: sourceOf(metric, { source: counted.engineSource }),
        });
        break;
      }
      case "victims_rehabilitated":
        values.set(metric, { value: await victimsRehabilitated(scope), source: sourceOf(metric) });
        break;
      case "prevention_activities_held":
      case "people_reached":
      case "kelurahan_reached":
        break; // below: one coverage read serves all three
      case "meetings_held":
        values.set(metric, { value: await meetingsHeld(scope), source: sourceOf(metric) });
        break;
      case "action_items_done_on_time":
        values.set(metric, { value: await doneOnTimeRate(scope), source: sourceOf(metric) });
        break;
    }
  }
  const prevention = (["prevention_activities_held", "people_reached", "kelurahan_reached"] as const).filter(
    (m) => metrics.has(m),
  );
  if (prevention.length > 0) {
    const { totals } = await getCoverage(ctx, actor, { year });
    const of = {
      prevention_activities_held: totals.activitiesHeld,
      people_reached: totals.peopleReached,
      kelurahan_reached: totals.kelurahanReached,
    };
    for (const metric of prevention) values.set(metric, { value: of[metric], source: sourceOf(metric) });
  }
  return values;
}
