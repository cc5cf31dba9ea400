import { eq } from "drizzle-orm";
import type {
  ComputedMetric,
  CreateWorkPlanInput,
  UpdateWorkPlanInput,
  WorkPlanDto,
  WorkPlanListDto,
} from "../../../shared/work-plans.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { workPlanIndicators, workPlanProgrammes, workPlans } from "../../db/schema/index.ts";
import { invalidField } from "../../lib/errors.ts";
import { type Locale, translate } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { computeMetrics } from "./computed-metrics.ts";
import { canManage, changesOf, loadPlan } from "./plan-access.ts";
import { presentPlan } from "./work-plans.presenter.ts";
import {
  actionItemCounts,
  findPlan,
  findPlanContent,
  findWorkingGroups,
  listPlans,
  type PlanRow,
} from "./work-plans.repository.ts";

export async function listWorkPlans(ctx: AppContext, actor: UserActor): Promise<WorkPlanListDto> {
  const rows = await listPlans(ctx.db, actor.taskForceId);
  return {
    items: rows.map((r) => ({
      ...r,
      programmeCount: Number(r.programmeCount),
      indicatorCount: Number(r.indicatorCount),
    })),
    currentYear: Number(wibDate(ctx.now()).slice(0, 4)),
    abilities: { manage: canManage(actor) },
  };
}

/**
 * The year's plan with every indicator's actual and progress. Computed actuals are counted now,
 * from the records as they stand, so the plan is never behind the data.
 */
export async function getWorkPlan(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
): Promise<WorkPlanDto> {
  const plan = await loadPlan(ctx.db, actor, year);
  const content = await findPlanContent(ctx.db, plan.id);
  const groups = await findWorkingGroups(ctx.db, actor.taskForceId);
  const metrics = new Set(
    content.indicators.map((i) => i.indicator.metric).filter((m): m is ComputedMetric => m !== null),
  );
  const computedAt = ctx.now();
  const values = await computeMetrics(ctx, actor, locale, year, metrics);
  const counts = await actionItemCounts(
    ctx.db,
    content.programmes.map((p) => p.programme.id),
    wibDate(computedAt),
  );
  return presentPlan({
    plan,
    content,
    workingGroups: groups,
    metrics: values,
    actionItems: counts,
    computedAt,
    locale,
    manage: canManage(actor),
  });
}

/**
 * Where a copied indicator starts from: last year's actual (computed, or the latest entry), else
 * last year's own baseline. A zero-case indicator so measures this year against last year.
 */
async function baselinesOf(ctx: AppContext, actor: UserActor, locale: Locale, source: PlanRow) {
  const content = await findPlanContent(ctx.db, source.id);
  const metrics = new Set(
    content.indicators.map((i) => i.indicator.metric).filter((m): m is ComputedMetric => m !== null),
  );
  const values = await computeMetrics(ctx, actor, locale, source.year, metrics);
  const baselines = new Map<string, number | null>();
  for (const { indicator } of content.indicators) {
    const metric = indicator.metric as ComputedMetric | null;
    const latest = content.actuals.find((a) => a.actual.indicatorId === indicator.id);
    const actual = metric ? (values.get(metric)?.value ?? null) : (latest?.actual.value ?? null);
    baselines.set(indicator.id, actual ?? indicator.baseline);
  }
  return { content, baselines };
}

/** A new year's plan, empty or copied from another year's (programmes and indicators, not actuals). */
export async function createWorkPlan(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  input: CreateWorkPlanInput,
) {
  if (input.copyFromYear === input.year) throw invalidField("copyFromYear", "work_plan.copy_same_year");
  const source = input.copyFromYear ? await findPlan(ctx.db, actor.taskForceId, input.copyFromYear) : null;
  if (input.copyFromYear && !source)
    throw invalidField("copyFromYear", "work_plan.copy_source_missing", { year: input.copyFromYear });
  // Counted before the transaction: the statistics engine may refresh its facts in its own.
  const copied = source ? await baselinesOf(ctx, actor, locale, source) : null;
  await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const [plan] = await tx
      .insert(workPlans)
      .values({
        taskForceId: actor.taskForceId,
        year: input.year,
        title: input.title ?? translate(locale, "work_plan.default_title", { year: input.year }),
        notes: input.notes ?? null,
        copiedFromYear: source?.year ?? null,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: workPlans.id });
    if (!plan) throw invalidField("year", "work_plan.exists", { year: input.year });
    let indicatorCount = 0;
    for (const { programme } of copied?.content.programmes ?? []) {
      const [copy] = await tx
        .insert(workPlanProgrammes)
        .values({
          planId: plan.id,
          workingGroupId: programme.workingGroupId,
          position: programme.position,
          title: programme.title,
          description: programme.description,
          leadOrganizationId: programme.leadOrganizationId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: workPlanProgrammes.id });
      const indicators = copied!.content.indicators.filter((i) => i.indicator.programmeId === programme.id);
      if (indicators.length === 0) continue;
      await tx.insert(workPlanIndicators).values(
        indicators.map(({ indicator }) => ({
          planId: plan.id,
          programmeId: copy!.id,
          position: indicator.position,
          name: indicator.name,
          unit: indicator.unit,
          target: indicator.target,
          baseline: copied!.baselines.get(indicator.id) ?? null,
          direction: indicator.direction,
          metric: indicator.metric,
          responsibleOrganizationId: indicator.responsibleOrganizationId,
          createdAt: now,
          updatedAt: now,
        })),
      );
      indicatorCount += indicators.length;
    }
    await recordAudit(tx, actor, {
      event: "work_plan.created",
      recordType: "work_plan",
      recordId: plan.id,
      data: {
        year: input.year,
        copiedFromYear: source?.year ?? null,
        programmes: copied?.content.programmes.length ?? 0,
        indicators: indicatorCount,
      },
    });
  });
  return getWorkPlan(ctx, actor, locale, input.year);
}

export async function updateWorkPlan(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  input: UpdateWorkPlanInput,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    const { set, audit } = changesOf(plan, input);
    if (Object.keys(set).length === 0) return;
    await tx
      .update(workPlans)
      .set({ ...set, updatedAt: ctx.now() })
      .where(eq(workPlans.id, plan.id));
    await recordAudit(tx, actor, {
      event: "work_plan.updated",
      recordType: "work_plan",
      recordId: plan.id,
      data: { changes: audit },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}
