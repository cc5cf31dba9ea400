import { and, count, desc, eq, getTableColumns, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { periodicReports, regions, taskForces, users } from "../../db/schema/index.ts";

const createdBy = alias(users, "created_by");
const finalisedBy = alias(users, "finalised_by");

/** A report with the names it is shown with. */
const columns = {
  ...getTableColumns(periodicReports),
  regionName: regions.name,
  regionLevel: regions.level,
  createdByName: createdBy.name,
  finalisedByName: finalisedBy.name,
};

function selectReports(db: Db) {
  return db
    .select(columns)
    .from(periodicReports)
    .leftJoin(regions, eq(regions.code, periodicReports.regionCode))
    .leftJoin(createdBy, eq(createdBy.id, periodicReports.createdById))
    .leftJoin(finalisedBy, eq(finalisedBy.id, periodicReports.finalisedById));
}

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** The report if it belongs to the task force; `lock` holds it for the rest of the transaction. */
export async function findReport(db: Db, taskForceId: string, id: string, lock = false) {
  if (lock) {
    await db.execute(
      sql`SELECT id FROM periodic_reports WHERE id = ${id} AND task_force_id = ${taskForceId} FOR UPDATE`,
    );
  }
  const [row] = await selectReports(db).where(
    and(eq(periodicReports.id, id), eq(periodicReports.taskForceId, taskForceId)),
  );
  return row ?? null;
}

/** Newest first, by keyset (created_at, id), within what `visible` lets the caller see. */
export async function listReportsPage(
  db: Db,
  visible: SQL,
  after: (string | number)[] | null,
  limit: number,
) {
  const [afterAt, afterId] = after ?? [];
  return selectReports(db)
    .where(
      and(
        visible,
        after
          ? or(
              sql`${periodicReports.createdAt} < ${String(afterAt)}::timestamptz`,
              and(
                sql`${periodicReports.createdAt} = ${String(afterAt)}::timestamptz`,
                sql`${periodicReports.id} < ${String(afterId)}::uuid`,
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(periodicReports.createdAt), desc(periodicReports.id))
    .limit(limit + 1);
}

export async function countBuilding(db: Db, taskForceId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(periodicReports)
    .where(and(eq(periodicReports.taskForceId, taskForceId), eq(periodicReports.status, "building")));
  return Number(row?.n ?? 0);
}

/** The task force's name and its area (the region it covers). */
export async function taskForceOf(db: Db, taskForceId: string) {
  const [row] = await db
    .select({ name: taskForces.name, areaCode: regions.code, areaName: regions.name })
    .from(taskForces)
    .innerJoin(regions, eq(regions.code, taskForces.regionCode))
    .where(eq(taskForces.id, taskForceId));
  return row!;
}

/** A kecamatan or kelurahan within the area, with its kecamatan's name for a kelurahan. */
export async function regionInArea(db: Db, areaCode: string, code: string) {
  const [row] = await queryRows<{ code: string; name: string; level: string; parent_name: string | null }>(
    db,
    sql`SELECT r.code, r.name, r.level, p.name AS parent_name
        FROM regions r LEFT JOIN regions p ON p.code = r.parent_code
        WHERE r.code = ${code} AND r.code LIKE ${`${areaCode}.%`} AND r.level IN ('kecamatan', 'kelurahan')`,
  );
  return row ?? null;
}

/** The area's kecamatan and kelurahan, by name, for the form's region choice. */
export async function areaRegions(db: Db, areaCode: string) {
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(
      and(sql`${regions.code} LIKE ${`${areaCode}.%`}`, inArray(regions.level, ["kecamatan", "kelurahan"])),
    )
    .orderBy(regions.name);
}

/** The first year the task force recorded (or imported) a case in; null before any. */
export async function firstCaseYear(db: Db, taskForceId: string): Promise<number | null> {
  const [row] = await queryRows<{ year: number | null }>(
    db,
    sql`SELECT min(year)::int AS year FROM cases WHERE task_force_id = ${taskForceId}`,
  );
  return row?.year ?? null;
}
