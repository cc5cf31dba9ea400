import {
  type BuildStep,
  buildSteps,
  narrativeSections,
  type ReportDto,
  type ReportKind,
  type ReportListItem,
  type ReportStatus,
} from "../../../shared/periodic-reports.ts";
import type { UserActor } from "../../auth/actor.ts";
import { abilitiesOf } from "../../auth/authorize.ts";
import { isMessageKey, type Locale, translate } from "../../lib/messages.ts";
import type { ReportRow } from "./periodic-reports.repository.ts";
import { reportPolicy } from "./report.policy.ts";
import { storedComparison, storedFigures, storedNarrative } from "./report-document.ts";
import { emptySections } from "./report-narrative.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A report as the list shows it: what it covers, where it stands, who made and finalised it. */
export function presentReportListItem(locale: Locale, row: ReportRow): ReportListItem {
  const step = (buildSteps as readonly string[]).includes(row.progressStep ?? "")
    ? (row.progressStep as BuildStep)
    : row.status === "building"
      ? "queued"
      : null;
  return {
    id: row.id,
    kind: row.kind as ReportKind,
    year: row.year,
    semester: row.semester,
    period: { from: row.periodFrom, to: row.periodTo },
    region:
      row.regionCode && row.regionName
        ? { code: row.regionCode, name: row.regionName, level: row.regionLevel ?? "" }
        : null,
    title: row.title,
    status: row.status as ReportStatus,
    progress: Math.min(1, Math.max(0, row.progress)),
    progressStep: step,
    error: row.errorKey && isMessageKey(row.errorKey) ? translate(locale, row.errorKey) : null,
    version: row.version,
    cutoff: iso(row.cutoff),
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    updatedAt: row.updatedAt.toISOString(),
    finalisedAt: iso(row.finalisedAt),
    finalisedByName: row.finalisedByName,
  };
}

/** The whole report: its narrative, its figures (the dashboard's snapshot), and what the caller may do. */
export function presentReport(
  actor: UserActor,
  row: ReportRow,
  signatory: ReportDto["signatory"],
  locale: Locale,
): ReportDto {
  const stored = storedNarrative(row);
  const narrative = Object.fromEntries(narrativeSections.map((key) => [key, stored[key] ?? ""])) as Record<
    (typeof narrativeSections)[number],
    string
  >;
  return {
    ...presentReportListItem(locale, row),
    narrative,
    emptySections: emptySections(narrative),
    figures: storedFigures(row),
    comparison: storedComparison(row),
    signatory,
    abilities: (({ read: _read, ...rest }) => rest)(abilitiesOf(actor, reportPolicy, row)),
  };
}
