import { Readable } from "node:stream";
import { ZipWriterStream } from "@zip.js/zip.js";
import type { ColumnKind, ExportCell, ExportTable } from "./export-file.ts";

/**
 * A one-sheet XLSX written as text, row after row, into a streamed ZIP. exceljs builds an object
 * per cell even in its streaming writer, which took 20 s of CPU for a city's 165,000 victims;
 * an export needs none of what those objects offer (no formulas, no reading back, one style for
 * the header and one for dates), so the sheet's XML is written directly. Strings are inline
 * strings: text in a cell, never a formula.
 */

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const contentTypes = `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;

const rootRels = `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const workbookRels = `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

// Styles: 0 plain, 1 the bold header, 2 a date (yyyy-mm-dd).
const STYLE_HEADER = 1;
const STYLE_DATE = 2;
const styles = `${xmlHeader}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const workbook = (sheetName: string) =>
  `${xmlHeader}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

/** XML text: the five escapes, and the control characters XML 1.0 cannot hold at all removed. */
function xmlText(text: string): string {
  return text
    .replace(/[\p{Cc}\uFFFE\uFFFF]/gu, (c) => ("\t\n\r".includes(c) ? c : ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A, B, … Z, AA, AB …: the column letters of a cell reference. */
function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const CHUNK_ROWS = 500;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** One cell's XML; an empty cell is left out, as Excel itself writes them. */
function cellXml(ref: string, cell: ExportCell, kind: ColumnKind): string {
  if (cell === null || cell === "") return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : "";
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  const date = kind === "date" ? ISO_DATE.exec(cell) : null;
  if (date) {
    const serial =
      (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) - EXCEL_EPOCH) / 86_400_000;
    return `<c r="${ref}" s="${STYLE_DATE}"><v>${serial}</v></c>`;
  }
  const space = /^\s|\s$/.test(cell) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${xmlText(cell)}</t></is></c>`;
}

async function* sheetXml(table: ExportTable): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const letters = table.columns.map((_, i) => columnLetters(i));
  const cols = table.columns
    .map((c, i) => {
      const width = c.width ?? Math.min(40, Math.max(10, c.header.length + 2));
      return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
    })
    .join("");
  const header = table.columns
    .map(
      (c, i) =>
        `<c r="${letters[i]}1" s="${STYLE_HEADER}" t="inlineStr"><is><t>${xmlText(c.header)}</t></is></c>`,
    )
    .join("");
  yield encoder.encode(
    `${xmlHeader}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData><row r="1">${header}</row>`,
  );
  let r = 1;
  for await (const batch of table.batches) {
    // Encoded a few hundred rows at a time: short-lived strings are cheap to collect, long ones not.
    let chunk = "";
    for (const cells of batch) {
      r++;
      chunk += `<row r="${r}">`;
      for (let i = 0; i < cells.length; i++)
        chunk += cellXml(`${letters[i]}${r}`, cells[i]!, table.columns[i]!.kind);
      chunk += "</row>";
      if (r % CHUNK_ROWS === 0) {
        yield encoder.encode(chunk);
        chunk = "";
      }
    }
    if (chunk) yield encoder.encode(chunk);
  }
  yield encoder.encode("</sheetData></worksheet>");
}

/** The table as an XLSX file, streamed as it is written. */
export function xlsxStream(table: ExportTable): Readable {
  const zipper = new ZipWriterStream({ useWebWorkers: false });
  const out = Readable.fromWeb(zipper.readable as import("node:stream/web").ReadableStream<Uint8Array>);
  const part = (name: string, text: string) =>
    new Blob([text]).stream().pipeTo(zipper.writable<Uint8Array>(name));
  const write = async () => {
    await part("[Content_Types].xml", contentTypes);
    await part("_rels/.rels", rootRels);
    await part("xl/workbook.xml", workbook(table.sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31)));
    await part("xl/_rels/workbook.xml.rels", workbookRels);
    await part("xl/styles.xml", styles);
    const sheet = Readable.toWeb(Readable.from(sheetXml(table))) as unknown as ReadableStream<Uint8Array>;
    await sheet.pipeTo(zipper.writable<Uint8Array>("xl/worksheets/sheet1.xml"));
    await zipper.close();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
