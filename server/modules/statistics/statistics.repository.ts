import { eq, type SQL, sql } from "drizzle-orm";
import type { OriginLevel, StatisticsDimension, StatisticsUnit } from "../../../shared/statistics.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { taskForces } from "../../db/schema/index.ts";

/** A filter value; null selects the unknown row. */
export type FilterValue = string | number | null;

/** What one count covers: the task force's facts, narrowed by period, place and dimension values. */
export type FactScope = {
  unit: StatisticsUnit;
  taskForceId: string;
  from: string | null;
  to: string | null;
  region: string | null;
  filters: Partial<Record<StatisticsDimension, FilterValue>>;
  originLevel: OriginLevel;
};

/** Dimensions that belong to a victim rather than to the case: counting cases by them needs DISTINCT. */
const personDimensions = new Set<StatisticsDimension>([
  "sex",
  "ageGroup",
  "childStatus",
  "nationality",
  "originRegion",
]);

/** Dimensions with several values per victim: a victim counts once under each. */
const arrayColumns: Partial<Record<StatisticsDimension, SQL>> = {
  exploitationType: sql`f.exploitation_types`,
  destinationCountry: sql`f.destination_countries`,
};

/** The column of each dimension (the origin region is cut to a level first). */
const columns: Record<Exclude<StatisticsDimension, "originRegion">, SQL> = {
  year: sql`f.year`,
  sex: sql`f.sex`,
  ageGroup: sql`f.age_group`,
  childStatus: sql`f.child_status`,
  nationality: sql`f.nationality`,
  legalStage: sql`f.legal_stage`,
  exploitationType: sql`f.exploitation_types`,
  destinationCountry: sql`f.destination_countries`,
};

/** Region codes are PP.KK.CC.XDDD: a level is a prefix (a code recorded above it stays as it is). */
const originExpression = (level: OriginLevel) =>
  level === "province" ? sql`left(f.origin_region, 2)` : sql`left(f.origin_region, 5)`;

function groupExpression(dimension: StatisticsDimension, level: OriginLevel): SQL {
  return dimension === "originRegion" ? originExpression(level) : columns[dimension];
}

function filterCondition(dimension: StatisticsDimension, value: FilterValue): SQL {
  const array = arrayColumns[dimension];
  if (array) {
    return value === null ? sql`cardinality(${array}) = 0` : sql`${array} @> ARRAY[${String(value)}]::text[]`;
  }
  if (dimension === "originRegion") {
    // Any level: a province's code takes in every regency and village below it.
    return value === null
      ? sql`f.origin_region IS NULL`
      : sql`(f.origin_region = ${value} OR f.origin_region LIKE ${`${value}.%`})`;
  }
  const column = columns[dimension];
  return value === null ? sql`${column} IS NULL` : sql`${column} = ${value}`;
}

const usesPersonDimension = (dimensions: readonly StatisticsDimension[]) =>
  dimensions.some((d) => personDimensions.has(d));

/** The WHERE clause of a scope; `wholeCases` keeps one row per case. */
function whereOf(scope: FactScope, wholeCases: boolean): SQL {
  const parts: SQL[] = [sql`f.task_force_id = ${scope.taskForceId}`];
  if (scope.unit === "victims") parts.push(sql`f.is_victim`);
  else if (wholeCases) parts.push(sql`f.is_case_row`);
  // A case known only by its year falls in a period only when the period takes in that whole year.
  if (scope.from)
    parts.push(
      sql`(CASE WHEN f.year_only THEN make_date(f.year, 1, 1) ELSE f.identified_on END) >= ${scope.from}::date`,
    );
  if (scope.to)
    parts.push(
      sql`(CASE WHEN f.year_only THEN make_date(f.year, 12, 31) ELSE f.identified_on END) <= ${scope.to}::date`,
    );
  if (scope.region)
    parts.push(
      sql`(f.identified_region_code = ${scope.region} OR f.identified_region_code LIKE ${`${scope.region}.%`})`,
    );
  for (const [dimension, value] of Object.entries(scope.filters) as [StatisticsDimension, FilterValue][]) {
    if (value !== undefined) parts.push(filterCondition(dimension, value));
  }
  return sql.join(parts, sql` AND `);
}

export type GroupRow = { values: (string | number | null)[]; count: number };

/**
 * Counts per combination of the dimensions' values, and the total, in one scan. The facts are
 * first narrowed to one row per distinct combination (the arrays of types and destinations
 * whole) and counted; only those few rows are then unnested, one row per value and a null row
 * where there is none, so unknowns are never dropped. Victims are rows; a case is its one case
 * row, or, when a victim's dimension is involved, each distinct case among its victims' rows.
 */
export async function countGroups(
  db: Db,
  scope: FactScope,
  groupBy: readonly StatisticsDimension[],
): Promise<{ groups: GroupRow[]; total: number }> {
  const filtered = Object.keys(scope.filters) as StatisticsDimension[];
  const distinctCases = scope.unit === "cases" && usesPersonDimension([...groupBy, ...filtered]);
  const name = (i: number) => sql.raw(`d${i}`);
  const inner = sql.join(
    groupBy.map((d, i) => sql`${groupExpression(d, scope.originLevel)} AS ${name(i)}`),
    sql`, `,
  );
  const unnests = sql.join(
    groupBy.flatMap((d, i) =>
      arrayColumns[d]
        ? [
            sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(g.${name(i)}) = 0 THEN ARRAY[NULL]::text[] ELSE g.${name(i)} END) AS ${sql.raw(`u${i}`)}(v)`,
          ]
        : [],
    ),
    sql` `,
  );
  const outer = sql.join(
    groupBy.map((d, i) => (arrayColumns[d] ? sql`${sql.raw(`u${i}`)}.v AS ${name(i)}` : sql`g.${name(i)}`)),
    sql`, `,
  );
  const positions = (suffix: string) => sql.raw(groupBy.map((_, i) => `${i + 1}${suffix}`).join(", "));
  const where = whereOf(scope, !distinctCases);
  const query = distinctCases
    ? sql`WITH g AS (SELECT DISTINCT f.case_id, ${inner} FROM statistics_facts f WHERE ${where})
        SELECT ${outer}, count(*)::int AS n, (SELECT count(DISTINCT case_id) FROM g)::int AS total
        FROM g ${unnests} GROUP BY ${positions("")} ORDER BY ${positions(" NULLS LAST")}`
    : sql`WITH g AS (SELECT ${inner}, count(*)::int AS n FROM statistics_facts f WHERE ${where} GROUP BY ${positions("")})
        SELECT ${outer}, sum(g.n)::int AS n, (SELECT sum(n) FROM g)::int AS total
        FROM g ${unnests} GROUP BY ${positions("")} ORDER BY ${positions(" NULLS LAST")}`;
  const rows = await queryRows<Record<string, string | number | null>>(db, query);
  return {
    groups: rows.map((row) => ({
      values: groupBy.map((_, i) => row[`d${i}`] ?? null),
      count: Number(row.n),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

/** The number of victims or cases in the scope, each once. */
export async function countTotal(db: Db, scope: FactScope): Promise<number> {
  const filtered = Object.keys(scope.filters) as StatisticsDimension[];
  const distinctCases = scope.unit === "cases" && usesPersonDimension(filtered);
  const counted = distinctCases ? sql`count(DISTINCT f.case_id)` : sql`count(*)`;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT ${counted}::int AS n FROM statistics_facts f WHERE ${whereOf(scope, !distinctCases)}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * The imports the records in the scope came from, for the source. Most task forces import
 * nothing, and the partial index answers that at once; only then is the scope looked at.
 */
export async function importFormats(db: Db, scope: FactScope): Promise<string[]> {
  const [any] = await queryRows<{ found: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM statistics_facts f
          WHERE f.task_force_id = ${scope.taskForceId} AND f.import_format IS NOT NULL) AS found`,
  );
  if (!any?.found) return [];
  const rows = await queryRows<{ format: string }>(
    db,
    sql`SELECT DISTINCT f.import_format AS format FROM statistics_facts f
        WHERE ${whereOf(scope, false)} AND f.import_format IS NOT NULL`,
  );
  return rows.map((r) => r.format);
}

export type AtomRow = { year: number; profiles: string[]; types: string[]; n: number };

/**
 * The finest groups public figures can tell apart, per year: for victims, sex × child status ×
 * the exact set of exploitation types; for cases, the set of their victims' sex|child profiles ×
 * the set of types.
 */
export async function publicAtoms(
  db: Db,
  unit: StatisticsUnit,
  taskForceId: string,
  years: { from: number | null; to: number | null },
): Promise<AtomRow[]> {
  const parts: SQL[] = [sql`f.task_force_id = ${taskForceId}`];
  parts.push(unit === "victims" ? sql`f.is_victim` : sql`f.is_case_row`);
  if (years.from !== null) parts.push(sql`f.year >= ${years.from}`);
  if (years.to !== null) parts.push(sql`f.year <= ${years.to}`);
  const where = sql.join(parts, sql` AND `);
  const profile =
    unit === "victims"
      ? sql`ARRAY[coalesce(f.sex, '') || '|' || coalesce(f.child_status, '')]`
      : sql`f.victim_profiles`;
  const atoms = await queryRows<AtomRow>(
    db,
    sql`SELECT f.year, ${profile} AS profiles, f.exploitation_types AS types, count(*)::int AS n
        FROM statistics_facts f WHERE ${where} GROUP BY 1, 2, 3`,
  );
  return atoms.map((a) => ({ ...a, year: Number(a.year), n: Number(a.n) }));
}

export async function findTaskForce(db: Db, id: string) {
  const [row] = await db
    .select({ id: taskForces.id, code: taskForces.code, name: taskForces.name })
    .from(taskForces)
    .where(eq(taskForces.id, id));
  return row;
}

export async function listTaskForces(db: Db) {
  return db.select({ id: taskForces.id, code: taskForces.code, name: taskForces.name }).from(taskForces);
}
