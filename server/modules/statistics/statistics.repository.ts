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
 * The facts identified within a period, both ends included. A case known only by its year falls
 * in a period only when the period takes in that whole year. The bounds on `year` follow from
 * those on the day (a fact's year is its day's, statistics-facts.ts) and select nothing more:
 * they are there so that the task force's year index narrows the scan to the period's years
 * instead of reading every fact.
 */
export function periodConditions(from: string | null, to: string | null): SQL[] {
  const parts: SQL[] = [];
  if (from)
    parts.push(
      sql`f.year >= extract(year FROM ${from}::date)::int`,
      sql`(CASE WHEN f.year_only THEN make_date(f.year, 1, 1) ELSE f.identified_on END) >= ${from}::date`,
    );
  if (to)
    parts.push(
      sql`f.year <= extract(year FROM ${to}::date)::int`,
      sql`(CASE WHEN f.year_only THEN make_date(f.year, 12, 31) ELSE f.identified_on END) <= ${to}::date`,
    );
  return parts;
}

/**
 * The rows a scope counts and how: a victim's row each; a case's one row, or, when a victim's
 * dimension is grouped or filtered, the rows of its victims, each counted only if it is the
 * first of its case with its values (`first_of`), so a case counts once under each value its
 * victims take and once in the total.
 *
 * In parts, so that several questions over the same rows can share one scan (countGroupsMany):
 * `scan` selects the rows whatever the unit, `unit` narrows them to the unit's rows (null: every
 * row), `counted` and `firsts` (null: every row) pick the rows counted under a group and in the
 * total.
 */
function countingParts(scope: FactScope, groupBy: readonly StatisticsDimension[]) {
  const parts: SQL[] = [sql`f.task_force_id = ${scope.taskForceId}`];
  const personFilters = filtersOf(scope).filter(([d]) => isPersonDimension(d)) as [
    PersonDimension,
    FilterValue,
  ][];
  const grouped = groupBy.filter(isPersonDimension);
  const byVictims = scope.unit === "cases" && (grouped.length > 0 || personFilters.length > 0);
  const unit = scope.unit === "victims" ? sql`f.is_victim` : byVictims ? null : sql`f.is_case_row`;
  parts.push(...periodConditions(scope.from, scope.to));
  if (scope.region)
    parts.push(
      sql`(f.identified_region_code = ${scope.region} OR f.identified_region_code LIKE ${`${scope.region}.%`})`,
    );
  for (const [d, value] of filtersOf(scope)) parts.push(condition(d, value));
  const scan = sql.join(parts, sql` AND `);
  if (!byVictims) return { scan, unit, counted: null, firsts: null };
  const bit = (dims: PersonDimension[]) => firstOfBit(dims, personFilters, scope.originLevel);
  return {
    scan,
    unit,
    counted: sql`(f.first_of & ${bit(grouped)}) <> 0`,
    firsts: sql`(f.first_of & ${bit([])}) <> 0`,
  };
}

/** The same as one WHERE and two counts, for a question asked alone. */
function countingOf(scope: FactScope, groupBy: readonly StatisticsDimension[]) {
  const { scan, unit, counted, firsts } = countingParts(scope, groupBy);
  const where = unit ? sql`${scan} AND ${unit}` : scan;
  const count = (only: SQL | null) => (only ? sql`count(*) FILTER (WHERE ${only})::int` : sql`count(*)::int`);
  return { where, counted: count(counted), firsts: count(firsts) };
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

export type CountQuestion = { scope: FactScope; groupBy: readonly StatisticsDimension[] };

/** Questions over the same rows (every part of the scope but the unit) share one scan. */
const scanKey = ({ scope }: CountQuestion) =>
  JSON.stringify([
    scope.taskForceId,
    scope.from,
    scope.to,
    scope.region,
    scope.originLevel,
    filtersOf(scope),
  ]);

/**
 * countGroups for several questions at once, each answer exactly countGroups' own: questions
 * over the same rows (a dashboard's several groupings of one period and place, in both units)
 * are answered by one scan with GROUPING SETS, each question counting its own rows in it with
 * its own FILTER; the rest one statement each. One statement after another: inside a
 * transaction a connection runs one at a time.
 */
export async function countGroupsMany(
  db: Db,
  questions: readonly CountQuestion[],
): Promise<{ groups: GroupRow[]; total: number }[]> {
  const answers: { groups: GroupRow[]; total: number }[] = new Array(questions.length);
  const scans = new Map<string, number[]>();
  for (const [i, q] of questions.entries()) {
    // A question without grouping, or alone over its rows, is countGroups' own statement.
    const key = q.groupBy.length === 0 ? `#${i}` : scanKey(q);
    scans.set(key, [...(scans.get(key) ?? []), i]);
  }
  for (const indexes of scans.values()) {
    if (indexes.length === 1) {
      const q = questions[indexes[0]!]!;
      answers[indexes[0]!] = await countGroups(db, q.scope, q.groupBy);
      continue;
    }
    const shared = await countGroupsTogether(
      db,
      indexes.map((i) => questions[i]!),
    );
    for (const [k, i] of indexes.entries()) answers[i] = shared[k]!;
  }
  return answers;
}

/** Questions over the same rows, each with at least one dimension, in one statement. */
async function countGroupsTogether(
  db: Db,
  questions: readonly CountQuestion[],
): Promise<{ groups: GroupRow[]; total: number }[]> {
  const level = questions[0]!.scope.originLevel;
  const parts = questions.map((q) => countingParts(q.scope, q.groupBy));
  // Every dimension asked, once: column c<j> of the scan.
  const dimensions = [...new Set(questions.flatMap((q) => q.groupBy))];
  const col = (d: StatisticsDimension) => sql.raw(`c${dimensions.indexOf(d)}`);
  // One grouping set per distinct set of dimensions; GROUPING() names it, a bit per column left
  // out (the last column the lowest bit).
  const setOf = (q: CountQuestion) =>
    dimensions.reduce(
      (id, d, j) => (q.groupBy.includes(d) ? id : id | (1 << (dimensions.length - 1 - j))),
      0,
    );
  const sets = [...new Set(questions.map(setOf))];
  const flag = (k: number, only: SQL | null) => {
    const conditions = [parts[k]!.unit, only].filter((c): c is SQL => c !== null);
    return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` AND `);
  };
  const units = parts.map((p) => p.unit);
  const anyUnit = units.some((u) => u === null) ? null : sql.join(units as SQL[], sql` OR `);
  const inner = [
    ...dimensions.map((d) => sql`${columnOf(d, level)} AS ${col(d)}`),
    ...parts.flatMap((p, k) => [
      sql`${flag(k, p.counted)} AS ${sql.raw(`a${k}`)}`,
      sql`${flag(k, p.firsts)} AS ${sql.raw(`b${k}`)}`,
    ]),
  ];
  const counts = parts.flatMap((_, k) => [
    sql`count(*) FILTER (WHERE ${sql.raw(`a${k}`)})::int AS ${sql.raw(`n${k}`)}`,
    sql`count(*) FILTER (WHERE ${sql.raw(`b${k}`)})::int AS ${sql.raw(`t${k}`)}`,
  ]);
  const groupingSets = sets.map(
    (id) =>
      sql`(${sql.join(
        dimensions.filter((_, j) => (id & (1 << (dimensions.length - 1 - j))) === 0).map(col),
        sql`, `,
      )})`,
  );
  const answersSql = questions.flatMap((q, k) => {
    const n = sql.raw(`n${k}`);
    const name = (i: number) => sql.raw(`d${i}`);
    const unnests = q.groupBy.flatMap((d, i) =>
      arrayColumns[d]
        ? [
            sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(g.${col(d)}) = 0 THEN ARRAY[NULL]::text[] ELSE g.${col(d)} END) AS ${sql.raw(`u${i}`)}(v)`,
          ]
        : [],
    );
    const outer = q.groupBy.map((d, i) =>
      arrayColumns[d] ? sql`${sql.raw(`u${i}`)}.v AS ${name(i)}` : sql`g.${col(d)} AS ${name(i)}`,
    );
    const positions = sql.raw(q.groupBy.map((_, i) => `${i + 1}`).join(", "));
    const values = sql.join(
      q.groupBy.map((_, i) => sql`x.${name(i)}`),
      sql`, `,
    );
    const order = sql.raw(q.groupBy.map((_, i) => `x.d${i} NULLS LAST`).join(", "));
    const id = sql.raw(String(setOf(q)));
    return [
      sql`(SELECT coalesce(json_agg(json_build_array(${values}, x.n) ORDER BY ${order}), '[]'::json)
           FROM (SELECT ${sql.join(outer, sql`, `)}, sum(g.${n})::int AS n
                 FROM g ${sql.join(unnests, sql` `)} WHERE g.gid = ${id} AND g.${n} > 0
                 GROUP BY ${positions}) x) AS ${sql.raw(`r${k}`)}`,
      sql`(SELECT coalesce(sum(g.${sql.raw(`t${k}`)}), 0) FROM g WHERE g.gid = ${id})::int AS ${sql.raw(`s${k}`)}`,
    ];
  });
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`WITH g AS (
        SELECT ${sql.join(dimensions.map(col), sql`, `)},
          GROUPING(${sql.join(dimensions.map(col), sql`, `)}) AS gid, ${sql.join(counts, sql`, `)}
        FROM (SELECT ${sql.join(inner, sql`, `)}
              FROM statistics_facts f WHERE ${parts[0]!.scan}${anyUnit ? sql` AND (${anyUnit})` : sql``}) f
        GROUP BY GROUPING SETS (${sql.join(groupingSets, sql`, `)})
      )
      SELECT ${sql.join(answersSql, sql`, `)}`,
  );
  return questions.map((q, k) => {
    const groups = row![`r${k}`] as (string | number | null)[][];
    return {
      groups: groups.map((values) => ({
        values: q.groupBy.map((_, i) => values[i] ?? null),
        count: Number(values[q.groupBy.length]),
      })),
      total: Number(row![`s${k}`] ?? 0),
    };
  });
}

/**
 * The imports the records in the scope came from, for the source. Most task forces import
 * nothing, and the partial index answers that at once; only then is the scope looked at.
 */
export async function importFormats(db: Db, scope: FactScope): Promise<string[]> {
  if (!(await importedAny(db, scope.taskForceId))) return [];
  return importFormatsIn(db, scope);
}

/** importFormats for several scopes of one task force: the partial index is asked once. */
export async function importFormatsMany(db: Db, scopes: readonly FactScope[]): Promise<string[][]> {
  const taskForces = new Set(scopes.map((s) => s.taskForceId));
  const imported = new Map<string, boolean>();
  for (const id of taskForces) imported.set(id, await importedAny(db, id));
  const answers: string[][] = [];
  for (const scope of scopes)
    answers.push(imported.get(scope.taskForceId) ? await importFormatsIn(db, scope) : []);
  return answers;
}

async function importedAny(db: Db, taskForceId: string): Promise<boolean> {
  const [any] = await queryRows<{ found: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM statistics_facts f
          WHERE f.task_force_id = ${taskForceId} AND f.import_format IS NOT NULL) AS found`,
  );
  return any?.found === true;
}

async function importFormatsIn(db: Db, scope: FactScope): Promise<string[]> {
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
