import ExcelJS from "exceljs";
import {
  type AgeBand,
  type AttendeeInput,
  attendeeImportColumns,
  attendeeInputSchema,
  type ParticipantSex,
} from "../../../shared/prevention.ts";
import { problemOfIssue } from "../../http/validation.ts";
import { csvLine } from "../../lib/csv.ts";
import { parseCsv } from "../../lib/csv-parse.ts";
import type { FieldProblem } from "../../lib/errors.ts";

/** A file larger than this is not an attendance list (and a ZIP that large may be a trap). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** More rows than this in one activity's list is a wrong file, not a big event. */
export const IMPORT_MAX_ROWS = 3000;

type Column = (typeof attendeeImportColumns)[number];
type InputField = keyof AttendeeInput;

/** Which input field each template column fills. */
const fieldOfColumn: Record<Column, InputField> = {
  nama: "name",
  organisasi_atau_sekolah: "affiliation",
  jenis_kelamin: "sex",
  kelompok_umur: "ageBand",
  telepon: "phone",
};
export const columnOfField = Object.fromEntries(
  Object.entries(fieldOfColumn).map(([column, field]) => [field, column]),
) as Record<InputField, Column>;

// Headers as people write them, reduced to letters: the template's own, English, common short forms.
const headerAliases: Record<string, Column> = {
  nama: "nama",
  namalengkap: "nama",
  name: "nama",
  fullname: "nama",
  organisasiatausekolah: "organisasi_atau_sekolah",
  organisasi: "organisasi_atau_sekolah",
  sekolah: "organisasi_atau_sekolah",
  instansi: "organisasi_atau_sekolah",
  asal: "organisasi_atau_sekolah",
  organisation: "organisasi_atau_sekolah",
  organization: "organisasi_atau_sekolah",
  organisationorschool: "organisasi_atau_sekolah",
  organizationorschool: "organisasi_atau_sekolah",
  school: "organisasi_atau_sekolah",
  affiliation: "organisasi_atau_sekolah",
  jeniskelamin: "jenis_kelamin",
  jk: "jenis_kelamin",
  kelamin: "jenis_kelamin",
  sex: "jenis_kelamin",
  gender: "jenis_kelamin",
  kelompokumur: "kelompok_umur",
  kelompokusia: "kelompok_umur",
  umur: "kelompok_umur",
  usia: "kelompok_umur",
  age: "kelompok_umur",
  agegroup: "kelompok_umur",
  ageband: "kelompok_umur",
  telepon: "telepon",
  telp: "telepon",
  hp: "telepon",
  nohp: "telepon",
  nomorhp: "telepon",
  notelepon: "telepon",
  wa: "telepon",
  whatsapp: "telepon",
  phone: "telepon",
};

const letters = (value: string) => value.toLowerCase().replace(/[^a-z0-9+<]/g, "");

const sexWords: Record<string, ParticipantSex> = {
  p: "female",
  perempuan: "female",
  wanita: "female",
  f: "female",
  female: "female",
  l: "male",
  lakilaki: "male",
  laki: "male",
  pria: "male",
  m: "male",
  male: "male",
};

const bandWords: Record<string, AgeBand> = {
  anak: "children",
  anakanak: "children",
  "<18": "children",
  child: "children",
  children: "children",
  dewasa: "adults",
  "1859": "adults",
  adult: "adults",
  adults: "adults",
  lansia: "older",
  lanjutusia: "older",
  "60+": "older",
  older: "older",
  elderly: "older",
};

/** A typed age in years also tells the band: the same limits as the bands themselves. */
function bandOf(value: string): string {
  const word = bandWords[letters(value)];
  if (word) return word;
  if (/^\d{1,3}$/.test(value.trim())) {
    const age = Number(value.trim());
    if (age < 18) return "children";
    if (age < 60) return "adults";
    if (age <= 120) return "older";
  }
  return value;
}

export type SheetRow = { row: number; cells: string[] };

/** The non-empty rows of the file's first sheet, each with its row number as a spreadsheet shows it. */
export async function readSheet(fileName: string, content: Buffer): Promise<SheetRow[]> {
  let grid: string[][];
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    grid = [];
    sheet?.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cell.text ?? "";
      });
      grid[number - 1] = Array.from(cells, (c) => c ?? "");
    });
    grid = Array.from(grid, (r) => r ?? []);
  } else {
    grid = parseCsv(content.toString("utf8"));
  }
  return grid
    .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ""));
}

export type ParsedRow =
  | { row: number; input: AttendeeInput; problems?: undefined }
  | { row: number; input?: undefined; problems: FieldProblem[] };

/**
 * The first non-empty row names the columns; every later row is one attendee, checked with the
 * same schema as one typed on the form. Values are read generously (P/L, "laki-laki", an age
 * in years); what cannot be read is a problem of that row, named by its template column.
 */
export function parseRows(sheet: SheetRow[]): { rows: ParsedRow[]; missingColumns: Column[] } {
  const [header, ...body] = sheet;
  const columns = (header?.cells ?? []).map((cell) => headerAliases[letters(cell)] ?? null);
  const missingColumns = (["nama", "jenis_kelamin", "kelompok_umur"] as const).filter(
    (c) => !columns.includes(c),
  );
  if (missingColumns.length > 0) return { rows: [], missingColumns };
  const rows = body.map(({ row, cells }): ParsedRow => {
    const raw: Partial<Record<InputField, string>> = {};
    columns.forEach((column, i) => {
      if (column && cells[i] && raw[fieldOfColumn[column]] === undefined)
        raw[fieldOfColumn[column]] = cells[i];
    });
    const candidate = {
      name: raw.name,
      affiliation: raw.affiliation || undefined,
      sex: raw.sex === undefined ? undefined : (sexWords[letters(raw.sex)] ?? raw.sex),
      ageBand: raw.ageBand === undefined ? undefined : bandOf(raw.ageBand),
      phone: raw.phone || undefined,
    };
    const parsed = attendeeInputSchema.safeParse(candidate, { reportInput: true });
    if (parsed.success) return { row, input: parsed.data };
    const problems = parsed.error.issues.flatMap((issue) => problemOfIssue(issue as never, "row"));
    return {
      row,
      problems: problems.map((p) => ({ ...p, field: columnOfField[p.field as InputField] ?? p.field })),
    };
  });
  return { rows, missingColumns };
}

/** The downloadable template: the header row and two example rows, as CSV or XLSX. */
export async function attendeeTemplate(format: "csv" | "xlsx"): Promise<Buffer> {
  const examples = [
    ["Siti Aminah", "SMP Negeri 1 Jakarta", "P", "anak", "081234567890"],
    ["Budi Santoso", "Karang Taruna Cideng", "L", "dewasa", ""],
  ];
  if (format === "csv") {
    return Buffer.from([attendeeImportColumns, ...examples].map((r) => csvLine(r)).join(""), "utf8");
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Daftar hadir");
  sheet.addRow([...attendeeImportColumns]);
  for (const example of examples) sheet.addRow(example);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 26;
  });
  // Phone numbers as text, so a spreadsheet keeps their leading 0.
  sheet.getColumn(5).numFmt = "@";
  const notes = workbook.addWorksheet("Petunjuk");
  for (const line of templateNotes) notes.addRow([line]);
  notes.getColumn(1).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const templateNotes = [
  "Isi satu baris per peserta pada lembar 'Daftar hadir'. / One row per participant on the first sheet.",
  "nama: wajib / required.",
  "organisasi_atau_sekolah: boleh kosong / optional.",
  "jenis_kelamin: P (perempuan) atau L (laki-laki) / F or M.",
  "kelompok_umur: anak (di bawah 18), dewasa (18–59), lansia (60+), atau umur dalam tahun / children, adults, older, or the age in years.",
  "telepon: boleh kosong / optional.",
];
