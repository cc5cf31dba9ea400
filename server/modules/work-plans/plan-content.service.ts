import { and, eq } from "drizzle-orm";
import type {
  ActualInput,
  IndicatorInput,
  ProgrammeInput,
  UpdateIndicatorInput,
  UpdateProgrammeInput,
} from "../../../shared/work-plans.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkOrganization } from "../../db/reference-checks.ts";
import {
  actionItems,
  workPlanActuals,
  workPlanIndicators,
  workPlanProgrammes,
} from "../../db/schema/index.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import type { Locale } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { changesOf, checkWorkingGroup, loadPlan, touchPlan } from "./plan-access.ts";
import { findIndicator, findProgramme, nextPosition } from "./work-plans.repository.ts";
import { getWorkPlan } from "./work-plans.service.ts";

/** The plan's programmes, indicators and entered actuals; each change answers the whole plan. */

export async function addProgramme(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  input: ProgrammeInput,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    await checkWorkingGroup(tx, actor, input.workingGroupId);
    if (input.leadOrganizationId)
      await checkOrganization(tx, actor, "leadOrganizationId", input.leadOrganizationId);
    const now = ctx.now();
    const [row] = await tx
      .insert(workPlanProgrammes)
      .values({
        planId: plan.id,
        workingGroupId: input.workingGroupId,
        position: await nextPosition(tx, "programmes", plan.id),
        title: input.title,
        description: input.description ?? null,
        leadOrganizationId: input.leadOrganizationId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: workPlanProgrammes.id });
    await touchPlan(tx, plan.id, now);
    await recordAudit(tx, actor, {
      event: "work_plan.programme_added",
      recordType: "work_plan_programme",
      recordId: row!.id,
      data: { year, workingGroupId: input.workingGroupId, title: input.title },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}

export async function updateProgramme(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  programmeId: string,
  input: UpdateProgrammeInput,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    const before = await findProgramme(tx, plan.id, programmeId);
    if (!before) throw notFound();
    if (input.workingGroupId) await checkWorkingGroup(tx, actor, input.workingGroupId);
    if (input.leadOrganizationId)
      await checkOrganization(tx, actor, "leadOrganizationId", input.leadOrganizationId);
    const { set, audit } = changesOf(before, input);
    if (Object.keys(set).length === 0) return;
    await tx
      .update(workPlanProgrammes)
      .set({ ...set, updatedAt: ctx.now() })
      .where(eq(workPlanProgrammes.id, programmeId));
    await touchPlan(tx, plan.id, ctx.now());
    await recordAudit(tx, actor, {
      event: "work_plan.programme_updated",
      recordType: "work_plan_programme",
      recordId: programmeId,
      data: { year, changes: audit },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}

/** A programme leaves the plan only empty: its indicators removed and no action item serving it. */
export async function removeProgramme(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  programmeId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    const before = await findProgramme(tx, plan.id, programmeId);
    if (!before) throw notFound();
    const [indicator] = await tx
      .select({ id: workPlanIndicators.id })
      .from(workPlanIndicators)
      .where(eq(workPlanIndicators.programmeId, programmeId))
      .limit(1);
    const [item] = await tx
      .select({ id: actionItems.id })
      .from(actionItems)
      .where(eq(actionItems.programmeId, programmeId))
      .limit(1);
    if (indicator || item) throw new AppError("conflict", "work_plan.programme_in_use");
    await tx.delete(workPlanProgrammes).where(eq(workPlanProgrammes.id, programmeId));
    await touchPlan(tx, plan.id, ctx.now());
    await recordAudit(tx, actor, {
      event: "work_plan.programme_removed",
      recordType: "work_plan_programme",
      recordId: programmeId,
      data: { year, title: before.title },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}

async function hasEnteredActuals(db: Db, indicatorId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: workPlanActuals.id })
    .from(workPlanActuals)
    .where(eq(workPlanActuals.indicatorId, indicatorId))
    .limit(1);
  return row !== undefined;
}

export async function addIndicator(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  input: IndicatorInput,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    if (!(await findProgramme(tx, plan.id, input.programmeId)))
      throw invalidField("programmeId", "work_plan.programme_unknown");
    await checkOrganization(tx, actor, "responsibleOrganizationId", input.responsibleOrganizationId);
    const now = ctx.now();
    const [row] = await tx
      .insert(workPlanIndicators)
      .values({
        planId: plan.id,
        programmeId: input.programmeId,
        position: await nextPosition(tx, "indicators", input.programmeId),
        name: input.name,
        unit: input.unit,
        target: input.target,
        baseline: input.baseline ?? null,
        direction: input.direction,
        metric: input.metric ?? null,
        responsibleOrganizationId: input.responsibleOrganizationId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: workPlanIndicators.id });
    await touchPlan(tx, plan.id, now);
    await recordAudit(tx, actor, {
      event: "work_plan.indicator_added",
      recordType: "work_plan_indicator",
      recordId: row!.id,
      data: {
        year,
        programmeId: input.programmeId,
        metric: input.metric ?? null,
        target: input.target,
        direction: input.direction,
      },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}

export async function updateIndicator(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  indicatorId: string,
  input: UpdateIndicatorInput,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    const before = await findIndicator(tx, plan.id, indicatorId);
    if (!before) throw notFound();
    if (input.programmeId && !(await findProgramme(tx, plan.id, input.programmeId)))
      throw invalidField("programmeId", "work_plan.programme_unknown");
    if (input.responsibleOrganizationId)
      await checkOrganization(tx, actor, "responsibleOrganizationId", input.responsibleOrganizationId);
    // An entered series and a computed figure would contradict each other: one or the other.
    if (input.metric && !before.metric && (await hasEnteredActuals(tx, indicatorId)))
      throw invalidField("metric", "work_plan.metric_has_actuals");
    const { set, audit } = changesOf(before, input);
    if (Object.keys(set).length === 0) return;
    if (set.programmeId) set.position = await nextPosition(tx, "indicators", set.programmeId);
    await tx
      .update(workPlanIndicators)
      .set({ ...set, updatedAt: ctx.now() })
      .where(eq(workPlanIndicators.id, indicatorId));
    await touchPlan(tx, plan.id, ctx.now());
    await recordAudit(tx, actor, {
      event: "work_plan.indicator_updated",
      recordType: "work_plan_indicator",
      recordId: indicatorId,
      data: { year, changes: audit },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}

/** Removes an indicator with its entered actuals (the audit keeps how many there were). */
export async function removeIndicator(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  indicatorId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    const before = await findIndicator(tx, plan.id, indicatorId);
    if (!before) throw notFound();
    const removed = await tx
      .delete(workPlanActuals)
      .where(eq(workPlanActuals.indicatorId, indicatorId))
      .returning({ id: workPlanActuals.id });
    await tx.delete(workPlanIndicators).where(eq(workPlanIndicators.id, indicatorId));
    await touchPlan(tx, plan.id, ctx.now());
    await recordAudit(tx, actor, {
      event: "work_plan.indicator_removed",
      recordType: "work_plan_indicator",
      recordId: indicatorId,
      data: { year, name: before.name, actualsRemoved: removed.length },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}

/** Records the realisation to date of an entered indicator. */
export async function recordActual(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  indicatorId: string,
  input: ActualInput,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    const indicator = await findIndicator(tx, plan.id, indicatorId);
    if (!indicator) throw notFound();
    if (indicator.metric) throw new AppError("conflict", "work_plan.indicator_computed");
    if (input.measuredOn > wibDate(ctx.now())) throw invalidField("measuredOn", "field.date_in_future");
    if (input.measuredOn < `${year}-01-01`)
      throw invalidField("measuredOn", "work_plan.measured_before_year", { year });
    const [row] = await tx
      .insert(workPlanActuals)
      .values({
        indicatorId,
        value: input.value,
        measuredOn: input.measuredOn,
        note: input.note ?? null,
        recordedById: actor.userId,
        createdAt: ctx.now(),
      })
      .returning({ id: workPlanActuals.id });
    await touchPlan(tx, plan.id, ctx.now());
    await recordAudit(tx, actor, {
      event: "work_plan.actual_recorded",
      recordType: "work_plan_actual",
      recordId: row!.id,
      data: { year, indicatorId, value: input.value, measuredOn: input.measuredOn },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}

export async function removeActual(
  ctx: AppContext,
  actor: UserActor,
  locale: Locale,
  year: number,
  indicatorId: string,
  actualId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, actor, year, true);
    if (!(await findIndicator(tx, plan.id, indicatorId))) throw notFound();
    const [removed] = await tx
      .delete(workPlanActuals)
      .where(and(eq(workPlanActuals.id, actualId), eq(workPlanActuals.indicatorId, indicatorId)))
      .returning();
    if (!removed) throw notFound();
    await touchPlan(tx, plan.id, ctx.now());
    await recordAudit(tx, actor, {
      event: "work_plan.actual_removed",
      recordType: "work_plan_actual",
      recordId: actualId,
      data: { year, indicatorId, value: removed.value, measuredOn: removed.measuredOn },
    });
  });
  return getWorkPlan(ctx, actor, locale, year);
}
