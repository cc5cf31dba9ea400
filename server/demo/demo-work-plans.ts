import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows.ts";
import {
  workingGroups,
  workPlanActuals,
  workPlanIndicators,
  workPlanProgrammes,
  workPlans,
} from "../db/schema/index.ts";
import { insertAll } from "./demo-cases.ts";
import { programmesOf } from "./demo-follow-up-content.ts";
import type { Random } from "./random.ts";
import type { DemoGenerator, DemoRefs } from "./seed-demo.ts";

const DAY = 86_400_000;

/**
 * A plan for each of the last three years: the same six programmes, targets growing a little
 * each year, entered figures at mid-year and year's end (part-way this year), and the zero-case
 * indicator starting from the previous year's cases. Answers the rows made and the programmes of
 * each year, which the demo's action items may serve.
 */
export async function seedPlans(
  ctx: Parameters<DemoGenerator["run"]>[0]["ctx"],
  random: Random,
  refs: DemoRefs,
  coordinatorId: string | null,
  todayMs: number,
) {
  const currentYear = new Date(todayMs).getUTCFullYear();
  const groups = await ctx.db
    .select({ id: workingGroups.id, number: workingGroups.number })
    .from(workingGroups)
    .where(eq(workingGroups.taskForceId, refs.taskForceId));
  const groupId = (n: number) => groups.find((g) => g.number === n)!.id;
  // Last year's cases: the zero-case indicator's starting point.
  const perYear = await queryRows<{ year: number; n: number }>(
    ctx.db,
    sql`select year, count(*)::int as n from cases where task_force_id = ${refs.taskForceId} group by year`,
  );
  const casesIn = (year: number) => Number(perYear.find((r) => Number(r.year) === year)?.n ?? 0) || null;

  const plans: (typeof workPlans.$inferInsert)[] = [];
  const programmes: (typeof workPlanProgrammes.$inferInsert)[] = [];
  const indicators: (typeof workPlanIndicators.$inferInsert)[] = [];
  const actuals: (typeof workPlanActuals.$inferInsert)[] = [];
  const lastEntered = new Map<string, number>();
  const programmeIds = new Map<number, string[]>();
  for (const [yearIndex, year] of [currentYear - 2, currentYear - 1, currentYear].entries()) {
    const planId = randomUUID();
    const created = new Date(Date.UTC(year - 1, 11, 10 + yearIndex));
    plans.push({
      id: planId,
      taskForceId: refs.taskForceId,
      year,
      title: `Rencana Aksi Daerah GT PP-TPPO Kota Administrasi Jakarta Pusat Tahun ${year}`,
      notes: "Disusun bersama anggota gugus tugas dalam rapat koordinasi akhir tahun sebelumnya.",
      copiedFromYear: yearIndex > 0 ? year - 1 : null,
      createdById: coordinatorId,
      createdAt: created,
      updatedAt: created,
    });
    // How much of the year has passed: the current year's entered figures are part-way.
    const elapsed = Math.min(1, Math.max(0, (todayMs - Date.UTC(year, 0, 1)) / (365 * DAY)));
    for (const [p, programme] of programmesOf(yearIndex).entries()) {
      const programmeId = randomUUID();
      programmeIds.set(year, [...(programmeIds.get(year) ?? []), programmeId]);
      programmes.push({
        id: programmeId,
        planId,
        workingGroupId: groupId(programme.group),
        position: p + 1,
        title: programme.title,
        leadOrganizationId: refs.organizationIds.get(programme.lead) ?? null,
        createdAt: created,
        updatedAt: created,
      });
      for (const [i, indicator] of programme.indicators.entries()) {
        const indicatorId = randomUUID();
        const key = `${programme.group}:${indicator.name}`;
        indicators.push({
          id: indicatorId,
          planId,
          programmeId,
          position: i + 1,
          name: indicator.name,
          unit: indicator.unit,
          target: indicator.target,
          baseline: indicator.metric === "new_cases" ? casesIn(year - 1) : (lastEntered.get(key) ?? null),
          direction: indicator.direction ?? "higher",
          metric: indicator.metric ?? null,
          responsibleOrganizationId: refs.organizationIds.get(indicator.responsible)!,
          createdAt: created,
          updatedAt: created,
        });
        if (indicator.metric || elapsed === 0) continue;
        // Entered figures: one at mid-year and one at the year's end (or so far this year).
        const reached = indicator.target * (0.55 + random.next() * 0.55);
        const points =
          elapsed >= 1
            ? [0.5, 1]
            : [Math.min(0.5, elapsed), elapsed].filter((f, j, all) => all.indexOf(f) === j);
        for (const fraction of points) {
          const measured = new Date(Math.min(Date.UTC(year, 0, 1) + fraction * 364 * DAY, todayMs - DAY));
          const value = Math.round(reached * fraction);
          actuals.push({
            indicatorId,
            value,
            measuredOn: measured.toISOString().slice(0, 10),
            note: fraction >= 1 ? "Rekap akhir tahun dari laporan anggota." : "Rekap dari laporan anggota.",
            recordedById: coordinatorId,
            createdAt: new Date(measured.getTime() + 8 * 3_600_000),
          });
          if (fraction >= 1) lastEntered.set(key, value);
        }
      }
    }
  }
  await insertAll(ctx.db, workPlans, plans);
  await insertAll(ctx.db, workPlanProgrammes, programmes);
  await insertAll(ctx.db, workPlanIndicators, indicators);
  await insertAll(ctx.db, workPlanActuals, actuals);
  return { count: plans.length + programmes.length + indicators.length + actuals.length, programmeIds };
}
