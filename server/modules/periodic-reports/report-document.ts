import type { DashboardDto } from "../../../shared/dashboard.ts";
import type { ReportComparison, Signatory } from "../../../shared/periodic-reports.ts";
import type { Db } from "../../db/database.ts";
import type { Locale } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { letterCity } from "../meetings/meeting-files.service.ts";
import { headOn, secretariatOn } from "../task-force-structure/structure.repository.ts";
import type { ReportRow } from "./periodic-reports.repository.ts";
import { taskForceOf } from "./periodic-reports.repository.ts";
import { figuresIn } from "./report-labels.ts";
import type { Narrative } from "./report-narrative.ts";
import type { ReportDocumentData } from "./report-pdf.ts";
import { periodText, placeName } from "./report-period.ts";
import { textsOf } from "./report-texts.ts";

/** The stored JSON of a report, typed as it was written. */
export const storedFigures = (row: ReportRow) => row.figures as DashboardDto | null;
export const storedComparison = (row: ReportRow) => row.comparison as ReportComparison | null;
export const storedNarrative = (row: ReportRow) => row.narrative as Partial<Narrative>;
export const storedSignatory = (row: ReportRow) => row.signatory as Signatory | null;

/** "Kecamatan Gambir, Kota Administrasi Jakarta Pusat" or "… (seluruh wilayah)". */
export function areaText(row: ReportRow, areaName: string, locale: Locale): string {
  const t = textsOf(locale);
  if (!row.regionCode || !row.regionName || !row.regionLevel) return t("doc.wholeArea", { area: areaName });
  return t("doc.inArea", {
    place: placeName({ level: row.regionLevel, name: row.regionName }),
    area: areaName,
  });
}

/** Who signs: frozen on a final report; on a draft, whoever heads the task force today. */
export async function signatoryOf(db: Db, row: ReportRow, today: string): Promise<Signatory | null> {
  if (row.status === "final") return storedSignatory(row);
  const head = await headOn(db, row.taskForceId, today);
  return head ? { position: head.position, name: head.name, title: head.title } : null;
}

/** Everything one PDF or XLSX of the report needs, in the document's language. */
export async function documentData(
  db: Db,
  row: ReportRow,
  locale: Locale,
  generatedAt: Date,
): Promise<ReportDocumentData> {
  const figures = storedFigures(row)!;
  const taskForce = await taskForceOf(db, row.taskForceId);
  const today = wibDate(row.status === "final" && row.finalisedAt ? row.finalisedAt : generatedAt);
  const full = Object.fromEntries(
    Object.entries(storedNarrative(row)).map(([key, value]) => [key, value ?? ""]),
  ) as Narrative;
  return {
    taskForceName: taskForce.name,
    secretariat: await secretariatOn(db, row.taskForceId, today),
    title: row.title,
    status: row.status === "final" ? "final" : "draft",
    periodText: periodText(row.periodFrom, row.periodTo, locale),
    areaText: areaText(row, taskForce.areaName, locale),
    narrowed: row.regionCode !== null,
    figures: await figuresIn(db, figures, locale),
    narrative: full,
    cutoff: row.cutoff!,
    finalisedAt: row.finalisedAt,
    signatory: await signatoryOf(db, row, today),
    city: letterCity(taskForce.areaName) || taskForce.areaName,
    generatedAt,
  };
}
