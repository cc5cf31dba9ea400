import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { pseudonymousCode } from "../../lib/crypto/pseudonym.ts";
import { reserveCaseNumbers } from "../cases/case-number.ts";
import { PERSON_CODE_PREFIX } from "../cases/cases.service.ts";
import type { ImportedVictim } from "./import-record.ts";

/** Who and what the records are written for. */
export type WriteTarget = {
  importId: string;
  format: string;
  taskForceId: string;
  leadOrganizationId: string;
  userId: string | null;
  now: Date;
};

/** Cases per statement: large enough that round trips do not dominate, small enough for PGlite's memory. */
const CHUNK = 2000;

// Security: historical records carry no work; closed, they stay out of every queue of open cases
// and are read-only until a coordinator reopens one on purpose.
const CLOSURE_REASON = "Data historis hasil impor massal: dicatat sebagai kasus tertutup.";

/**
 * Writes the cases of an import in the caller's transaction, set-based: case numbers reserved
 * once per year, then a few multi-row statements per chunk of cases (JSON arrays expanded by
 * json_to_recordset, which both engines run the same way). Answers the new cases' ids.
 */
export async function writeImportedCases(
  tx: Db,
  target: WriteTarget,
  groups: readonly ImportedVictim[][],
  onProgress: (done: number, total: number) => void,
  checkpoint: () => void,
): Promise<string[]> {
  // Numbers follow the file's order within each year.
  const perYear = new Map<number, number>();
  for (const group of groups) {
    const year = Number(group[0]!.identifiedOn.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const numbering = new Map<number, { next: number; format: (seq: number) => string }>();
  for (const [year, count] of [...perYear].sort(([a], [b]) => a - b)) {
    const reserved = await reserveCaseNumbers(tx, target.taskForceId, year, count);
    numbering.set(year, { next: reserved.firstSeq, format: reserved.format });
  }

  const caseIds: string[] = [];
  let victimsDone = 0;
  const victimsTotal = groups.reduce((n, g) => n + g.length, 0);
  for (let start = 0; start < groups.length; start += CHUNK) {
    checkpoint();
    const chunk = groups.slice(start, start + CHUNK);
    const ids = await writeChunk(tx, target, chunk, numbering);
    caseIds.push(...ids);
    victimsDone += chunk.reduce((n, g) => n + g.length, 0);
    onProgress(victimsDone, victimsTotal);
  }
  return caseIds;
}

async function writeChunk(
  tx: Db,
  target: WriteTarget,
  groups: readonly ImportedVictim[][],
  numbering: Map<number, { next: number; format: (seq: number) => string }>,
): Promise<string[]> {
  const now = target.now.toISOString();
  const caseRows: (Record<string, unknown> & { id: string; number: string; import_row: number })[] = [];
  const victimRows: { caseId: string; personId: string; number: string; row: number; v: ImportedVictim }[] =
    [];
  const routeRows: {
    case_id: string;
    position: number;
    kind: string;
    region_code: string | null;
    country_code: string | null;
  }[] = [];
  for (const group of groups) {
    const c = group[0]!;
    const year = Number(c.identifiedOn.slice(0, 4));
    const counter = numbering.get(year)!;
    const seq = counter.next++;
    const id = randomUUID();
    const number = counter.format(seq);
    caseRows.push({
      id,
      task_force_id: target.taskForceId,
      number,
      year,
      seq,
      title: c.title,
      lead_organization_id: target.leadOrganizationId,
      identified_on: c.identifiedOn,
      identified_on_precision: c.precision,
      identified_region_code: c.identifiedRegionCode,
      identified_country_code: c.identifiedCountryCode,
      exploitation_forms: c.exploitationForms,
      means: c.means,
      acts: c.acts,
      recruiter_relation: c.recruiterRelation,
      summary: c.summary,
      import_row: c.row,
    });
    for (const [position, p] of c.route.entries())
      routeRows.push({
        case_id: id,
        position,
        kind: p.kind,
        region_code: p.regionCode,
        country_code: p.countryCode,
      });
    for (const v of group) victimRows.push({ caseId: id, personId: randomUUID(), number, row: v.row, v });
  }

  await tx.execute(sql`
    INSERT INTO cases (id, task_force_id, number, year, seq, title, status, lead_organization_id,
      identified_on, identified_on_precision, identified_region_code, identified_country_code,
      exploitation_forms, means, acts, recruiter_relation, summary, closure_reason, closed_at,
      closed_by_id, created_by_id, created_at, updated_at, import_id, import_row)
    SELECT r.id, r.task_force_id, r.number, r.year, r.seq, r.title, 'closed', r.lead_organization_id,
      r.identified_on, r.identified_on_precision, r.identified_region_code, r.identified_country_code,
      r.exploitation_forms, r.means, r.acts, r.recruiter_relation, r.summary, ${CLOSURE_REASON}, ${now}::timestamptz,
      ${target.userId}::uuid, ${target.userId}::uuid, ${now}::timestamptz, ${now}::timestamptz, ${target.importId}::uuid, r.import_row
    FROM json_to_recordset(${JSON.stringify(caseRows)}::json) AS r(
      id uuid, task_force_id uuid, number text, year int, seq int, title text, lead_organization_id uuid,
      identified_on date, identified_on_precision text, identified_region_code text, identified_country_code text,
      exploitation_forms text[], means text[], acts text[], recruiter_relation text, summary text, import_row int)
  `);

  const codes = await insertPeople(tx, target, victimRows);

  await tx.execute(sql`
    INSERT INTO case_people (case_id, person_id, role, age_at_exploitation, is_child, age_group_code,
      added_by_id, created_at, updated_at)
    SELECT r.case_id, r.person_id, 'victim', r.age, r.is_child, r.age_group_code,
      ${target.userId}::uuid, ${now}::timestamptz, ${now}::timestamptz
    FROM json_to_recordset(${JSON.stringify(
      victimRows.map((r) => ({
        case_id: r.caseId,
        person_id: r.personId,
        age: r.v.victim.ageAtExploitation,
        is_child: r.v.victim.isChild,
        age_group_code: r.v.victim.ageGroupCode,
      })),
    )}::json) AS r(case_id uuid, person_id uuid, age int, is_child boolean, age_group_code text)
  `);

  if (routeRows.length > 0) {
    await tx.execute(sql`
      INSERT INTO case_route_points (case_id, position, kind, region_code, country_code)
      SELECT r.case_id, r.position, r.kind, r.region_code, r.country_code
      FROM json_to_recordset(${JSON.stringify(routeRows)}::json)
        AS r(case_id uuid, position int, kind text, region_code text, country_code text)
    `);
  }

  // One timeline entry per case: where it came from (codes only, as every timeline entry).
  const codesOfCase = new Map<string, string[]>();
  for (const v of victimRows)
    codesOfCase.set(v.caseId, [...(codesOfCase.get(v.caseId) ?? []), codes.get(v.personId)!]);
  const events = caseRows.map((c) => ({
    case_id: c.id,
    data: {
      number: c.number,
      importId: target.importId,
      format: target.format,
      row: c.import_row,
      codes: codesOfCase.get(c.id) ?? [],
    },
  }));
  await tx.execute(sql`
    INSERT INTO case_events (case_id, kind, actor_id, data, occurred_at)
    SELECT r.case_id, 'case.imported', ${target.userId}::uuid, r.data, ${now}::timestamptz
    FROM json_to_recordset(${JSON.stringify(events)}::json) AS r(case_id uuid, data jsonb)
  `);
  return caseRows.map((c) => c.id);
}

/**
 * The victims as people without identity, each with a fresh pseudonymous code. A code already
 * taken (40 random bits: rare, but a hundred thousand draws make it likely once in a few hundred
 * imports) is drawn again instead of failing the whole import.
 */
async function insertPeople(
  tx: Db,
  target: WriteTarget,
  rows: readonly { personId: string; v: ImportedVictim }[],
): Promise<Map<string, string>> {
  const now = target.now.toISOString();
  const codes = new Map<string, string>();
  let pending = rows;
  while (pending.length > 0) {
    const payload = pending.map((r) => {
      const code = pseudonymousCode(PERSON_CODE_PREFIX);
      codes.set(r.personId, code);
      return {
        id: r.personId,
        code,
        sex_code: r.v.victim.sexCode,
        nationality_code: r.v.victim.nationalityCode,
        origin_region_code: r.v.victim.originRegionCode,
      };
    });
    const inserted = await queryRows<{ id: string }>(
      tx,
      sql`
        INSERT INTO people (id, task_force_id, code, sex_code, nationality_code, origin_region_code,
          created_by_id, created_at, updated_at)
        SELECT r.id, ${target.taskForceId}::uuid, r.code, r.sex_code, r.nationality_code, r.origin_region_code,
          ${target.userId}::uuid, ${now}::timestamptz, ${now}::timestamptz
        FROM json_to_recordset(${JSON.stringify(payload)}::json)
          AS r(id uuid, code text, sex_code text, nationality_code text, origin_region_code text)
        ON CONFLICT (code) DO NOTHING
        RETURNING id
      `,
    );
    const done = new Set(inserted.map((r) => r.id));
    pending = pending.filter((r) => !done.has(r.personId));
  }
  return codes;
}
