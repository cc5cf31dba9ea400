import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";

/**
 * The queries behind the coverage view. Each reads only the year's held activities of one task
 * force, found through prevention_activities_status_start_idx (task force, status, start), and
 * their attendees through activity_attendees_activity_idx; a year is a few thousand activities
 * at the largest demo scale, so every aggregate runs over a small set.
 */
export type YearScope = { taskForceId: string; from: Date; to: Date };

// The counts of an activity without a list; with one, its people are counted from the list.
const estimated = sql.raw(`case when a.attendee_count = 0 then
  coalesce(a.female_children, 0) + coalesce(a.female_adults, 0) + coalesce(a.female_older, 0) +
  coalesce(a.male_children, 0) + coalesce(a.male_adults, 0) + coalesce(a.male_older, 0) else 0 end`);

function held(scope: YearScope): SQL {
  return sql`a.task_force_id = ${scope.taskForceId} and a.status = 'held'
    and a.starts_at >= ${scope.from.toISOString()}::timestamptz
    and a.starts_at < ${scope.to.toISOString()}::timestamptz`;
}

type CoverageFacts = {
  perRegion: { region_code: string | null; activities: number; estimated: number; schools: number }[];
  listed: {
    region_code: string | null;
    kecamatan_code: string | null;
    by_kelurahan: boolean;
    by_kecamatan: boolean;
    people: number;
  }[];
  groups: { region_code: string; codes: string[] }[];
  schools: { region_code: string; n: number }[];
  root: string;
  areas: { code: string; name: string; level: string; parent_code: string }[];
  populations: { region_code: string; year: number; population: number; source: string }[];
};

/**
 * Everything the coverage of a year counts, in one statement (one round trip, one snapshot):
 * - per kelurahan (null: online or without a place): held activities, estimated people (counts
 *   of activities without a list), schools reached;
 * - distinct people on attendance lists per kelurahan, per kecamatan and over the whole task
 *   force in one pass (grouping sets): a person listed in two kelurahan counts in each, and
 *   once in the kecamatan and the total;
 * - the target groups addressed per kelurahan; the active schools per kelurahan;
 * - the area itself (the task force's region, its kecamatan and kelurahan) and the population
 *   figure that applies to the year (see `populations`).
 */
export async function coverageFacts(db: Db, scope: YearScope, year: number): Promise<CoverageFacts> {
  const [row] = await queryRows<{ facts: CoverageFacts }>(
    db,
    sql`with held as (
          select a.id, a.region_code, a.school_id, a.target_group_codes, ${estimated} as estimated
          from prevention_activities a
          where ${held(scope)}
        ),
        per_region as (
          select region_code, count(*)::int as activities, coalesce(sum(estimated), 0)::int as estimated,
            count(distinct school_id)::int as schools
          from held group by region_code
        ),
        listed as (
          select h.region_code, r.parent_code as kecamatan_code,
            grouping(h.region_code) = 0 as by_kelurahan, grouping(r.parent_code) = 0 as by_kecamatan,
            count(distinct p.person_key)::int as people
          from held h
          join activity_attendees p on p.activity_id = h.id
          left join regions r on r.code = h.region_code
          group by grouping sets ((h.region_code), (r.parent_code), ())
        ),
        groups as (
          select h.region_code, array_agg(distinct t.code order by t.code) as codes
          from held h cross join lateral unnest(h.target_group_codes) as t(code)
          where h.region_code is not null
          group by h.region_code
        ),
        school_counts as (
          select region_code, count(*)::int as n from schools
          where task_force_id = ${scope.taskForceId} and active group by region_code
        ),
        root as (select region_code from task_forces where id = ${scope.taskForceId}),
        areas as (
          select code, name, level, parent_code from regions
          where code like (select region_code from root) || '.%' and level in ('kecamatan', 'kelurahan')
          order by name
        ),
        figures as (
          select distinct on (region_code) region_code, year, population, source
          from region_populations
          where task_force_id = ${scope.taskForceId}
          order by region_code, (year > ${year}), abs(year - ${year})
        )
        select json_build_object(
          'root', (select region_code from root),
          'areas', (select coalesce(json_agg(areas), '[]'::json) from areas),
          'populations', (select coalesce(json_agg(figures), '[]'::json) from figures),
          'perRegion', (select coalesce(json_agg(per_region), '[]'::json) from per_region),
          'listed', (select coalesce(json_agg(listed), '[]'::json) from listed),
          'groups', (select coalesce(json_agg(groups), '[]'::json) from groups),
          'schools', (select coalesce(json_agg(school_counts), '[]'::json) from school_counts)
        ) as facts`,
  );
  return row!.facts;
}

/** The kecamatan and kelurahan under the task force's region, in name order. */
export async function areaRegions(db: Db, root: string) {
  const rows = await queryRows<{ code: string; name: string; level: string; parent_code: string }>(
    db,
    sql`select code, name, level, parent_code from regions
        where code like ${`${root}.%`} and level in ('kecamatan', 'kelurahan')
        order by name`,
  );
  return {
    kecamatan: rows.filter((r) => r.level === "kecamatan"),
    kelurahan: rows.filter((r) => r.level === "kelurahan"),
  };
}

/**
 * Each kelurahan's population for a year: the latest figure on or before it, else the earliest
 * after it (a census year rarely matches the year asked).
 */
export async function populations(db: Db, taskForceId: string, year: number) {
  const rows = await queryRows<{ region_code: string; year: number; population: number; source: string }>(
    db,
    sql`select distinct on (region_code) region_code, year, population, source
        from region_populations
        where task_force_id = ${taskForceId}
        order by region_code, (year > ${year}), abs(year - ${year})`,
  );
  return new Map(
    rows.map((r) => [
      r.region_code,
      { year: Number(r.year), population: Number(r.population), source: r.source },
    ]),
  );
}

/** Every active school (of one area, when given) with its reach in the year. */
export async function schoolReach(db: Db, scope: YearScope, regionCode?: string) {
  const area = regionCode
    ? regionCode.split(".").length >= 4
      ? sql`and s.region_code = ${regionCode}`
      : sql`and s.region_code like ${`${regionCode}.%`}`
    : sql``;
  const rows = await queryRows<{
    id: string;
    name: string;
    level: string;
    ownership: string;
    region_code: string;
    region_name: string;
    activities: number;
    estimated: number;
    listed: number;
    codes: string[] | null;
  }>(
    db,
    sql`with acts as (
          select a.id, a.school_id, a.target_group_codes, ${estimated} as estimated
          from prevention_activities a
          where ${held(scope)} and a.school_id is not null
        ),
        per_school as (
          select school_id, count(*)::int as activities, sum(estimated)::int as estimated
          from acts group by school_id
        ),
        listed as (
          select acts.school_id, count(distinct p.person_key)::int as listed
          from acts join activity_attendees p on p.activity_id = acts.id
          group by acts.school_id
        ),
        groups as (
          select acts.school_id, array_agg(distinct t.code order by t.code) as codes
          from acts cross join lateral unnest(acts.target_group_codes) as t(code)
          group by acts.school_id
        )
        select s.id, s.name, s.level, s.ownership, s.region_code, r.name as region_name,
          coalesce(ps.activities, 0) as activities, coalesce(ps.estimated, 0) as estimated,
          coalesce(l.listed, 0) as listed, g.codes
        from schools s
        join regions r on r.code = s.region_code
        left join per_school ps on ps.school_id = s.id
        left join listed l on l.school_id = s.id
        left join groups g on g.school_id = s.id
        where s.task_force_id = ${scope.taskForceId} and s.active ${area}
        order by r.name, s.name, s.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    ownership: r.ownership,
    regionCode: r.region_code,
    regionName: r.region_name,
    activitiesHeld: Number(r.activities),
    peopleReached: Number(r.estimated) + Number(r.listed),
    targetGroupCodes: r.codes ?? [],
  }));
}
