import { Readable } from "node:stream";
import { ZipWriterStream } from "@zip.js/zip.js";
import type { ExportFileType } from "../../../shared/exports.ts";
import { csvLine } from "../../lib/csv.ts";
import { xlsxStream } from "./export-xlsx.ts";

/** How a column's cells are written: XLSX keeps numbers as numbers and dates as dates. */
export type ColumnKind = "text" | "number" | "date" | "boolean";
export type ExportColumn = { header: string; kind: ColumnKind; width?: number };
/** A cell; a `date` column holds YYYY-MM-DD (anything else, such as a bare year, stays text). */
export type ExportCell = string | number | boolean | null;

/** A table of one sheet whose rows arrive in batches, so a large export is never whole in memory. */
export type ExportTable = {
  sheetName: string;
  columns: readonly ExportColumn[];
  batches: AsyncIterable<ExportCell[][]>;
};

export const mimeTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
} as const;

const CHUNK_ROWS = 500;

/** CSV wants text: booleans as the TRUE/FALSE that HTCDS's consent picklist uses. */
const csvValue = (cell: ExportCell) => (typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : cell);

/**
 * CSV, UTF-8 with a byte-order mark (Excel then reads "Perempuan" and "–" right), formula-safe
 * through csvLine: a cell starting with = + - @ is prefixed so a spreadsheet shows it as text.
 */
async function* csvChunks(table: ExportTable): AsyncGenerator<Buffer> {
  yield Buffer.from(`\uFEFF${csvLine(table.columns.map((c) => c.header))}`, "utf8");
  for await (const batch of table.batches) {
    // A few hundred rows a chunk: short-lived strings are cheap to collect, long ones are not.
    for (let i = 0; i < batch.length; i += CHUNK_ROWS) {
      let chunk = "";
      for (const row of batch.slice(i, i + CHUNK_ROWS)) chunk += csvLine(row.map(csvValue));
      yield Buffer.from(chunk, "utf8");
    }
  }
}

/** The table as a file of that type, as a stream of bytes. */
export function tableStream(fileType: ExportFileType, table: ExportTable): Readable {
  return fileType === "csv" ? Readable.from(csvChunks(table)) : xlsxStream(table);
}

/**
 * The file inside a ZIP archive encrypted with AES-256 (WinZip AE-2, which 7-Zip, WinRAR and
 * macOS's Archive Utility open), streamed. Security: the password lives only in this call.
 */
export function encryptedZip(inner: Readable, entryName: string, password: string): Readable {
  const zipper = new ZipWriterStream({
    password,
    encryptionStrength: 3,
    // The server has no web workers to lend; compression runs in this thread, a chunk at a time.
    useWebWorkers: false,
  });
  const out = Readable.fromWeb(zipper.readable as import("node:stream/web").ReadableStream<Uint8Array>);
  const fill = async () => {
    await (Readable.toWeb(inner) as unknown as ReadableStream<Uint8Array>).pipeTo(
      zipper.writable<Uint8Array>(entryName),
    );
    await zipper.close();
  };
  fill().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
