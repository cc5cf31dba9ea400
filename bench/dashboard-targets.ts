import type { AppContext } from "../server/app-context.ts";
import { wibDate } from "../server/lib/wib.ts";
import { computeDashboard } from "../server/modules/dashboard/dashboard.service.ts";
import type { StatisticsTarget } from "./statistics-targets.ts";

/**
 * The dashboard, one request at a time like the statistics it is made of (the same budget: one
 * answer in under 200 ms on PostgreSQL): last year over the whole area, the same year in one
 * kecamatan, and this year so far (the page's default).
 */
export function dashboardTargets(ctx: AppContext): StatisticsTarget[] {
  const today = wibDate(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  const lastYear = thisYear - 1;
  const target = (name: string, from: string, to: string, region: string | null): StatisticsTarget => {
    const params = new URLSearchParams({ from, to, ...(region ? { region } : {}) });
    return {
      name,
      path: `/api/dashboard?${params}`,
      direct: (c, taskForceId) => computeDashboard(c.db, taskForceId, { from, to, region }, { now: c.now() }),
    };
  };
  return [
    target(`dashboard.${lastYear}`, `${lastYear}-01-01`, `${lastYear}-12-31`, null),
    target(`dashboard.${lastYear}.kecamatan`, `${lastYear}-01-01`, `${lastYear}-12-31`, "31.71.01"),
    target(`dashboard.${thisYear}.to-date`, `${thisYear}-01-01`, today, null),
  ];
}
