import type { ImportFormat } from "../../../../shared/imports.ts";
import type { VocabularyKind } from "../../../../shared/vocabularies.ts";
import type { Params } from "../../../lib/errors.ts";
import type { MessageKey } from "../../../lib/messages.ts";
import type { ImportedVictim, MappedRow, RowError } from "../import-record.ts";
import type { VocabularyIndex } from "../import-vocabulary.ts";
import type { FileKind } from "../read-rows.ts";
import { type CtdcRow, ctdcColumns, mapCtdcRow } from "./ctdc-k-anon-2021.ts";
import {
  groupTemplateVictims,
  mapTemplateRow,
  templateColumns,
  templateVocabularies,
} from "./gugus-template.ts";

/** Why a whole file is refused before any row is looked at. */
export type FileFailure = { key: MessageKey; params?: Params };

export type MapContext = { vocab: VocabularyIndex; today: string; fileName: string };

/** What an import needs to know of a format: its header, how a row maps, how rows form cases. */
export type FormatSpec = {
  /** File kinds the format comes in, the first being what an unreadable file is reported as. */
  fileKinds: readonly FileKind[];
  vocabularies: readonly VocabularyKind[];
  /** Rows before the header and notes to skip (the template's "#" instruction rows). */
  isNote: (cells: string[]) => boolean;
  normaliseHeader: (name: string) => string;
  columns: readonly string[];
  missingColumns: (present: ReadonlySet<string>) => string[];
  /** A data row holding more filled cells than the header has columns is damaged. */
  strictWidth: boolean;
  map: (cells: Record<string, string>, row: number, context: MapContext) => MappedRow;
  /** Victims into cases: one each, or the template's `kasus_asal` groups. */
  group: (victims: readonly ImportedVictim[]) => { groups: ImportedVictim[][]; errors: RowError[] };
};

const ctdcByLowerName = new Map(ctdcColumns.map((c) => [c.toLowerCase(), c]));
const templateNames = new Set(templateColumns.map((c) => c.name));

export const formatSpecs: Record<ImportFormat, FormatSpec> = {
  "ctdc-k-anon-2021": {
    fileKinds: ["csv"],
    vocabularies: ["exploitation_form", "trafficking_means", "suspect_relation", "sex", "age_group"],
    isNote: () => false,
    // The codebook's own spelling is mixed ("Datasource", "RecruiterRelationship"): case is ignored.
    normaliseHeader: (name) => ctdcByLowerName.get(name.trim().toLowerCase()) ?? name.trim(),
    columns: ctdcColumns,
    missingColumns: (present) => ctdcColumns.filter((c) => !present.has(c)),
    strictWidth: true,
    map: (cells, row, context) => mapCtdcRow(cells as CtdcRow, row, context),
    group: (victims) => ({ groups: victims.map((v) => [v]), errors: [] }),
  },
  "gugus-template": {
    fileKinds: ["xlsx", "csv"],
    vocabularies: templateVocabularies,
    isNote: (cells) => (cells[0] ?? "").trimStart().startsWith("#"),
    // "Jenis Kelamin" and "jenis_kelamin" are the same column.
    normaliseHeader: (name) =>
      name
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, "_"),
    columns: templateColumns.map((c) => c.name),
    missingColumns: (present) =>
      present.has("tahun_identifikasi") || present.has("tanggal_identifikasi")
        ? []
        : ["tahun_identifikasi / tanggal_identifikasi"],
    strictWidth: false,
    map: (cells, row, context) => mapTemplateRow(cells, row, context),
    group: groupTemplateVictims,
  },
};

/** The header row's columns by position, or why the file cannot be this format. */
export function readHeader(spec: FormatSpec, cells: string[]): { names: (string | null)[] } | FileFailure {
  const names = cells.map((c) => spec.normaliseHeader(c));
  // Trailing empty header cells are what a spreadsheet leaves after the last column.
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  const known = new Set(spec.columns);
  const seen = new Set<string>();
  const duplicate = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) duplicate.add(name);
    seen.add(name);
  }
  const unknown = names.filter((n) => !known.has(n)).map((n) => n || "(kosong)");
  if (unknown.length > 0)
    return { key: "import.failure.header_unknown", params: { columns: unknown.join(", ") } };
  if (duplicate.size > 0)
    return { key: "import.failure.header_duplicate", params: { columns: [...duplicate].join(", ") } };
  const missing = spec.missingColumns(seen);
  if (missing.length > 0)
    return { key: "import.failure.header_missing", params: { columns: missing.join(", ") } };
  return { names };
}

export const isTemplateColumn = (name: string) => templateNames.has(name);
