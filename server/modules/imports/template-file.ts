import ExcelJS from "exceljs";
import type { TemplateFileType } from "../../../shared/imports.ts";
import { csvLine } from "../../lib/csv.ts";
import { templateColumns, templateVocabularies } from "./formats/gugus-template.ts";
import type { VocabularyIndex } from "./import-vocabulary.ts";

const MIME = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** How many data rows of the sheet offer the drop-down lists. */
const VALIDATED_ROWS = 20_000;

const intro = [
  "Templat impor korban Gugus (format: gugus-template). Satu baris = satu korban.",
  "Setiap korban menjadi kasus tertutup (data historis) dengan nomor kasus baru; kasus dapat dibuka kembali oleh koordinator.",
  "Baris yang memakai kasus_asal yang sama menjadi satu kasus dengan beberapa korban.",
  "Jangan isi identitas (nama, NIK, alamat, telepon): identitas dicatat satu per satu di halaman kasus.",
  "Lakukan uji coba (dry run) dulu: setiap baris yang ditolak ditampilkan dengan nomor baris, kolom dan alasannya.",
  "Berkas yang sama persis tidak dapat diimpor dua kali.",
];
const introEn = [
  "Gugus victim import template (format: gugus-template). One row = one victim.",
  "Each victim becomes a closed case (a historical record) with a new case number; a coordinator can reopen it.",
  "Rows with the same kasus_asal become one case with several victims.",
  "Do not enter identity (names, NIK, addresses, phones): identity is recorded one person at a time on the case page.",
  "Do a dry run first: every rejected row is shown with its row number, column and reason.",
  "The exact same file cannot be imported twice.",
];

const requiredText = (c: (typeof templateColumns)[number]) => c.required ?? "boleh kosong";
const listHint = (c: (typeof templateColumns)[number]) =>
  c.vocabulary
    ? ` Daftar kode: ${c.vocabulary} (lihat ${c.kind === "codes" ? "lembar Kode; pisahkan dengan ;" : "lembar Kode"}).`
    : "";

/** The template in the kind asked for, with today's vocabularies (an administrator may add terms). */
export async function templateFile(type: TemplateFileType, vocab: VocabularyIndex) {
  const bytes = type === "csv" ? csvTemplate(vocab) : await xlsxTemplate(vocab);
  return { fileName: `templat-impor-gugus.${type}`, mimeType: MIME[type], bytes };
}

/**
 * CSV has no sheets: the instructions are rows whose first cell starts with "#", which the
 * import skips wherever they are; the header row follows them.
 */
function csvTemplate(vocab: VocabularyIndex): Buffer {
  const note = (text: string) => csvLine([`# ${text}`]);
  const lines = [
    ...intro.map(note),
    note("Kolom:"),
    ...templateColumns.map((c) =>
      note(`${c.name} (${requiredText(c)}): ${c.descriptionId}${listHint(c)} Contoh: ${c.example}`),
    ),
    note("Kode yang boleh dipakai (kode atau labelnya):"),
    ...templateVocabularies.map((kind) =>
      note(
        `${kind}: ${vocab
          .terms(kind)
          .map((t) => `${t.code} (${t.labelId})`)
          .join("; ")}`,
      ),
    ),
    note("Hapus atau biarkan baris yang diawali # — keduanya boleh. Isi data di bawah baris judul kolom."),
    csvLine(templateColumns.map((c) => c.name)),
  ];
  // A byte-order mark makes Excel read the file as UTF-8 (Indonesian labels have no accents,
  // but names of places and free text may).
  return Buffer.from(`\uFEFF${lines.join("")}`, "utf8");
}

async function xlsxTemplate(vocab: VocabularyIndex): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Gugus";
  const data = workbook.addWorksheet("Data", { views: [{ state: "frozen", ySplit: 1 }] });
  const guide = workbook.addWorksheet("Petunjuk");
  const codes = workbook.addWorksheet("Kode", { views: [{ state: "frozen", ySplit: 1 }] });

  data.columns = templateColumns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.max(14, c.name.length + 4),
  }));
  data.getRow(1).font = { bold: true };

  // The code lists, one block per vocabulary; each single-code column offers its block as a list.
  codes.columns = [
    { header: "daftar", key: "kind", width: 20 },
    { header: "kode", key: "code", width: 30 },
    { header: "label (Indonesia)", key: "labelId", width: 60 },
    { header: "label (English)", key: "labelEn", width: 50 },
  ];
  codes.getRow(1).font = { bold: true };
  const ranges = new Map<string, string>();
  for (const kind of templateVocabularies) {
    const first = codes.rowCount + 1;
    for (const t of vocab.terms(kind))
      codes.addRow({ kind, code: t.code, labelId: t.labelId, labelEn: t.labelEn });
    ranges.set(kind, `Kode!$B$${first}:$B$${codes.rowCount}`);
  }
  // exceljs keeps range validations (one entry for a whole column) at run time but leaves them
  // out of its types; per-cell validations would write twenty thousand entries per column.
  const validations = (
    data as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }
  ).dataValidations;
  templateColumns.forEach((c, i) => {
    const letter = data.getColumn(i + 1).letter;
    const range = `${letter}2:${letter}${VALIDATED_ROWS + 1}`;
    if (c.kind === "code" && c.vocabulary) {
      // A warning, not a stop: a label typed instead of the code is accepted by the import too.
      validations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [ranges.get(c.vocabulary)!],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: c.name,
        error: "Pilih kode dari daftar (lembar Kode).",
      });
    } else if (c.kind === "yesno") {
      validations.add(range, { type: "list", allowBlank: true, formulae: ['"ya,tidak"'] });
    }
  });

  guide.columns = [
    { key: "a", width: 24 },
    { key: "b", width: 26 },
    { key: "c", width: 80 },
    { key: "d", width: 30 },
    { key: "e", width: 60 },
  ];
  guide.addRow(["Petunjuk pengisian / Instructions"]).font = { bold: true, size: 14 };
  for (const [i, line] of intro.entries()) guide.addRow([line, "", "", "", introEn[i]]);
  guide.addRow([]);
  guide.addRow(["Kolom", "Wajib?", "Isi", "Contoh", "English"]).font = { bold: true };
  for (const c of templateColumns) {
    const row = guide.addRow([
      c.name,
      requiredText(c),
      `${c.descriptionId}${listHint(c)}`,
      c.example,
      c.descriptionEn,
    ]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
  guide.addRow([]);
  guide.addRow(["Contoh baris / Example rows"]).font = { bold: true };
  guide.addRow(templateColumns.map((c) => c.name)).font = { italic: true };
  guide.addRow(templateColumns.map((c) => c.example));
  guide.addRow(
    templateColumns.map(
      (c) =>
        ({ kasus_asal: c.example, tahun_identifikasi: "2023", jenis_kelamin: "male", umur: "24" })[c.name] ??
        "",
    ),
  );
  guide.addRow([
    "Baris kedua contoh: korban lain dari kasus yang sama; kolom kasus boleh dikosongkan. Isi tahun atau tanggal pada setiap baris.",
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
