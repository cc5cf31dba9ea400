import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  type CreateReportInput,
  periodOf,
  type ReportOptions,
  type ReportVersionInput,
  type SaveNarrativeInput,
} from "../../../shared/periodic-reports.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor, UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import { periodicReports } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError, invalidField } from "../../lib/errors.ts";
import type { Locale } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { MAX_PERIOD_YEARS } from "../dashboard/dashboard.service.ts";
import { presentReport, presentReportListItem } from "./periodic-reports.presenter.ts";
import {
  areaRegions,
  countBuilding,
  findReport,
  firstCaseYear,
  listReportsPage,
  type ReportRow,
  regionInArea,
  taskForceOf,
} from "./periodic-reports.repository.ts";
import { reportPolicy, visibleReportsWhere } from "./report.policy.ts";
import { finaliseRow, requireEditable, writeNarrative } from "./report-changes.ts";
import { signatoryOf } from "./report-document.ts";
import { reportTitle } from "./report-period.ts";
import type { ReportRunner } from "./report-runner.ts";

const yearsLater = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) + years).padStart(4, "0")}${day.slice(4)}`;

/** Builds waiting or running for one task force at once: more would only queue behind each other. */
export const MAX_BUILDING = 3;

/** The form's choices: the area's kecamatan with their kelurahan, and the years that have data. */
export async function reportOptions(ctx: AppContext, actor: UserActor): Promise<ReportOptions> {
  const taskForce = await taskForceOf(ctx.db, actor.taskForceId);
  const regions = await areaRegions(ctx.db, taskForce.areaCode);
  const currentYear = Number(wibDate(ctx.now()).slice(0, 4));
  const first = await firstCaseYear(ctx.db, actor.taskForceId);
  return {
    taskForceName: taskForce.name,
    area: { code: taskForce.areaCode, name: taskForce.areaName },
    kecamatan: regions
      .filter((r) => r.level === "kecamatan")
      .map((k) => ({
        code: k.code,
        name: k.name,
        kelurahan: regions
          .filter((r) => r.level === "kelurahan" && r.parentCode === k.code)
          .map((r) => ({ code: r.code, name: r.name })),
      })),
    firstYear: Math.min(first ?? currentYear, currentYear),
    currentYear,
  };
}

/** Who makes a change: a signed-in user, or the operator's tools (the demo) for a task force. */
export type ReportAuthor = { taskForceId: string; userId: string | null; actor: Actor };

export const authorOf = (actor: UserActor): ReportAuthor => ({
  taskForceId: actor.taskForceId,
  userId: actor.userId,
  actor,
});

/**
 * Starts a report for a period and area: checks what a schema cannot (a year that has begun, a
 * region of the task force's area), records it as building, and hands it to the runner; the
 * caller follows its progress on GET. Answers at once.
 */
export async function createReport(
  ctx: AppContext,
  runner: ReportRunner,
  author: ReportAuthor,
  input: CreateReportInput,
) {
  const { actor } = author;
  const today = wibDate(ctx.now());
  const period = periodOf(input);
  if (input.kind !== "custom" && period.from > today)
    throw invalidField("year", "report.year_future", { year: input.year! });
  if (input.kind === "custom" && period.from > today)
    throw invalidField("from", "report.period_future", { today });
  // The dashboard answers at most this long a period: a report is one of its answers.
  if (yearsLater(period.from, MAX_PERIOD_YEARS) <= period.to)
    throw invalidField("from", "report.period_too_long", { years: MAX_PERIOD_YEARS });
  const taskForce = await taskForceOf(ctx.db, author.taskForceId);
  // The area itself is the whole-area report.
  const regionCode = input.region && input.region !== taskForce.areaCode ? input.region : null;
  const place = regionCode ? await regionInArea(ctx.db, taskForce.areaCode, regionCode) : null;
  if (regionCode && !place) throw invalidField("region", "report.region_outside_area");
  if ((await countBuilding(ctx.db, author.taskForceId)) >= MAX_BUILDING)
    throw new AppError("conflict", "report.too_many_building", { params: { count: MAX_BUILDING } });

  const id = randomUUID();
  const now = ctx.now();
  const release = runner.reserve(id);
  await ctx.db
    .transaction(async (tx) => {
      await tx.insert(periodicReports).values({
        id,
        taskForceId: author.taskForceId,
        kind: input.kind,
        year: period.year,
        semester: input.kind === "semester" ? input.semester! : null,
        periodFrom: period.from,
        periodTo: period.to,
        regionCode,
        title: reportTitle(
          taskForce.name,
          { kind: input.kind, semester: input.semester ?? null, ...period },
          place,
        ),
        status: "building",
        progressStep: "queued",
        heartbeatAt: now,
        createdById: author.userId,
        createdAt: now,
        updatedById: author.userId,
        updatedAt: now,
      });
      await recordAudit(tx, actor, {
        event: "periodic_report.created",
        taskForceId: author.taskForceId,
        recordType: "periodic_report",
        recordId: id,
        data: { kind: input.kind, from: period.from, to: period.to, region: regionCode },
      });
    })
    .catch((err) => {
      release();
      throw err;
    });
  // After the commit: the build reads the row the transaction wrote.
  runner.enqueue({ reportId: id, taskForceId: author.taskForceId, mode: "build" });
  return { id };
}

/** The reports the caller may read, newest first: every one for the secretariat, final ones for the rest. */
export async function listReports(
  ctx: AppContext,
  runner: ReportRunner,
  actor: UserActor,
  query: { cursor?: string; limit: number },
  locale: Locale,
) {
  await runner.sweepAbandoned();
  const after = decodeCursor(query.cursor, 2);
  const rows = await listReportsPage(ctx.db, visibleReportsWhere(actor), after, query.limit);
  const page = pageOf(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return {
    items: page.items.map((r) => presentReportListItem(locale, r)),
    nextCursor: page.nextCursor,
  };
}

/** A report the caller may read, or 404 (a draft is not there for those who cannot edit it). */
export async function loadReport(db: Db, actor: UserActor, id: string, lock = false): Promise<ReportRow> {
  const row = await findReport(db, actor.taskForceId, id, lock);
  authorize(actor, reportPolicy, "read", row, "periodic_report");
  return row;
}

export async function getReport(
  ctx: AppContext,
  runner: ReportRunner,
  actor: UserActor,
  id: string,
  locale: Locale,
) {
  await runner.sweepAbandoned();
  return reportView(ctx, actor, id, locale);
}

/**
 * Saves the sections the editor changed (and the title); 409 when the editor's version is not
 * the latest, so nobody's words are silently overwritten.
 */
export async function saveNarrative(
  ctx: AppContext,
  actor: UserActor,
  id: string,
  input: SaveNarrativeInput,
  locale: Locale,
) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, id, true);
    await writeNarrative(tx, ctx, authorOf(actor), row, input);
  });
  return reportView(ctx, actor, id, locale);
}

/** The report as the API shows it to the caller. */
async function reportView(ctx: AppContext, actor: UserActor, id: string, locale: Locale) {
  const row = await loadReport(ctx.db, actor, id);
  return presentReport(actor, row, await signatoryOf(ctx.db, row, wibDate(ctx.now())), locale);
}

/** "Perbarui angka": the draft's figures computed again in the background; untouched drafts follow them. */
export async function refreshReport(
  ctx: AppContext,
  runner: ReportRunner,
  actor: UserActor,
  id: string,
  input: ReportVersionInput,
  locale: Locale,
) {
  const release = runner.reserve(id);
  await ctx.db
    .transaction(async (tx) => {
      const row = await loadReport(tx, actor, id, true);
      requireEditable(row, input.version);
      await tx
        .update(periodicReports)
        .set({
          status: "building",
          progress: 0,
          progressStep: "queued",
          errorKey: null,
          version: row.version + 1,
          heartbeatAt: ctx.now(),
          updatedById: actor.userId,
          updatedAt: ctx.now(),
        })
        .where(eq(periodicReports.id, row.id));
      await recordAudit(tx, actor, {
        event: "periodic_report.refreshed",
        recordType: "periodic_report",
        recordId: row.id,
        data: { version: row.version + 1, previousCutoff: row.cutoff?.toISOString() ?? null },
      });
    })
    .catch((err) => {
      release();
      throw err;
    });
  runner.enqueue({ reportId: id, taskForceId: actor.taskForceId, mode: "refresh" });
  return reportView(ctx, actor, id, locale);
}

/** Finalises a draft: figures, text and signatory are frozen, and leadership may read it. */
export async function finaliseReport(
  ctx: AppContext,
  actor: UserActor,
  id: string,
  input: ReportVersionInput,
  locale: Locale,
) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, id, true);
    await finaliseRow(tx, ctx, authorOf(actor), row, input);
  });
  return reportView(ctx, actor, id, locale);
}

/** Removes a draft or a failed build; a final report stays, as the record of what was sent. */
export async function deleteReport(ctx: AppContext, actor: UserActor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, id, true);
    if (row.status === "final") throw new AppError("conflict", "report.final_read_only");
    if (row.status === "building") throw new AppError("conflict", "report.building");
    await tx.delete(periodicReports).where(eq(periodicReports.id, row.id));
    await recordAudit(tx, actor, {
      event: "periodic_report.deleted",
      recordType: "periodic_report",
      recordId: row.id,
      data: {
        kind: row.kind,
        from: row.periodFrom,
        to: row.periodTo,
        region: row.regionCode,
        status: row.status,
      },
    });
  });
}
