import { inArray } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { regions } from "../../db/schema/index.ts";
import { type FileFailure, type FormatSpec, type MapContext, readHeader } from "./formats/formats.ts";
import type { ImportedVictim, RowError } from "./import-record.ts";
import { fileKindOf, readRows, UnreadableFile } from "./read-rows.ts";

/** A file read and checked: the cases it would create, and every row it rejects, by row. */
export type Analysis = {
  rowsRead: number;
  /** Valid victims, grouped into the cases they form; each group's first victim carries the case. */
  groups: ImportedVictim[][];
  errors: RowError[];
  rejected: number;
  failure: FileFailure | null;
};

const failed = (failure: FileFailure): Analysis => ({
  rowsRead: 0,
  groups: [],
  errors: [],
  rejected: 0,
  failure,
});
const blank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * Reads a file of a format and checks every row. Nothing is written: a dry run ends here, and
 * an applied import writes what this found. Every data row is counted, and ends either in a
 * group (valid) or among the errors (rejected): none is skipped without a word.
 */
export async function analyseFile(
  db: Db,
  spec: FormatSpec,
  bytes: Uint8Array,
  context: MapContext,
  onProgress: (fraction: number) => void = () => {},
): Promise<Analysis> {
  const kind = fileKindOf(bytes);
  if (!spec.fileKinds.includes(kind))
    return failed({
      key: "import.failure.unreadable",
      params: { expected: spec.fileKinds[0]!.toUpperCase() },
    });

  let names: (string | null)[] | null = null;
  let rowsRead = 0;
  const victims: ImportedVictim[] = [];
  const errors: RowError[] = [];
  try {
    for await (const { row, cells } of readRows(bytes, kind, onProgress)) {
      if (blank(cells) || spec.isNote(cells)) continue;
      if (!names) {
        const header = readHeader(spec, cells);
        if ("key" in header) return failed(header);
        names = header.names;
        continue;
      }
      rowsRead++;
      const extra = cells.slice(names.length);
      if (!blank(extra) || (spec.strictWidth && cells.length < names.length)) {
        errors.push({
          row,
          field: "",
          key: "import.row.column_count",
          params: { found: cells.length, expected: names.length },
        });
        continue;
      }
      const record: Record<string, string> = {};
      names.forEach((name, i) => {
        if (name) record[name] = cells[i] ?? "";
      });
      const mapped = spec.map(record, row, context);
      if (mapped.victim) victims.push(mapped.victim);
      else for (const problem of mapped.problems) errors.push({ row, ...problem });
    }
  } catch (err) {
    if (err instanceof UnreadableFile)
      return failed({ key: "import.failure.unreadable", params: { expected: kind.toUpperCase() } });
    throw err;
  }
  if (rowsRead === 0) return failed({ key: "import.failure.no_rows" });

  const checked = await withKnownRegions(db, victims, errors);
  const { groups, errors: groupErrors } = spec.group(checked);
  errors.push(...groupErrors);
  errors.sort((a, b) => a.row - b.row);
  return { rowsRead, groups, errors, rejected: new Set(errors.map((e) => e.row)).size, failure: null };
}

/** Region codes are checked in one query for the whole file; a row naming an unknown one is rejected. */
async function withKnownRegions(db: Db, victims: ImportedVictim[], errors: RowError[]) {
  const wanted = [...new Set(victims.flatMap((v) => v.regionRefs.map((r) => r.code)))];
  if (wanted.length === 0) return victims;
  const known = new Set<string>();
  for (let i = 0; i < wanted.length; i += 5000) {
    const found = await db
      .select({ code: regions.code })
      .from(regions)
      .where(inArray(regions.code, wanted.slice(i, i + 5000)));
    for (const r of found) known.add(r.code);
  }
  return victims.filter((victim) => {
    const unknown = victim.regionRefs.filter((r) => !known.has(r.code));
    for (const ref of unknown)
      errors.push({
        row: victim.row,
        field: ref.field,
        key: "import.row.region_unknown",
        params: { value: ref.code },
      });
    return unknown.length === 0;
  });
}
