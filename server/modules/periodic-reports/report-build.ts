import { and, eq, sql } from "drizzle-orm";
import type { BuildStep, ReportComparison, ReportKind } from "../../../shared/periodic-reports.ts";
import type { AppContext } from "../../app-context.ts";
import { periodicReports } from "../../db/schema/index.ts";
import type { MessageKey } from "../../lib/messages.ts";
import { computeDashboard } from "../dashboard/dashboard.service.ts";
import { computeStatistics } from "../statistics/statistics.service.ts";
import { findReport, type ReportRow, taskForceOf } from "./periodic-reports.repository.ts";
import { documentData, storedNarrative } from "./report-document.ts";
import { draftNarrative, mergeRefreshed, type Narrative } from "./report-narrative.ts";
import { renderReportPdf } from "./report-pdf.ts";
import { comparisonPeriod, placeName } from "./report-period.ts";
import { renderReportXlsx } from "./report-xlsx.ts";

/** One build: a new report's first figures, or a draft's figures again ("Perbarui angka"). */
export type BuildJob = { reportId: string; taskForceId: string; mode: "build" | "refresh" };

export type BuildHooks = {
  /** Called between steps; throws ReportInterrupted when the process is shutting down. */
  checkpoint: () => void;
  logError: (err: unknown) => void;
};

export class ReportInterrupted extends Error {}

/** Where each step starts on the bar: the dashboard's figures are most of the work. */
const stepStarts: Record<Exclude<BuildStep, "queued">, number> = {
  figures: 0.05,
  comparison: 0.6,
  narrative: 0.75,
  documents: 0.85,
};

async function enterStep(ctx: AppContext, id: string, step: Exclude<BuildStep, "queued">) {
  await ctx.db
    .update(periodicReports)
    .set({ progressStep: step, progress: stepStarts[step], heartbeatAt: ctx.now() })
    .where(and(eq(periodicReports.id, id), eq(periodicReports.status, "building")));
}

/** Victims and cases of the same period a year earlier, in the same place: the same engine. */
async function comparisonOf(ctx: AppContext, row: ReportRow, now: Date): Promise<ReportComparison> {
  const period = comparisonPeriod(row.periodFrom, row.periodTo);
  const query = { groupBy: [], ...period, region: row.regionCode } as const;
  const victims = await computeStatistics(ctx.db, row.taskForceId, { unit: "victims", ...query }, { now });
  const cases = await computeStatistics(ctx.db, row.taskForceId, { unit: "cases", ...query }, { now });
  return { period, victims: victims.total, cases: cases.total };
}

/**
 * Builds the report's figures and first draft, step by step, each step shown on the report's
 * progress: the dashboard's answer for the period and area (computeDashboard, so the report's
 * numbers are the dashboard's), the comparison a year earlier, the narrative's drafts, and one
 * rendering of the PDF and XLSX so a report that cannot be printed fails here, not at download.
 * Leaves the report a draft, or failed with the reason (a refresh that fails leaves the draft
 * with its earlier figures and says so).
 */
export async function runReportBuild(ctx: AppContext, job: BuildJob, hooks: BuildHooks): Promise<void> {
  const row = await findReport(ctx.db, job.taskForceId, job.reportId);
  if (row?.status !== "building") return;
  try {
    const cutoff = ctx.now();
    await enterStep(ctx, row.id, "figures");
    const figures = await computeDashboard(
      ctx.db,
      row.taskForceId,
      { from: row.periodFrom, to: row.periodTo, region: row.regionCode },
      { now: cutoff, locale: "id" },
    );
    hooks.checkpoint();

    await enterStep(ctx, row.id, "comparison");
    const comparison = await comparisonOf(ctx, row, cutoff);
    hooks.checkpoint();

    await enterStep(ctx, row.id, "narrative");
    const taskForce = await taskForceOf(ctx.db, row.taskForceId);
    const drafts = draftNarrative({
      taskForceName: taskForce.name,
      areaPhrase:
        row.regionName && row.regionLevel
          ? placeName({ level: row.regionLevel, name: row.regionName })
          : taskForce.areaName,
      period: {
        kind: row.kind as ReportKind,
        year: row.year,
        semester: row.semester,
        from: row.periodFrom,
        to: row.periodTo,
      },
      figures,
      comparison,
      cutoff,
      locale: "id",
    });
    const narrative =
      job.mode === "build"
        ? drafts
        : mergeRefreshed(storedNarrative(row), row.narrativeDrafts as Partial<Narrative>, drafts);
    hooks.checkpoint();

    await enterStep(ctx, row.id, "documents");
    const built: ReportRow = { ...row, figures, comparison, cutoff, narrative };
    const data = await documentData(ctx.db, built, "id", cutoff);
    await renderReportPdf(data, "id");
    await renderReportXlsx(data, "id");
    hooks.checkpoint();

    await ctx.db
      .update(periodicReports)
      .set({
        status: "draft",
        figures,
        comparison,
        cutoff,
        narrative,
        narrativeDrafts: drafts,
        progress: 1,
        progressStep: null,
        errorKey: null,
        version: sql`${periodicReports.version} + 1`,
        heartbeatAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .where(and(eq(periodicReports.id, row.id), eq(periodicReports.status, "building")));
  } catch (err) {
    const interrupted = err instanceof ReportInterrupted;
    if (!interrupted) hooks.logError(err);
    const errorKey: MessageKey =
      job.mode === "refresh"
        ? "report.failure.refresh"
        : interrupted
          ? "report.failure.interrupted"
          : "report.failure.internal";
    await ctx.db
      .update(periodicReports)
      .set({
        // A refresh keeps the draft it started from: its figures and text are still whole.
        status: job.mode === "refresh" ? "draft" : "failed",
        errorKey,
        progress: job.mode === "refresh" ? 1 : sql`${periodicReports.progress}`,
        progressStep: null,
        version: sql`${periodicReports.version} + 1`,
        updatedAt: ctx.now(),
      })
      .where(and(eq(periodicReports.id, row.id), eq(periodicReports.status, "building")))
      .catch(hooks.logError);
  }
}
