import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

/** One row of a sheet: its number as a spreadsheet shows it, and its cells as text. */
export type SheetRow = { row: number; cells: string[] };
export type FileKind = "csv" | "xlsx";

/** An XLSX file is a zip archive: it starts with "PK\x03\x04". */
export function fileKindOf(bytes: Uint8Array): FileKind {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? "xlsx" : "csv";
}

/** The file could not be read as the kind it claims to be. */
export class UnreadableFile extends Error {}

/**
 * Excel set to Indonesian writes CSV with ";" (the comma is the decimal sign there): the header
 * line's count of each decides, outside quotes.
 */
export function csvDelimiterOf(bytes: Uint8Array): "," | ";" {
  const head = Buffer.from(bytes.subarray(0, 256 * 1024))
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  // The template's "#" instruction rows are prose: the first other line is the header.
  const line = head.split(/\r?\n/).find((l) => l.trim() !== "" && !/^"?#/.test(l.trim())) ?? "";
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * The rows of a CSV file, streamed: one record at a time, so a large file is never held twice.
 * Row numbers count every record, blank ones too, as a spreadsheet numbers its rows.
 */
export async function* readCsvRows(
  bytes: Uint8Array,
  onProgress: (fraction: number) => void = () => {},
): AsyncGenerator<SheetRow> {
  const parser = Readable.from([Buffer.from(bytes)]).pipe(
    parse({
      bom: true,
      delimiter: csvDelimiterOf(bytes),
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }),
  );
  let row = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { bytes: number };
    }>) {
      row++;
      if (row % 1000 === 0) onProgress(info.bytes / Math.max(bytes.length, 1));
      yield { row, cells: record };
    }
  } catch (err) {
    // csv-parse names the line: an unclosed quote, a stray quote inside a field.
    throw new UnreadableFile((err as Error).message);
  }
  onProgress(1);
}

/** Text of an Excel cell as the person typed it: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

/** The rows of the workbook's "Data" sheet (or its first sheet). */
export async function* readXlsxRows(
  bytes: Uint8Array,
  onProgress: (fraction: number) => void = () => {},
): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableFile((err as Error).message);
  }
  const sheet = workbook.getWorksheet("Data") ?? workbook.worksheets[0];
  if (!sheet) return;
  const width = sheet.columnCount;
  for (let row = 1; row <= sheet.rowCount; row++) {
    const values = sheet.getRow(row);
    const cells: string[] = [];
    for (let col = 1; col <= width; col++) cells.push(cellText(values.getCell(col).value));
    if (row % 1000 === 0) onProgress(row / sheet.rowCount);
    yield { row, cells };
  }
  onProgress(1);
}

export function readRows(bytes: Uint8Array, kind: FileKind, onProgress?: (fraction: number) => void) {
  return kind === "xlsx" ? readXlsxRows(bytes, onProgress) : readCsvRows(bytes, onProgress);
}
