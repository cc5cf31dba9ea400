import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";

/** Whose victims an export reads: the task force's, identified in the period, where asked. */
export type ExportScope = {
  taskForceId: string;
  from: string;
  to: string;
  /** Where the case was identified: this region and everything below it; null: anywhere. */
  region: string | null;
};

/** Rows read per query: small enough to keep memory flat, large enough to keep queries few. */
const BATCH = 10_000;

/** The scope as SQL over `c` (cases): the task force, the period and the region. */
export function scopeWhere(scope: ExportScope): SQL {
  // A case known only by its year falls in a period only when the period takes in that whole year
  // (the statistics engine counts it the same way).
  const parts = [
    sql`c.task_force_id = ${scope.taskForceId}`,
    sql`(CASE WHEN c.identified_on_precision = 'year' THEN make_date(extract(year FROM c.identified_on)::int, 1, 1) ELSE c.identified_on END) >= ${scope.from}::date`,
    sql`(CASE WHEN c.identified_on_precision = 'year' THEN make_date(extract(year FROM c.identified_on)::int, 12, 31) ELSE c.identified_on END) <= ${scope.to}::date`,
  ];
  if (scope.region)
    parts.push(
      sql`(c.identified_region_code = ${scope.region} OR c.identified_region_code LIKE ${`${scope.region}.%`})`,
    );
  return sql.join(parts, sql` AND `);
}

/** A part of the export: the victims identified from one day to another (both included). */
export type ExportBatch = { from: string; to: string };
/** How many victims the scope holds, and the batches to read them in. */
export type ExportPlan = { total: number; batches: ExportBatch[] };

/**
 * How many victims each day of identification holds, in one grouped query, cut into batches of
 * whole days of about BATCH victims. A batch then reads its cases through the (task force, date)
 * index, and the records hanging on them through their case indexes: no batch sorts or scans
 * what another batch reads, however large the scope.
 */
export async function planExport(db: Db, scope: ExportScope): Promise<ExportPlan> {
  const days = await queryRows<{ day: string; n: number }>(
    db,
    sql`SELECT c.identified_on::text AS day, count(*)::int AS n
          FROM case_people cp JOIN cases c ON c.id = cp.case_id
         WHERE cp.role = 'victim' AND ${scopeWhere(scope)}
         GROUP BY c.identified_on ORDER BY c.identified_on`,
  );
  const batches: ExportBatch[] = [];
  let total = 0;
  let open: (ExportBatch & { n: number }) | null = null;
  for (const { day, n } of days) {
    total += Number(n);
    if (!open) open = { from: day, to: day, n: 0 };
    open.to = day;
    open.n += Number(n);
    if (open.n >= BATCH) {
      batches.push({ from: open.from, to: open.to });
      open = null;
    }
  }
  if (open) batches.push({ from: open.from, to: open.to });
  return { total, batches };
}

/** The scope's cases identified within the batch's days, as SQL over `c`. */
export const casesOf = (scope: ExportScope, batch: ExportBatch) =>
  sql`${scopeWhere(scope)} AND c.identified_on BETWEEN ${batch.from}::date AND ${batch.to}::date`;
