import { eq } from "drizzle-orm";
import {
  narrativeSections,
  type ReportVersionInput,
  type SaveNarrativeInput,
} from "../../../shared/periodic-reports.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Db } from "../../db/database.ts";
import { periodicReports } from "../../db/schema/index.ts";
import { AppError } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { headOn } from "../task-force-structure/structure.repository.ts";
import { findReport, type ReportRow } from "./periodic-reports.repository.ts";
import type { ReportAuthor } from "./periodic-reports.service.ts";
import { storedNarrative } from "./report-document.ts";
import { emptySections } from "./report-narrative.ts";

/**
 * The changes of a draft, on a row already loaded (and locked) by whoever may make them: the
 * service for a signed-in user, or the operator's tools (the demo) for a task force.
 */

/** Refuses a change to a report that is not a draft, naming why, and one made from an old version. */
export function requireEditable(row: ReportRow, version: number) {
  if (row.status === "final") throw new AppError("conflict", "report.final_read_only");
  if (row.status === "building") throw new AppError("conflict", "report.building");
  if (row.status === "failed") throw new AppError("conflict", "report.failed_read_only");
  if (version !== row.version)
    throw new AppError("conflict", "report.version_conflict", {
      params: { base: version, latest: row.version },
      details: { latestVersion: row.version },
    });
}

/** Saves the sections that differ (and the title); a save that changes nothing makes no version. */
export async function writeNarrative(
  tx: Db,
  ctx: AppContext,
  author: ReportAuthor,
  row: ReportRow,
  input: SaveNarrativeInput,
) {
  requireEditable(row, input.version);
  const current = storedNarrative(row);
  const changed = narrativeSections.filter(
    (key) => input.sections[key] !== undefined && input.sections[key] !== (current[key] ?? ""),
  );
  const titleChanged = input.title !== undefined && input.title !== row.title;
  if (changed.length === 0 && !titleChanged) return;
  const narrative = { ...current, ...Object.fromEntries(changed.map((key) => [key, input.sections[key]!])) };
  await tx
    .update(periodicReports)
    .set({
      narrative,
      ...(titleChanged ? { title: input.title } : {}),
      version: row.version + 1,
      updatedById: author.userId,
      updatedAt: ctx.now(),
    })
    .where(eq(periodicReports.id, row.id));
  await recordAudit(tx, author.actor, {
    event: "periodic_report.narrative_saved",
    taskForceId: row.taskForceId,
    recordType: "periodic_report",
    recordId: row.id,
    data: {
      sections: changed,
      ...(titleChanged ? { title: { from: row.title, to: input.title } } : {}),
      version: row.version + 1,
    },
  });
}

/**
 * Finalises a draft: its figures, text and signatory (the head of the task force on the day)
 * are frozen from here on. Sections left empty are allowed (the web asks first) and named in
 * the audit.
 */
export async function finaliseRow(
  tx: Db,
  ctx: AppContext,
  author: ReportAuthor,
  row: ReportRow,
  input: ReportVersionInput,
) {
  requireEditable(row, input.version);
  const now = ctx.now();
  const head = await headOn(tx, row.taskForceId, wibDate(now));
  await tx
    .update(periodicReports)
    .set({
      status: "final",
      signatory: head ? { position: head.position, name: head.name, title: head.title } : null,
      errorKey: null,
      version: row.version + 1,
      finalisedById: author.userId,
      finalisedAt: now,
      updatedById: author.userId,
      updatedAt: now,
    })
    .where(eq(periodicReports.id, row.id));
  await recordAudit(tx, author.actor, {
    event: "periodic_report.finalised",
    taskForceId: row.taskForceId,
    recordType: "periodic_report",
    recordId: row.id,
    data: { version: row.version + 1, emptySections: emptySections(storedNarrative(row)) },
  });
}

/** For the operator's tools (the demo): write the narrative, then finalise, as the author. */
export async function editAndFinalise(
  ctx: AppContext,
  author: ReportAuthor,
  id: string,
  sections: SaveNarrativeInput["sections"],
) {
  await ctx.db.transaction(async (tx) => {
    const row = await findReport(tx, author.taskForceId, id, true);
    if (!row) throw new AppError("not_found", "error.not_found");
    await writeNarrative(tx, ctx, author, row, { version: row.version, sections });
    const saved = (await findReport(tx, author.taskForceId, id))!;
    await finaliseRow(tx, ctx, author, saved, { version: saved.version });
  });
}

/** For the operator's tools (the demo): write the narrative of a draft as the author. */
export async function editNarrative(
  ctx: AppContext,
  author: ReportAuthor,
  id: string,
  sections: SaveNarrativeInput["sections"],
) {
  await ctx.db.transaction(async (tx) => {
    const row = await findReport(tx, author.taskForceId, id, true);
    if (!row) throw new AppError("not_found", "error.not_found");
    await writeNarrative(tx, ctx, author, row, { version: row.version, sections });
  });
}
