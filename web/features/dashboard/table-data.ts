import { formatRupiah } from "../../ui/format-rupiah.ts";

/**
 * The figures behind a chart, in one shape for the accessible table, the CSV and nothing else:
 * what the table shows is what the CSV holds, column for column.
 */
export type CellKind = "text" | "count" | "share" | "rupiah" | "days";
export type Column = { label: string; kind?: CellKind };
export type Cell = string | number | null;
export type TableData = { columns: Column[]; rows: Cell[][] };

// Numbers are written the Indonesian way in either language, like the rest of the app's figures.
const counts = new Intl.NumberFormat("id-ID");
const days = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
const percents = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return counts.format(value);
}

/** "46%" for 0.456; a dash when nothing was counted under it. */
export function formatShare(value: number | null): string {
  return value === null ? "–" : percents.format(value);
}

export function formatDays(value: number | null): string {
  return value === null ? "–" : days.format(value);
}

/** A cell as the table shows it. */
export function displayCell(value: Cell, kind: CellKind = "text"): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  switch (kind) {
    case "share":
      return formatShare(value);
    case "rupiah":
      return formatRupiah(value);
    case "days":
      return formatDays(value);
    default:
      return formatCount(value);
  }
}

/**
 * A cell as the CSV holds it: plain numbers a spreadsheet can add up (a share as a percentage
 * with one decimal, its column says "%"), nothing for an unknown.
 */
export function csvCellValue(value: Cell, kind: CellKind = "text"): string | number {
  if (value === null) return "";
  if (typeof value === "number" && kind === "share") return Math.round(value * 1000) / 10;
  return value;
}

/** Header and rows for the CSV file. */
export function tableToCsvRows(table: TableData): { header: string[]; rows: (string | number)[][] } {
  return {
    header: table.columns.map((column) => column.label),
    rows: table.rows.map((row) => row.map((cell, index) => csvCellValue(cell, table.columns[index]?.kind))),
  };
}
