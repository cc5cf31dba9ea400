import ExcelJS from "exceljs";
import { narrativeSections } from "../../../shared/periodic-reports.ts";
import { wibWallClock } from "../../lib/documents/wib-format.ts";
import type { Locale } from "../../lib/messages.ts";
import type { ReportDocumentData } from "./report-pdf.ts";
import { type CellKind, type ReportTable, sectionTables } from "./report-tables.ts";
import { textsOf } from "./report-texts.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** How a number shows in Excel; the cell holds the number itself, so it can be summed and charted. */
const numberFormats: Record<Exclude<CellKind, "text">, string> = {
  year: "0",
  count: "#,##0",
  days: "0.0",
  share: "0.0%",
  change: "+0.0%;-0.0%;0.0%",
  rupiah: '"Rp" #,##0',
};

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
const SHADE: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } };

/** One table below the last: its numbered title, the header, the rows, and the unit and source. */
function writeTable(ws: ExcelJS.Worksheet, table: ReportTable, title: string, note: string) {
  ws.addRow([title]).font = { bold: true };
  const header = ws.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = SHADE;
  });
  table.columns.forEach((c, i) => {
    if (c.numeric) header.getCell(i + 1).alignment = { horizontal: "right", wrapText: true };
  });
  table.rows.forEach((row, r) => {
    const added = ws.addRow(row.map((cell) => cell.value));
    row.forEach((cell, i) => {
      if (cell.kind !== "text") added.getCell(i + 1).numFmt = numberFormats[cell.kind];
    });
    if (table.totalRow && r === table.rows.length - 1) added.font = { bold: true };
  });
  ws.addRow([note]).font = { italic: true, size: 9, color: { argb: "FF444444" } };
  ws.addRow([]);
}

/**
 * The report as a workbook: a summary sheet, the narrative, then a sheet per section with its
 * tables, the same tables as the PDF with numbers as numbers (shares as fractions shown as
 * percentages, rupiah as whole numbers), headers in the document's language.
 */
export async function renderReportXlsx(d: ReportDocumentData, locale: Locale): Promise<Buffer> {
  const t = textsOf(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Gugus";
  workbook.title = d.title;
  const cutoff = `${wibWallClock(d.cutoff).toISOString().slice(0, 16).replace("T", " ")}`;

  const summary = workbook.addWorksheet(sheetName(t("sheet.summary")));
  summary.columns = [{ width: 28 }, { width: 80 }];
  const rows: [string, string | number | Date][] = [
    [t("sheet.title"), d.title],
    [t("doc.period"), d.periodText],
    [t("sheet.from"), d.figures.period.from],
    [t("sheet.to"), d.figures.period.to],
    [t("doc.area"), d.areaText],
    [t("sheet.cutoff"), wibWallClock(d.cutoff)],
    [t("doc.source"), d.figures.source],
    [t("doc.status"), t(d.status === "final" ? "sheet.final" : "sheet.draft")],
    [t("sheet.totalVictims"), d.figures.totals.victims],
    [t("sheet.totalCases"), d.figures.totals.cases],
  ];
  for (const [label, value] of rows) {
    const row = summary.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = "dd/mm/yyyy hh:mm";
    if (typeof value === "number") {
      row.getCell(2).numFmt = numberFormats.count;
      row.getCell(2).alignment = { horizontal: "left" };
    }
  }

  const narrative = workbook.addWorksheet(sheetName(t("sheet.narrative")), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  narrative.columns = [
    { header: t("sheet.section"), width: 34 },
    { header: t("sheet.text"), width: 100 },
  ];
  narrative.getRow(1).font = { bold: true };
  narrativeSections.forEach((key, index) => {
    const row = narrative.addRow([`${index + 1}. ${t(`section.${key}`)}`, d.narrative[key] ?? ""]);
    row.alignment = { vertical: "top", wrapText: true };
  });

  narrativeSections.forEach((key, index) => {
    const tables = sectionTables(key, d.figures, t, d.narrowed);
    if (tables.length === 0) return;
    const ws = workbook.addWorksheet(sheetName(`${index + 1}. ${t(`section.${key}`)}`));
    const widest = Math.max(...tables.map((x) => x.columns.length));
    ws.columns = Array.from({ length: widest }, (_, i) => ({ width: i === 0 ? 46 : 18 }));
    tables.forEach((table, i) => {
      const title = t("doc.table", { number: `${index + 1}.${i + 1}`, title: table.title });
      const note = t("doc.note", { unit: table.unit, source: d.figures.source, cutoff });
      writeTable(ws, table, title, note);
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
