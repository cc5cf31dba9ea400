import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { AppError } from "../../lib/errors.ts";
import type { Locale } from "../../lib/messages.ts";
import type { ReportRow } from "./periodic-reports.repository.ts";
import { loadReport } from "./periodic-reports.service.ts";
import { documentData } from "./report-document.ts";
import { renderReportPdf } from "./report-pdf.ts";
import { renderReportXlsx, XLSX_TYPE } from "./report-xlsx.ts";

export type ReportFormat = "pdf" | "xlsx";

/** A file name from the title: plain letters and digits, hyphens between words; "-draf" until final. */
export function reportFileName(row: Pick<ReportRow, "title" | "status">, extension: ReportFormat): string {
  const slug =
    row.title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 100)
      .replace(/-+$/, "") || "laporan";
  return `${slug}${row.status === "final" ? "" : "-draf"}.${extension}`;
}

/**
 * The report as PDF or XLSX in the language asked for, made from its stored snapshot (a final
 * report prints the same figures and text every time). A draft prints with its watermark.
 * Audited: the file leaves the system.
 */
export async function downloadReport(
  ctx: AppContext,
  actor: UserActor,
  id: string,
  format: ReportFormat,
  locale: Locale,
) {
  const row = await loadReport(ctx.db, actor, id);
  if ((row.status !== "draft" && row.status !== "final") || !row.figures || !row.cutoff)
    throw new AppError("conflict", "report.not_ready");
  const data = await documentData(ctx.db, row, locale, ctx.now());
  const content =
    format === "pdf" ? await renderReportPdf(data, locale) : await renderReportXlsx(data, locale);
  await recordAudit(ctx.db, actor, {
    event: "periodic_report.downloaded",
    recordType: "periodic_report",
    recordId: row.id,
    data: { format, language: locale, status: row.status, version: row.version },
  });
  return {
    content,
    mimeType: format === "pdf" ? "application/pdf" : XLSX_TYPE,
    fileName: reportFileName(row, format),
  };
}
