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

type PersonDimension = "sex" | "ageGroup" | "childStatus" | "nationality" | "originRegion";

/** A victim's dimensions, and their bit in the subsets of `first_of` (statistics-facts.ts). */
const personDimensions: Record<PersonDimension, { column: SQL; bit: number }> = {
  sex: { column: sql`f.sex`, bit: 1 },
  ageGroup: { column: sql`f.age_group`, bit: 2 },
  childStatus: { column: sql`f.child_status`, bit: 4 },
  nationality: { column: sql`f.nationality`, bit: 8 },
  originRegion: { column: sql`f.origin_region`, bit: 0 },
};
const isPersonDimension = (d: StatisticsDimension): d is PersonDimension => d in personDimensions;

/** Dimensions with several values per victim: a victim counts once under each. */
const arrayColumns: Partial<Record<StatisticsDimension, SQL>> = {
  exploitationType: sql`f.exploitation_types`,
  destinationCountry: sql`f.destination_countries`,
};

const levels: Record<OriginLevel, { length: number; subset: number }> = {
  province: { length: 2, subset: 1 },
  regency: { length: 5, subset: 2 },
};

function columnOf(d: StatisticsDimension, level: OriginLevel): SQL {
  if (d === "year") return sql`f.year`;
  if (d === "legalStage") return sql`f.legal_stage`;
  // Region codes are PP.KK.CC.XDDD: a level is a prefix (a code recorded above it stays as it is).
  if (d === "originRegion") return sql`left(f.origin_region, ${levels[level].length})`;
  return arrayColumns[d] ?? personDimensions[d as PersonDimension].column;
}

function condition(d: StatisticsDimension, value: FilterValue): SQL {
  const array = arrayColumns[d];
  if (array)
    return value === null ? sql`cardinality(${array}) = 0` : sql`${array} @> ARRAY[${String(value)}]::text[]`;
  // A province's or regency's code takes in every region below it.
  if (d === "originRegion" && value !== null)
    return sql`(f.origin_region = ${value} OR f.origin_region LIKE ${`${value}.%`})`;
  const column = d === "originRegion" ? sql`f.origin_region` : columnOf(d, "province");
  return value === null ? sql`${column} IS NULL` : sql`${column} = ${value}`;
}

type Filter = [StatisticsDimension, FilterValue];
const filtersOf = (scope: FactScope) =>
  (Object.entries(scope.filters) as Filter[]).filter(([, value]) => value !== undefined);

/**
 * The `first_of` bit of a subset of victims' dimensions: for the grouped ones (origin at the
 * asked level) and the filtered ones (an origin filter fixes its own level; rows matching a
 * filter share its value, so the filtered dimensions join the subset).
 */
function firstOfBit(
  grouped: PersonDimension[],
  filtered: [PersonDimension, FilterValue][],
  level: OriginLevel,
) {
  let person = 0;
  let origin = 0;
  for (const d of grouped) {
    person |= personDimensions[d].bit;
    if (d === "originRegion") origin = Math.max(origin, levels[level].subset);
  }
  for (const [d, value] of filtered) {
    person |= personDimensions[d].bit;
    if (d === "originRegion") origin = Math.max(origin, String(value ?? "").length > 2 ? 2 : 1);
  }
  return sql.raw(`${2 ** (person + 16 * origin)}::bigint`);
}

/**
 * The rows a scope counts and how: a victim's row each; a case's one row, or, when a victim's
 * dimension is grouped or filtered, the rows of its victims, each counted only if it is the
 * first of its case with its values (`first_of`), so a case counts once under each value its
 * victims take and once in the total.
 */
function countingOf(scope: FactScope, groupBy: readonly StatisticsDimension[]) {
  const parts: SQL[] = [sql`f.task_force_id = ${scope.taskForceId}`];
  const personFilters = filtersOf(scope).filter(([d]) => isPersonDimension(d)) as [
    PersonDimension,
    FilterValue,
  ][];
  const grouped = groupBy.filter(isPersonDimension);
  const byVictims = scope.unit === "cases" && (grouped.length > 0 || personFilters.length > 0);
  if (scope.unit === "victims") parts.push(sql`f.is_victim`);
  else if (!byVictims) parts.push(sql`f.is_case_row`);
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
  for (const [d, value] of filtersOf(scope)) parts.push(condition(d, value));
  const where = sql.join(parts, sql` AND `);
  if (!byVictims) return { where, counted: sql`count(*)::int`, firsts: sql`count(*)::int` };
  const bit = (dims: PersonDimension[]) => firstOfBit(dims, personFilters, scope.originLevel);
  return {
    where,
    counted: sql`count(*) FILTER (WHERE (f.first_of & ${bit(grouped)}) <> 0)::int`,
    firsts: sql`count(*) FILTER (WHERE (f.first_of & ${bit([])}) <> 0)::int`,
  };
}

export type GroupRow = { values: (string | number | null)[]; count: number };

/**
 * Counts per combination of the dimensions' values, and the total, in one scan. The rows are
 * first narrowed to one per distinct combination (arrays of types and destinations whole) and
 * counted; only those few are then unnested, one row per value and a null row where there is
 * none, so unknowns are never dropped. A victim counts once under each of their values; a case
 * once under each value its victims take, and once in the total.
 */
export async function countGroups(
  db: Db,
  scope: FactScope,
  groupBy: readonly StatisticsDimension[],
): Promise<{ groups: GroupRow[]; total: number }> {
  const { where, counted, firsts } = countingOf(scope, groupBy);
  if (groupBy.length === 0) {
    const [row] = await queryRows<{ total: number }>(
      db,
      sql`SELECT ${firsts} AS total FROM statistics_facts f WHERE ${where}`,
    );
    return { groups: [], total: Number(row?.total ?? 0) };
  }
  const name = (i: number) => sql.raw(`d${i}`);
  const inner = groupBy.map((d, i) => sql`${columnOf(d, scope.originLevel)} AS ${name(i)}`);
  const unnests = groupBy.flatMap((d, i) =>
    arrayColumns[d]
      ? [
          sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(g.${name(i)}) = 0 THEN ARRAY[NULL]::text[] ELSE g.${name(i)} END) AS ${sql.raw(`u${i}`)}(v)`,
        ]
      : [],
  );
  const outer = groupBy.map((d, i) =>
    arrayColumns[d] ? sql`${sql.raw(`u${i}`)}.v AS ${name(i)}` : sql`g.${name(i)}`,
  );
  const positions = (suffix: string) => sql.raw(groupBy.map((_, i) => `${i + 1}${suffix}`).join(", "));
  const rows = await queryRows<Record<string, string | number | null>>(
    db,
    sql`WITH g AS (
        SELECT ${sql.join(inner, sql`, `)}, ${counted} AS n, ${firsts} AS firsts
        FROM statistics_facts f WHERE ${where} GROUP BY ${positions("")}
      )
      SELECT ${sql.join(outer, sql`, `)}, sum(g.n)::int AS n, (SELECT sum(firsts) FROM g)::int AS total
      FROM g ${sql.join(unnests, sql` `)} WHERE g.n > 0
      GROUP BY ${positions("")} ORDER BY ${positions(" NULLS LAST")}`,
  );
  return {
    groups: rows.map((row) => ({
      values: groupBy.map((_, i) => row[`d${i}`] ?? null),
      count: Number(row.n),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
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
  const { where } = countingOf(scope, []);
  const rows = await queryRows<{ format: string }>(
    db,
    sql`SELECT DISTINCT f.import_format AS format FROM statistics_facts f
        WHERE ${where} AND f.import_format IS NOT NULL`,
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
  const profiles =
    unit === "victims"
      ? sql`ARRAY[coalesce(f.sex, '') || '|' || coalesce(f.child_status, '')]`
      : sql`f.victim_sex_child`;
  const atoms = await queryRows<AtomRow>(
    db,
    sql`SELECT f.year, ${profiles} AS profiles, f.exploitation_types AS types, count(*)::int AS n
        FROM statistics_facts f WHERE ${sql.join(parts, sql` AND `)} GROUP BY 1, 2, 3`,
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
