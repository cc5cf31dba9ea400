import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";

/**
 * The statistics facts (server/db/schema/statistics.ts) kept equal to the records:
 *
 * - every change of a case marks it stale in the change's transaction (`markCasesStale`, called
 *   by the case timeline, which every change of a case writes to, and by the people service for
 *   the other cases of a person whose sex, birth date or origin changed);
 * - bulk writers (demo seeding, imports) call `refreshStatisticsFacts` for the cases they wrote;
 * - every statistics read first calls `ensureStatisticsFacts`, which recomputes the stale cases,
 *   and rebuilds everything when the facts were built by another definition (FACTS_VERSION) or
 *   with another mapping of forms to HTCDS types or another order of legal stages (an
 *   administrator may edit both vocabularies).
 *
 * Recomputing is one set-based statement whatever the number of cases, and an upsert, so two
 * transactions refreshing the same case end with the later one's view instead of a conflict.
 */

/** Bump when the meaning of a fact column changes: the next read rebuilds every fact. */
const FACTS_VERSION = 5;
const STATE_KEY = "statistics.facts";
// Any constant: the lock that lets one of several simultaneous readers do a full rebuild.
const REBUILD_LOCK = 80_080_001;

/** A list of uuids as one parameter (no parameter limit, the same on both drivers). */
function uuidArray(ids: readonly string[]): SQL {
  return sql`string_to_array(${ids.join(",")}, ',')::uuid[]`;
}

/**
 * Subsets of a victim's dimensions, numbered as `firstOfBit` in statistics.repository.ts numbers
 * them: bits 0–3 for sex, age group, child status and nationality, plus 16 × the origin's level
 * (0 none, 1 province, 2 regency). `subset_masks` gives, for each way two victims can agree
 * (6 bits, as `earlier` below computes), every subset they agree on.
 */
const SUBSET_COUNT = 48;
const ALL_SUBSETS = sql.raw(String(2 ** SUBSET_COUNT - 1));
const firstOfSubsets = sql.raw(`subset_masks AS (
  SELECT agreement, bit_or(1::bigint << subset) AS covered
  FROM generate_series(0, 63) AS agreement, generate_series(0, ${SUBSET_COUNT - 1}) AS subset
  WHERE ((subset % 16) & ~(agreement & 15)) = 0
    AND (subset / 16 = 0 OR (subset / 16 = 1 AND (agreement & 16) <> 0) OR (subset / 16 = 2 AND (agreement & 32) <> 0))
  GROUP BY agreement
),`);

/**
 * The facts of the cases the condition selects (an expression over `c`, the cases table),
 * inserted or updated, and the rows those cases no longer have (a victim removed, a case that
 * got its first victim) deleted.
 */
function refreshStatement(casesWhere: SQL): SQL {
  return sql`
WITH target AS (
  SELECT c.id, c.task_force_id, c.identified_on, c.identified_on_precision = 'year' AS year_only,
         c.identified_region_code, c.exploitation_forms, i.format AS import_format
  FROM cases c LEFT JOIN imports i ON i.id = c.import_id
  WHERE ${casesWhere}
),
types AS (
  -- A form without an HTCDS mapping still counts: as Other, like HTCDS's own catch-all.
  SELECT t.id AS case_id,
         array_agg(DISTINCT coalesce(v.htcds, 'Other') ORDER BY coalesce(v.htcds, 'Other')) AS types
  FROM target t
  CROSS JOIN LATERAL unnest(t.exploitation_forms) AS f(code)
  LEFT JOIN vocabulary_terms v ON v.kind = 'exploitation_form' AND v.code = f.code
  GROUP BY t.id
),
destinations AS (
  -- A destination given as a Kemendagri region lies in Indonesia.
  SELECT r.case_id,
         array_agg(DISTINCT coalesce(r.country_code, 'ID') ORDER BY coalesce(r.country_code, 'ID')) AS countries
  FROM case_route_points r JOIN target t ON t.id = r.case_id
  WHERE r.kind = 'destination' AND (r.country_code IS NOT NULL OR r.region_code IS NOT NULL)
  GROUP BY r.case_id
),
route_origins AS (
  SELECT DISTINCT ON (r.case_id) r.case_id, r.region_code
  FROM case_route_points r JOIN target t ON t.id = r.case_id
  WHERE r.kind = 'origin' AND r.region_code IS NOT NULL
  ORDER BY r.case_id, r.position
),
stages AS (
  -- The furthest stage of the case's proceedings, in the legal_stage list's order; a stopped
  -- investigation (SP3) only when every proceeding of the case stopped.
  SELECT DISTINCT ON (l.case_id) l.case_id, l.stage_code
  FROM legal_processes l JOIN target t ON t.id = l.case_id
  LEFT JOIN vocabulary_terms v ON v.kind = 'legal_stage' AND v.code = l.stage_code
  ORDER BY l.case_id, (l.stage_code <> 'investigation_stopped') DESC, v.sort_order DESC NULLS LAST, l.stage_code
),
victims AS (
  SELECT cp.id, cp.case_id,
         nullif(p.sex_code, 'unknown') AS sex,
         nullif(cp.age_group_code, 'unknown') AS age_group,
         CASE cp.is_child WHEN true THEN 'child' WHEN false THEN 'adult' END AS child_status,
         p.nationality_code AS nationality,
         -- The victim's own region of origin; else where the case's route starts.
         coalesce(p.origin_region_code, o.region_code) AS origin_region,
         row_number() OVER (PARTITION BY cp.case_id ORDER BY cp.id) AS n
  FROM case_people cp
  JOIN target t ON t.id = cp.case_id
  JOIN people p ON p.id = cp.person_id
  LEFT JOIN route_origins o ON o.case_id = cp.case_id
  WHERE cp.role = 'victim'
),
profiles AS (
  -- Each distinct "sex|childStatus" among the case's victims.
  SELECT case_id, array_agg(DISTINCT coalesce(sex, '') || '|' || coalesce(child_status, '')
                            ORDER BY coalesce(sex, '') || '|' || coalesce(child_status, '')) AS sex_child
  FROM victims GROUP BY case_id
),
${firstOfSubsets}
earlier AS (
  -- What each victim shares with each victim listed before them in the case (bit per dimension:
  -- sex, age group, child status, nationality, origin province, origin regency) and so every
  -- subset of dimensions in which they are not the case's first.
  SELECT v.id, bit_or(m.covered) AS covered
  FROM victims v
  JOIN victims w ON w.case_id = v.case_id AND w.n < v.n
  -- Bit operators share one precedence in PostgreSQL: every shift is in its own parentheses.
  JOIN subset_masks m ON m.agreement =
       (v.sex IS NOT DISTINCT FROM w.sex)::int
     | ((v.age_group IS NOT DISTINCT FROM w.age_group)::int << 1)
     | ((v.child_status IS NOT DISTINCT FROM w.child_status)::int << 2)
     | ((v.nationality IS NOT DISTINCT FROM w.nationality)::int << 3)
     | ((left(v.origin_region, 2) IS NOT DISTINCT FROM left(w.origin_region, 2))::int << 4)
     | ((left(v.origin_region, 5) IS NOT DISTINCT FROM left(w.origin_region, 5))::int << 5)
  GROUP BY v.id
),
computed AS (
  SELECT coalesce(v.id, t.id) AS id, t.id AS case_id, t.task_force_id,
         v.id IS NOT NULL AS is_victim, coalesce(v.n = 1, true) AS is_case_row,
         t.identified_on, t.year_only, extract(year FROM t.identified_on)::int AS year,
         t.identified_region_code,
         v.sex, v.age_group, v.child_status, v.nationality,
         CASE WHEN v.id IS NULL THEN o.region_code ELSE v.origin_region END AS origin_region,
         s.stage_code AS legal_stage,
         coalesce(ty.types, '{}'::text[]) AS exploitation_types,
         coalesce(d.countries, '{}'::text[]) AS destination_countries,
         CASE WHEN coalesce(v.n = 1, true) THEN coalesce(pr.sex_child, '{|}'::text[]) END AS victim_sex_child,
         (${ALL_SUBSETS}::bigint & ~coalesce(e.covered, 0)) AS first_of,
         t.import_format
  FROM target t
  LEFT JOIN victims v ON v.case_id = t.id
  LEFT JOIN types ty ON ty.case_id = t.id
  LEFT JOIN destinations d ON d.case_id = t.id
  LEFT JOIN route_origins o ON o.case_id = t.id
  LEFT JOIN stages s ON s.case_id = t.id
  LEFT JOIN profiles pr ON pr.case_id = t.id
  LEFT JOIN earlier e ON e.id = v.id
),
upserted AS (
  INSERT INTO statistics_facts AS f (id, case_id, task_force_id, is_victim, is_case_row, identified_on,
    year_only, year, identified_region_code, sex, age_group, child_status, nationality, origin_region,
    legal_stage, exploitation_types, destination_countries, victim_sex_child, first_of, import_format)
  SELECT id, case_id, task_force_id, is_victim, is_case_row, identified_on, year_only, year,
    identified_region_code, sex, age_group, child_status, nationality, origin_region, legal_stage,
    exploitation_types, destination_countries, victim_sex_child, first_of, import_format
  FROM computed
  ON CONFLICT (id) DO UPDATE SET
    case_id = excluded.case_id, task_force_id = excluded.task_force_id, is_victim = excluded.is_victim,
    is_case_row = excluded.is_case_row, identified_on = excluded.identified_on,
    year_only = excluded.year_only, year = excluded.year,
    identified_region_code = excluded.identified_region_code, sex = excluded.sex,
    age_group = excluded.age_group, child_status = excluded.child_status,
    nationality = excluded.nationality, origin_region = excluded.origin_region,
    legal_stage = excluded.legal_stage, exploitation_types = excluded.exploitation_types,
    destination_countries = excluded.destination_countries,
    victim_sex_child = excluded.victim_sex_child, first_of = excluded.first_of,
    import_format = excluded.import_format
  RETURNING f.id
)
-- NOT EXISTS, not NOT IN: an anti-join by hash, where NOT IN over many rows compares every pair.
DELETE FROM statistics_facts f
WHERE f.case_id IN (SELECT id FROM target)
  AND NOT EXISTS (SELECT 1 FROM upserted u WHERE u.id = f.id)`;
}

/** Marks cases for recomputation, in the caller's transaction (cheap: one row per case). */
export async function markCasesStale(tx: Db, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await tx.execute(
    sql`INSERT INTO statistics_stale_cases (case_id) SELECT unnest(${uuidArray(caseIds)}) ON CONFLICT DO NOTHING`,
  );
}

/** Marks every case a person takes part in: their sex, age or origin count in each. */
export async function markPersonCasesStale(tx: Db, personId: string): Promise<void> {
  await tx.execute(
    sql`INSERT INTO statistics_stale_cases (case_id)
        SELECT DISTINCT case_id FROM case_people WHERE person_id = ${personId}
        ON CONFLICT DO NOTHING`,
  );
}

/**
 * Recomputes the facts of these cases now, in the caller's transaction, in one statement. For
 * bulk writers (imports, demo seeding) that insert cases without going through the case services.
 */
export async function refreshStatisticsFacts(tx: Db, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  // A semi-join on the unnested list: `= ANY(array)` would compare each case with every id.
  await tx.execute(refreshStatement(sql`c.id IN (SELECT unnest(${uuidArray(caseIds)}))`));
}

/** The definition the facts are built by: the engine's version and the vocabularies it reads. */
async function currentDefinition(
  db: Db,
): Promise<{ current: string; stored: string | null; stale: boolean }> {
  const [row] = await queryRows<{ current: string; stored: string | null; stale: boolean }>(
    db,
    sql`SELECT
      ${String(FACTS_VERSION)} || ':' || coalesce(md5(string_agg(
        kind || ':' || code || ':' || coalesce(htcds, '') || ':' || sort_order, ',' ORDER BY kind, code)), '')
        AS current,
      (SELECT value->>'definition' FROM app_settings WHERE key = ${STATE_KEY}) AS stored,
      EXISTS (SELECT 1 FROM statistics_stale_cases) AS stale
    FROM vocabulary_terms WHERE kind IN ('exploitation_form', 'legal_stage')`,
  );
  return row!;
}

async function saveDefinition(tx: Db, definition: string) {
  const value = JSON.stringify({ definition, builtAt: new Date().toISOString() });
  await tx.execute(
    sql`INSERT INTO app_settings (key, value, updated_at) VALUES (${STATE_KEY}, ${value}::jsonb, now())
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
}

/**
 * Empties the facts for a rebuild. Truncated, so that the new rows fill a fresh file instead of
 * one twice the size which every scan would read; readers wait the few seconds the rebuild
 * takes. But a long transaction writing facts (an import) would make the truncation, and every
 * reader queued behind it, wait for as long: then the rows are deleted instead.
 */
async function emptyFacts(tx: Db) {
  const truncated = await tx
    .transaction(async (savepoint) => {
      await savepoint.execute(sql`SET LOCAL lock_timeout = '2s'`);
      await savepoint.execute(sql`TRUNCATE statistics_facts`);
      await savepoint.execute(sql`SET LOCAL lock_timeout = 0`);
    })
    .then(
      () => true,
      () => false,
    );
  if (!truncated) await tx.execute(sql`DELETE FROM statistics_facts`);
}

/** Recomputes every fact, unless `onlyIfOutdated` and another reader has just done it. */
async function rebuildAll(db: Db, onlyIfOutdated: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${REBUILD_LOCK})`);
    const state = await currentDefinition(tx);
    // Another reader may have rebuilt while this one waited for the lock.
    if (onlyIfOutdated && state.stored === state.current) return;
    await tx.execute(sql`DELETE FROM statistics_stale_cases`);
    await emptyFacts(tx);
    await tx.execute(refreshStatement(sql`true`));
    await saveDefinition(tx, state.current);
    // The planner learns the new figures now rather than when autovacuum comes by.
    await tx.execute(sql`ANALYZE statistics_facts`);
  });
}

/**
 * Recomputes every fact of the deployment. Safe at any time (the CLI's statistics:rebuild, after
 * a bulk load); one transaction, so readers see the old facts or the new ones, never a mix.
 */
export async function rebuildStatisticsFacts(db: Db): Promise<{ facts: number }> {
  await rebuildAll(db, false);
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM statistics_facts`);
  return { facts: row!.n };
}

/**
 * Brings the facts up to date before a read: nothing to do in the usual case (one small query);
 * the stale cases recomputed when some changed; everything rebuilt when the definition moved
 * (the first read after an upgrade, or after an administrator remapped a form).
 */
export async function ensureStatisticsFacts(db: Db): Promise<void> {
  const state = await currentDefinition(db);
  if (state.stored !== state.current) return rebuildAll(db, true);
  if (!state.stale) return;
  await db.transaction(async (tx) => {
    // Each reader takes the marks it deletes: two readers never recompute the same case twice.
    const taken = await queryRows<{ case_id: string }>(
      tx,
      sql`DELETE FROM statistics_stale_cases RETURNING case_id`,
    );
    await refreshStatisticsFacts(
      tx,
      taken.map((r) => r.case_id),
    );
  });
}
