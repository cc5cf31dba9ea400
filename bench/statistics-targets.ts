import { eq } from "drizzle-orm";
import type { AppContext } from "../server/app-context.ts";
import { users } from "../server/db/schema/index.ts";
import {
  computeStatistics,
  getPublicStatistics,
  type StatisticsQuery,
} from "../server/modules/statistics/statistics.service.ts";
import type { PublicStatisticsQueryInput, StatisticsUnit } from "../shared/statistics.ts";
import { type DirectTiming, time } from "./direct.ts";

/** One statistics request of the benchmark: its API path, and the same question asked in-process. */
export type StatisticsTarget = {
  name: string;
  path: string;
  direct: (ctx: AppContext, taskForceId: string) => Promise<unknown>;
};

const engine = (name: string, query: StatisticsQuery & { extra?: string }): StatisticsTarget => {
  const params = new URLSearchParams();
  if (query.groupBy.length) params.set("groupBy", query.groupBy.join(","));
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.region) params.set("region", query.region);
  if (query.originLevel) params.set("originLevel", query.originLevel);
  for (const [k, v] of Object.entries(query.filters ?? {})) params.set(k, String(v));
  return {
    name,
    path: `/api/statistics/${query.unit}?${params.toString().replaceAll("%2C", ",")}`,
    direct: (ctx, taskForceId) => computeStatistics(ctx.db, taskForceId, query),
  };
};

const publicFigures = (name: string, unit: StatisticsUnit, input: PublicStatisticsQueryInput) => ({
  name,
  path: `/api/public/statistics/${unit}?${new URLSearchParams(input as Record<string, string>)
    .toString()
    .replaceAll("%2C", ",")}`,
  direct: (ctx: AppContext) => getPublicStatistics(ctx, unit, input, "id"),
});

/**
 * The dashboard's and reports' kinds of question, from one dimension to three, with and without
 * filters, in both units; the budget is every grouping of up to three dimensions.
 */
export const statisticsTargets: StatisticsTarget[] = [
  engine("stats.victims.year", { unit: "victims", groupBy: ["year"] }),
  engine("stats.cases.year", { unit: "cases", groupBy: ["year"] }),
  engine("stats.victims.type", { unit: "victims", groupBy: ["exploitationType"] }),
  engine("stats.victims.sex×child.2025", {
    unit: "victims",
    groupBy: ["sex", "childStatus"],
    filters: { year: 2025 },
  }),
  engine("stats.victims.year×origin", { unit: "victims", groupBy: ["year", "originRegion"] }),
  engine("stats.cases.stage×year", { unit: "cases", groupBy: ["legalStage", "year"] }),
  engine("stats.victims.year×sex×type", { unit: "victims", groupBy: ["year", "sex", "exploitationType"] }),
  engine("stats.victims.type×dest×age.period", {
    unit: "victims",
    groupBy: ["exploitationType", "destinationCountry", "ageGroup"],
    from: "2023-01-01",
    to: "2025-12-31",
  }),
  engine("stats.cases.sex×child×type.kecamatan", {
    unit: "cases",
    groupBy: ["sex", "childStatus", "exploitationType"],
    region: "31.71.01",
  }),
  engine("stats.cases.sex×origin.regency", {
    unit: "cases",
    groupBy: ["sex", "originRegion"],
    originLevel: "regency",
  }),
  engine("stats.victims.nationality×sex×age.sexual", {
    unit: "victims",
    groupBy: ["nationality", "sex", "ageGroup"],
    filters: { exploitationType: "SexualExploitation" },
  }),
  publicFigures("stats.public.victims.year×sex×child", "victims", { groupBy: "year,sex,childStatus" }),
  publicFigures("stats.public.cases.year×type", "cases", { groupBy: "year,exploitationType" }),
];

export async function taskForceOf(ctx: AppContext, email: string): Promise<string> {
  const [user] = await ctx.db
    .select({ taskForceId: users.taskForceId })
    .from(users)
    .where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return user.taskForceId;
}

export async function statisticsDirectTimings(
  ctx: AppContext,
  taskForceId: string,
  targets: StatisticsTarget[],
) {
  const timings: DirectTiming[] = [];
  for (const t of targets) timings.push(await time(t.name, 50, () => t.direct(ctx, taskForceId)));
  return timings;
}
