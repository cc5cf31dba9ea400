import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { periodConditions } from "../statistics/statistics.repository.ts";

/**
 * The dashboard's own reads. Counts of victims and cases come from the statistics engine; what
 * is read here from the engine's facts (which kelurahan had a case, the services and restitution
 * of the victims counted, the verdicts of the cases counted) selects its rows exactly as the
 * engine does, so its victims are the engine's victims.
 */

/** The victims or cases one figure covers: the engine's period and place rules. */
export type FactsScope = { taskForceId: string; from: string; to: string; region: string | null };

function factsWhere(scope: FactsScope): SQL {
  const parts: SQL[] = [
    sql`f.task_force_id = ${scope.taskForceId}`,
    ...periodConditions(scope.from, scope.to),
  ];
  if (scope.region)
    parts.push(
      sql`(f.identified_region_code = ${scope.region} OR f.identified_region_code LIKE ${`${scope.region}.%`})`,
    );
  return sql.join(parts, sql` AND `);
}

/** The task force's area: its region's code and name. */
export async function taskForceArea(db: Db, taskForceId: string) {
  const [row] = await queryRows<{ code: string; name: string }>(
    db,
    sql`SELECT r.code, r.name FROM task_forces t JOIN regions r ON r.code = t.region_code
        WHERE t.id = ${taskForceId}`,
  );
  return row;
}

/** The region when it is the area itself or a kecamatan or kelurahan within it. */
export async function regionWithinArea(db: Db, area: string, code: string) {
  const [row] = await queryRows<{ code: string; name: string; level: string }>(
    db,
    sql`SELECT code, name, level FROM regions
        WHERE code = ${code}
          AND (code = ${area} OR (code LIKE ${`${area}.%`} AND level IN ('kecamatan', 'kelurahan')))`,
  );
  return row;
}

export async function regionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await queryRows<{ code: string; name: string }>(
    db,
    sql`SELECT code, name FROM regions WHERE code IN (SELECT unnest(string_to_array(${[...new Set(codes)].join(",")}, ',')))`,
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

export type Term = { kind: string; code: string; labelId: string; labelEn: string; active: boolean };

/** The terms of the lists the dashboard labels, inactive ones too (old records carry them), in order. */
export async function termsOf(db: Db, kinds: readonly string[]): Promise<Term[]> {
  const rows = await queryRows<{
    kind: string;
    code: string;
    label_id: string;
    label_en: string;
    active: boolean;
  }>(
    db,
    sql`SELECT kind, code, label_id, label_en, active FROM vocabulary_terms
        WHERE kind IN (SELECT unnest(string_to_array(${kinds.join(",")}, ',')))
        ORDER BY kind, sort_order, code`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    code: r.code,
    labelId: r.label_id,
    labelEn: r.label_en,
    active: r.active,
  }));
}

/**
 * Every kelurahan under the area (a kecamatan's, or the one kelurahan asked), with the cases
 * identified in it within the scope's period: the zero-case goal's map.
 */
export async function kelurahanCases(db: Db, scope: FactsScope & { region: string }) {
  const rows = await queryRows<{ code: string; name: string; cases: number }>(
    db,
    sql`WITH counted AS (
          SELECT f.identified_region_code AS code, count(*)::int AS n
          FROM statistics_facts f
          WHERE ${factsWhere(scope)} AND f.is_case_row
          GROUP BY 1
        )
        SELECT r.code, r.name, coalesce(c.n, 0)::int AS cases
        FROM regions r LEFT JOIN counted c ON c.code = r.code
        WHERE r.level = 'kelurahan' AND (r.code = ${scope.region} OR r.code LIKE ${`${scope.region}.%`})
        ORDER BY r.name, r.code`,
  );
  return rows.map((r) => ({ code: r.code, name: r.name, cases: Number(r.cases) }));
}

type ServicesFacts = {
  services: { code: string; victims: number }[];
  measured: number;
  median: number | null;
  within7: number;
};
type RecordsFacts = {
  restitution: { victims: number; requested: number; awarded: number; paid: number };
  convictions: number;
  acquittals: number;
};

/** The law's limit for first aid: rehabilitation within 7 days of the request (UU 21/2007 art. 52). */
export const FIRST_AID_DAYS = 7;

/**
 * Services received, over the victims the engine counts in the scope, in one statement (the
 * longest of the dashboard's reads, so apart from the restitution and verdicts, which run beside it):
 * - per service type, the victims who received it (a service under way or delivered);
 * - days from the case's identification to each victim's first such service that has a start
 *   date (never below 0: a complaint's intake may come first); a case known only by its year
 *   has no day to count from and is left out.
 */
export async function servicesFacts(db: Db, scope: FactsScope): Promise<ServicesFacts> {
  const [row] = await queryRows<{ facts: ServicesFacts }>(
    db,
    // The scope's victims joined to their services at once, narrowed by the year index: a list of
    // the scope's rows shared between parts would be written out and read back.
    sql`WITH received AS (
          SELECT f.id, s.service_type_code AS code, s.started_on, f.identified_on, f.year_only
          FROM statistics_facts f JOIN services s ON s.case_person_id = f.id
          WHERE ${factsWhere(scope)} AND f.is_victim AND s.status IN ('in_progress', 'delivered')
        ),
        by_type AS (
          SELECT code, count(DISTINCT id)::int AS victims FROM received GROUP BY 1
        ),
        firsts AS (
          SELECT greatest(0, min(started_on) - identified_on) AS days
          FROM received WHERE started_on IS NOT NULL AND NOT year_only
          GROUP BY id, identified_on
        )
        SELECT json_build_object(
          'services', (SELECT coalesce(json_agg(by_type), '[]'::json) FROM by_type),
          'measured', (SELECT count(*)::int FROM firsts),
          'median', (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM firsts),
          'within7', (SELECT count(*)::int FROM firsts WHERE days <= ${FIRST_AID_DAYS})
        ) AS facts`,
  );
  const facts = row!.facts;
  return {
    services: facts.services.map((s) => ({ code: s.code, victims: Number(s.victims) })),
    measured: Number(facts.measured),
    median: facts.median === null ? null : Number(facts.median),
    within7: Number(facts.within7),
  };
}

/**
 * Restitution asked for, awarded and paid, in rupiah, over the restitution records of the victims
 * the engine counts in the scope; and the verdicts of the proceedings of the cases it counts.
 */
export async function recordsFacts(db: Db, scope: FactsScope): Promise<RecordsFacts> {
  const where = factsWhere(scope);
  const [row] = await queryRows<{ facts: RecordsFacts }>(
    db,
    sql`WITH restitution AS (
          SELECT count(DISTINCT r.case_person_id)::int AS victims,
            coalesce(sum(r.requested_rupiah), 0) AS requested,
            coalesce(sum(r.awarded_rupiah), 0) AS awarded,
            coalesce(sum(r.paid_rupiah), 0) AS paid
          FROM statistics_facts f JOIN restitutions r ON r.case_person_id = f.id
          WHERE ${where} AND f.is_victim
        ),
        verdicts AS (
          SELECT count(*) FILTER (WHERE l.verdict = 'convicted')::int AS convictions,
            count(*) FILTER (WHERE l.verdict = 'acquitted')::int AS acquittals
          FROM statistics_facts f JOIN legal_processes l ON l.case_id = f.case_id
          WHERE ${where} AND f.is_case_row
        )
        SELECT json_build_object(
          'restitution', (SELECT row_to_json(restitution) FROM restitution),
          'convictions', (SELECT convictions FROM verdicts),
          'acquittals', (SELECT acquittals FROM verdicts)
        ) AS facts`,
  );
  const facts = row!.facts;
  return {
    restitution: {
      victims: Number(facts.restitution.victims),
      requested: Number(facts.restitution.requested),
      awarded: Number(facts.restitution.awarded),
      paid: Number(facts.restitution.paid),
    },
    convictions: Number(facts.convictions),
    acquittals: Number(facts.acquittals),
  };
}

/** Meetings of the task force held that started in [from, to). */
export async function heldMeetings(db: Db, taskForceId: string, range: { from: Date; to: Date }) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM meetings
        WHERE task_force_id = ${taskForceId} AND status = 'held'
          AND starts_at >= ${range.from.toISOString()}::timestamptz
          AND starts_at < ${range.to.toISOString()}::timestamptz`,
  );
  return Number(row?.n ?? 0);
}
