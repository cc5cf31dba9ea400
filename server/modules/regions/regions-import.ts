import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { type RegionLevel, regionLevels } from "../../../shared/reference.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { regions } from "../../db/schema/index.ts";
import { type RegionRow, upsertRegions } from "./regions.repository.ts";

export type RegionImportProblem = { row: number; field: string; message: string };
/** A region as read from the file, with the line it came from, so later checks can name it. */
export type RegionFileRow = RegionRow & { line?: number };
export type RegionImportResult = {
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: RegionImportProblem[];
};

const codePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const depthOfLevel: Record<RegionLevel, number> = {
  provinsi: 1,
  kabupaten_kota: 2,
  kecamatan: 3,
  kelurahan: 4,
  desa: 4,
};

/** Reads and checks a `code,name,level,parent_code` file; a row with a problem is reported, never skipped silently. */
export async function readRegionsCsv(
  path: string,
): Promise<{ rows: RegionFileRow[]; problems: RegionImportProblem[] }> {
  const rows: RegionFileRow[] = [];
  const problems: RegionImportProblem[] = [];
  const parser = createReadStream(path).pipe(
    parse({ columns: true, trim: true, bom: true, skip_empty_lines: true, relax_column_count: true }),
  );
  let line = 1;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    line++;
    const code = record.code ?? "";
    const name = record.name ?? "";
    const level = record.level as RegionLevel;
    const parentCode = record.parent_code ? record.parent_code : null;
    const problem = (field: string, message: string) => problems.push({ row: line, field, message });
    if (!codePattern.test(code))
      problem("code", `"${code}" bukan kode Kemendagri / is not a Kemendagri code (PP.KK.CC.XDDD)`);
    else if (!regionLevels.includes(level))
      problem("level", `"${record.level}" harus salah satu dari / must be one of ${regionLevels.join(", ")}`);
    else if (code.split(".").length !== depthOfLevel[level])
      problem("level", `tingkat tidak cocok dengan kode / level does not match the code ${code}`);
    else if (!name) problem("name", "wajib diisi / is required");
    else if (depthOfLevel[level] > 1 && parentCode !== code.split(".").slice(0, -1).join(".")) {
      problem("parent_code", `induk harus / parent must be ${code.split(".").slice(0, -1).join(".")}`);
    } else rows.push({ code, name, level, parentCode, line });
  }
  return { rows, problems };
}

/**
 * Loads a national region list. All or nothing: with any bad row nothing is written and every
 * problem is listed. Idempotent: rows already present and equal are left alone.
 */
export async function importRegions(
  db: Db,
  actor: Actor,
  input: { rows: RegionFileRow[]; problems: RegionImportProblem[]; fileHash: string },
  onProgress: (done: number, total: number) => void = () => {},
  batchSize = 5000,
): Promise<RegionImportResult> {
  const { rows, problems } = input;
  const result = { rowsRead: rows.length + problems.length, created: 0, updated: 0, unchanged: 0, problems };
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.code))
      problems.push({
        row: row.line ?? 0,
        field: "code",
        message: `kode ganda / duplicate code ${row.code}`,
      });
    seen.add(row.code);
  }
  const existing = new Map((await db.select().from(regions)).map((r) => [r.code, r]));
  for (const row of rows) {
    if (row.parentCode && !seen.has(row.parentCode) && !existing.has(row.parentCode)) {
      problems.push({
        row: row.line ?? 0,
        field: "parent_code",
        message: `induk ${row.parentCode} dari ${row.code} tidak ada / parent missing`,
      });
    }
  }
  if (problems.length > 0) return result;

  const changed = rows.filter((row) => {
    const before = existing.get(row.code);
    if (!before) result.created++;
    else if (before.name !== row.name || before.level !== row.level || before.parentCode !== row.parentCode)
      result.updated++;
    else {
      result.unchanged++;
      return false;
    }
    return true;
  });
  // Parents first, so each batch's foreign keys point at rows already written.
  changed.sort((a, b) => depthOfLevel[a.level] - depthOfLevel[b.level] || (a.code < b.code ? -1 : 1));
  await db.transaction(async (tx) => {
    for (let i = 0; i < changed.length; i += batchSize) {
      await upsertRegions(tx, changed.slice(i, i + batchSize));
      onProgress(Math.min(i + batchSize, changed.length), changed.length);
    }
    await recordAudit(tx, actor, {
      event: "regions.imported",
      recordType: "regions",
      data: { fileHash: input.fileHash, rows: rows.length, created: result.created, updated: result.updated },
    });
  });
  onProgress(changed.length, changed.length);
  return result;
}
