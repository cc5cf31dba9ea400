import { sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { casesOf, type ExportBatch, type ExportScope } from "./export-plan.ts";

/** A service that reached the victim (in progress or delivered), by type, with its first date. */
export type ReceivedService = { code: string; firstOn: string | null };

/** What hangs on the batch's cases and victims, each read in one grouped query. */
export type Related = {
  services: Map<string, ReceivedService[]>;
  suspects: Map<
    string,
    { sexCode: string; birthYear: number | null; age: number | null; relationCode: string | null }[]
  >;
  destinations: Map<string, string[]>;
  exploitationCountry: Map<string, string>;
  legalStage: Map<string, string>;
  verdict: Map<string, string>;
};

const grouped = <V>(rows: readonly { key: string; value: V }[]) => {
  const map = new Map<string, V[]>();
  for (const { key, value } of rows) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
};

/** What a layout reads beside the victims themselves; what it does not read is not queried. */
export type RelatedNeeds = { services: boolean; suspects: boolean; legal: boolean };

export async function relatedOf(
  db: Db,
  scope: ExportScope,
  batch: ExportBatch,
  needs: RelatedNeeds,
): Promise<Related> {
  const cases = casesOf(scope, batch);
  const none = Promise.resolve([]);
  // Independent reads, sent together: on PostgreSQL each takes a connection of the pool and they
  // run side by side; the embedded database answers them one after the other.
  const [services, suspects, route, stages, verdicts] = await Promise.all([
    needs.services
      ? queryRows<{ key: string; code: string; first_on: string | null }>(
          db,
          sql`SELECT s.case_person_id AS key, s.service_type_code AS code, min(s.started_on)::text AS first_on
          FROM cases c JOIN services s ON s.case_id = c.id
         WHERE ${cases} AND s.status IN ('in_progress', 'delivered')
         GROUP BY s.case_person_id, s.service_type_code ORDER BY s.case_person_id, s.service_type_code`,
        )
      : none,
    needs.suspects
      ? queryRows<{
          key: string;
          sex_code: string;
          birth_year: number | null;
          age: number | null;
          relation: string | null;
        }>(
          db,
          sql`SELECT scp.case_id AS key, sp.sex_code, sp.birth_year, scp.age_at_exploitation AS age,
               scp.relation_to_victim_code AS relation
          FROM cases c JOIN case_people scp ON scp.case_id = c.id JOIN people sp ON sp.id = scp.person_id
         WHERE ${cases} AND scp.role = 'suspect'
         ORDER BY scp.case_id, scp.created_at, scp.id`,
        )
      : none,
    queryRows<{ key: string; kind: string; country: string }>(
      db,
      sql`SELECT r.case_id AS key, r.kind, coalesce(r.country_code, 'ID') AS country
          FROM cases c JOIN case_route_points r ON r.case_id = c.id
         WHERE ${cases} AND r.kind IN ('destination', 'exploitation')
           AND (r.country_code IS NOT NULL OR r.region_code IS NOT NULL)
         ORDER BY r.case_id, (r.kind = 'exploitation'), r.position`,
    ),
    // The furthest stage of the case's proceedings in the legal_stage list's order; a stopped
    // investigation only when every proceeding stopped (as the statistics engine reads it).
    needs.legal
      ? queryRows<{ key: string; stage: string }>(
          db,
          sql`SELECT DISTINCT ON (l.case_id) l.case_id AS key, l.stage_code AS stage
          FROM cases c JOIN legal_processes l ON l.case_id = c.id
          LEFT JOIN vocabulary_terms v ON v.kind = 'legal_stage' AND v.code = l.stage_code
         WHERE ${cases}
         ORDER BY l.case_id, (l.stage_code <> 'investigation_stopped') DESC, v.sort_order DESC NULLS LAST, l.stage_code`,
        )
      : none,
    needs.legal
      ? queryRows<{ key: string; verdict: string }>(
          db,
          sql`SELECT DISTINCT ON (l.case_id) l.case_id AS key, l.verdict
          FROM cases c JOIN legal_processes l ON l.case_id = c.id
         WHERE ${cases} AND l.verdict IS NOT NULL
         ORDER BY l.case_id, l.verdict_on DESC NULLS LAST, l.id`,
        )
      : none,
  ]);
  const routeByCase = grouped(route.map((r) => ({ key: r.key, value: r })));
  return {
    services: grouped(services.map((s) => ({ key: s.key, value: { code: s.code, firstOn: s.first_on } }))),
    suspects: grouped(
      suspects.map((s) => ({
        key: s.key,
        value: {
          sexCode: s.sex_code,
          birthYear: s.birth_year === null ? null : Number(s.birth_year),
          age: s.age === null ? null : Number(s.age),
          relationCode: s.relation,
        },
      })),
    ),
    destinations: new Map(
      [...routeByCase].map(([key, points]) => [key, [...new Set(points.map((p) => p.country))].sort()]),
    ),
    // Ordered destinations first, exploitation points last: the last point is the one wanted.
    exploitationCountry: new Map([...routeByCase].map(([key, points]) => [key, points.at(-1)!.country])),
    legalStage: new Map(stages.map((s) => [s.key, s.stage])),
    verdict: new Map(verdicts.map((v) => [v.key, v.verdict])),
  };
}
