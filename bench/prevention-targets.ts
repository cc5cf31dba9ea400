import type { AppContext } from "../server/app-context.ts";
import { wibDate } from "../server/lib/wib.ts";
import { listActivities } from "../server/modules/prevention/activities.service.ts";
import { getCoverage, getSchoolCoverage } from "../server/modules/prevention/coverage.service.ts";
import { coordinatorActor } from "./case-targets.ts";
import type { StatisticsTarget } from "./statistics-targets.ts";

/**
 * The prevention issue's measured questions, one request at a time like the statistics (the
 * budget: coverage for a year in under 200 ms on PostgreSQL at scale 10): the coverage of last
 * year (complete) and of this year, every school's reach, and the activity list's first page.
 */
export async function preventionTargets(
  ctx: AppContext,
  coordinatorEmail: string,
): Promise<StatisticsTarget[]> {
  const actor = await coordinatorActor(ctx, coordinatorEmail);
  const thisYear = Number(wibDate(ctx.now()).slice(0, 4));
  const lastYear = thisYear - 1;
  return [
    {
      name: `prevention.coverage.${lastYear}`,
      path: `/api/prevention/coverage?year=${lastYear}`,
      direct: (c) => getCoverage(c, actor, { year: lastYear }),
    },
    {
      name: `prevention.coverage.${thisYear}`,
      path: `/api/prevention/coverage?year=${thisYear}`,
      direct: (c) => getCoverage(c, actor, { year: thisYear }),
    },
    {
      name: `prevention.coverage.schools.${lastYear}`,
      path: `/api/prevention/coverage/schools?year=${lastYear}`,
      direct: (c) => getSchoolCoverage(c, actor, { year: lastYear, offset: 0, limit: 50 }),
    },
    {
      name: "prevention.activities",
      path: "/api/prevention/activities?limit=30",
      direct: (c) => listActivities(c, actor, { limit: 30 }),
    },
  ];
}
