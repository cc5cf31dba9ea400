import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database.ts";
import {
  actionItems,
  organizations,
  users,
  workingGroups,
  workPlanActuals,
  workPlanIndicators,
  workPlanProgrammes,
  workPlans,
} from "../../db/schema/index.ts";

export type PlanRow = typeof workPlans.$inferSelect;

/** The task force's plan of a year; `forUpdate` queues changes to the plan behind each other. */
export async function findPlan(
  db: Db,
  taskForceId: string,
  year: number,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select()
    .from(workPlans)
    .where(and(eq(workPlans.taskForceId, taskForceId), eq(workPlans.year, year)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

/** Every plan of the task force, the latest year first, with its size. */
export async function listPlans(db: Db, taskForceId: string) {
  return db
    .select({
      id: workPlans.id,
      year: workPlans.year,
      title: workPlans.title,
      programmeCount: sql<number>`(select count(*)::int from ${workPlanProgrammes} p where p.plan_id = ${workPlans.id})`,
      indicatorCount: sql<number>`(select count(*)::int from ${workPlanIndicators} i where i.plan_id = ${workPlans.id})`,
    })
    .from(workPlans)
    .where(eq(workPlans.taskForceId, taskForceId))
    .orderBy(desc(workPlans.year));
}

export async function findWorkingGroups(db: Db, taskForceId: string) {
  return db
    .select({
      id: workingGroups.id,
      number: workingGroups.number,
      nameId: workingGroups.nameId,
      nameEn: workingGroups.nameEn,
    })
    .from(workingGroups)
    .where(eq(workingGroups.taskForceId, taskForceId))
    .orderBy(asc(workingGroups.planVersion), asc(workingGroups.number));
}

const leadOrg = alias(organizations, "lead_org");
const responsibleOrg = alias(organizations, "responsible_org");

/** A plan's programmes, indicators and entered actuals, in the order the plan shows them. */
export async function findPlanContent(db: Db, planId: string) {
  const programmes = await db
    .select({
      programme: workPlanProgrammes,
      leadOrganization: { id: leadOrg.id, name: leadOrg.name, shortName: leadOrg.shortName },
    })
    .from(workPlanProgrammes)
    .leftJoin(leadOrg, eq(leadOrg.id, workPlanProgrammes.leadOrganizationId))
    .where(eq(workPlanProgrammes.planId, planId))
    .orderBy(asc(workPlanProgrammes.position), asc(workPlanProgrammes.id));
  const indicators = await db
    .select({
      indicator: workPlanIndicators,
      responsibleOrganization: {
        id: responsibleOrg.id,
        name: responsibleOrg.name,
        shortName: responsibleOrg.shortName,
      },
    })
    .from(workPlanIndicators)
    .innerJoin(responsibleOrg, eq(responsibleOrg.id, workPlanIndicators.responsibleOrganizationId))
    .where(eq(workPlanIndicators.planId, planId))
    .orderBy(asc(workPlanIndicators.position), asc(workPlanIndicators.id));
  const actuals = await db
    .select({ actual: workPlanActuals, recordedByName: users.name })
    .from(workPlanActuals)
    .innerJoin(workPlanIndicators, eq(workPlanIndicators.id, workPlanActuals.indicatorId))
    .leftJoin(users, eq(users.id, workPlanActuals.recordedById))
    .where(eq(workPlanIndicators.planId, planId))
    // Newest figure first: the first entry of an indicator is its actual.
    .orderBy(desc(workPlanActuals.measuredOn), desc(workPlanActuals.createdAt), desc(workPlanActuals.id));
  return { programmes, indicators, actuals };
}
export type PlanContent = Awaited<ReturnType<typeof findPlanContent>>;

/** Per programme of the plan: its action items still active, overdue, and done. */
export async function actionItemCounts(db: Db, programmeIds: readonly string[], today: string) {
  if (programmeIds.length === 0) return new Map<string, { active: number; overdue: number; done: number }>();
  const rows = await db
    .select({
      programmeId: actionItems.programmeId,
      active: sql<number>`count(*) filter (where ${actionItems.status} in ('open', 'in_progress'))::int`,
      overdue: sql<number>`count(*) filter (where ${actionItems.status} in ('open', 'in_progress') and ${actionItems.dueOn} < ${today}::date)::int`,
      done: sql<number>`count(*) filter (where ${actionItems.status} = 'done')::int`,
    })
    .from(actionItems)
    .where(inArray(actionItems.programmeId, [...programmeIds]))
    .groupBy(actionItems.programmeId);
  return new Map(
    rows.map((r) => [
      r.programmeId!,
      { active: Number(r.active), overdue: Number(r.overdue), done: Number(r.done) },
    ]),
  );
}

export async function findProgramme(db: Db, planId: string, programmeId: string) {
  const [row] = await db
    .select()
    .from(workPlanProgrammes)
    .where(and(eq(workPlanProgrammes.id, programmeId), eq(workPlanProgrammes.planId, planId)));
  return row;
}

export async function findIndicator(db: Db, planId: string, indicatorId: string) {
  const [row] = await db
    .select()
    .from(workPlanIndicators)
    .where(and(eq(workPlanIndicators.id, indicatorId), eq(workPlanIndicators.planId, planId)));
  return row;
}

export async function nextPosition(
  db: Db,
  table: "programmes" | "indicators",
  parentId: string,
): Promise<number> {
  const [row] =
    table === "programmes"
      ? await db
          .select({ n: sql<number>`coalesce(max(${workPlanProgrammes.position}), 0)::int` })
          .from(workPlanProgrammes)
          .where(eq(workPlanProgrammes.planId, parentId))
      : await db
          .select({ n: sql<number>`coalesce(max(${workPlanIndicators.position}), 0)::int` })
          .from(workPlanIndicators)
          .where(eq(workPlanIndicators.programmeId, parentId));
  return Number(row?.n ?? 0) + 1;
}
