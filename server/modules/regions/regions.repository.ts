import { sql } from "drizzle-orm";
import type { RegionLevel } from "../../../shared/reference.ts";
import type { Db } from "../../db/database.ts";

export type RegionRow = { code: string; name: string; level: RegionLevel; parentCode: string | null };

/**
 * Inserts or updates regions in one statement per batch: the rows travel as one JSON parameter,
 * so 90,000 regions are a few dozen round trips, not 90,000. Parents must come before children
 * (or be in an earlier batch), as the foreign key is checked per statement.
 */
export async function upsertRegions(
  db: Db,
  rows: readonly RegionRow[],
  options: { overwrite?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  // The shipped seed must not undo an imported national list's spelling at every start.
  const onConflict =
    options.overwrite === false
      ? sql`ON CONFLICT (code) DO NOTHING`
      : sql`ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code
    WHERE (regions.name, regions.level, regions.parent_code) IS DISTINCT FROM (excluded.name, excluded.level, excluded.parent_code)`;
  const payload = JSON.stringify(
    rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parentCode })),
  );
  await db.execute(sql`
    INSERT INTO regions (code, name, level, parent_code)
    SELECT code, name, level, parent_code FROM json_to_recordset(${payload}::json)
      AS r(code text, name text, level text, parent_code text)
    ${onConflict}
  `);
}
