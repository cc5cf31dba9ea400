import ExcelJS from "exceljs";
import type { ExportFormat } from "../../../shared/prevention-tests.ts";
import { csvLine } from "../../lib/csv.ts";
import { wibStamp, wibWallClock } from "../../lib/documents/wib-format.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A cell: text, a number, or an instant (written as WIB). */
export type Cell = string | number | Date | null;
export type Column = { header: string; width: number };
/** A sheet; one of label–value pairs (`headerRow: false`) has no header row to freeze or filter. */
export type Sheet = { name: string; columns: Column[]; rows: Cell[][]; headerRow?: boolean };

export type SpreadsheetFile = { content: Buffer; mimeType: string; extension: ExportFormat };

const csvValue = (cell: Cell) => (cell instanceof Date ? wibStamp(cell) : cell);

/**
 * The first sheet as CSV (UTF-8 with a byte-order mark, so Excel reads "Perempuan" and "–"
 * right; formula-safe through csvLine), or every sheet as XLSX with a bold, frozen, filterable
 * header row and times as real dates in WIB.
 */
export async function writeSpreadsheet(
  format: ExportFormat,
  sheets: readonly Sheet[],
): Promise<SpreadsheetFile> {
  const [first] = sheets;
  if (!first) throw new Error("a spreadsheet needs a sheet");
  if (format === "csv") {
    const lines = [
      csvLine(first.columns.map((c) => c.header)),
      ...first.rows.map((row) => csvLine(row.map(csvValue))),
    ];
    return {
      content: Buffer.from(`\uFEFF${lines.join("")}`, "utf8"),
      mimeType: "text/csv; charset=utf-8",
      extension: "csv",
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Gugus";
  for (const sheet of sheets) {
    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    const header = sheet.headerRow !== false;
    const ws = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31), {
      views: header ? [{ state: "frozen", ySplit: 1 }] : [],
    });
    ws.columns = sheet.columns.map((c) =>
      header ? { header: c.header, width: c.width } : { width: c.width },
    );
    if (header) {
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).alignment = { vertical: "top", wrapText: true };
    }
    for (const row of sheet.rows) {
      const added = ws.addRow(row.map((cell) => (cell instanceof Date ? wibWallClock(cell) : cell)));
      row.forEach((cell, i) => {
        // Strings stay strings: a name like "=1+1" is text in a cell, never a formula.
        if (cell instanceof Date) added.getCell(i + 1).numFmt = "dd/mm/yyyy hh:mm";
      });
    }
    if (header && sheet.rows.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  return { content: Buffer.from(await workbook.xlsx.writeBuffer()), mimeType: XLSX_TYPE, extension: "xlsx" };
}
