import { aliasedTable, and, desc, eq, like, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import {
  caseEvents,
  casePeople,
  caseRoutePoints,
  cases,
  complaints,
  legalProcesses,
  organizations,
  people,
  referrals,
  regions,
  users,
} from "../../db/schema/index.ts";

const identifiedRegion = aliasedTable(regions, "identified_region");
const closureRequester = aliasedTable(users, "closure_requester");

// Correlated subqueries stay cheap: each runs for the 50 rows of a page, on an index.
const victimCount = sql<number>`(select count(*)::int from ${casePeople} where ${casePeople.caseId} = ${cases.id} and ${casePeople.role} = 'victim')`;
const legalStage = sql<
  string | null
>`(select ${legalProcesses.stageCode} from ${legalProcesses} where ${legalProcesses.caseId} = ${cases.id} order by ${legalProcesses.updatedAt} desc limit 1)`;
const overdueReferrals = (now: Date) =>
  sql<number>`(select count(*)::int from ${referrals} where ${referrals.caseId} = ${cases.id} and ${referrals.status} = 'sent' and ${referrals.dueAt} < ${now.toISOString()})`;

export function caseListColumns(now: Date) {
  return {
    id: cases.id,
    number: cases.number,
    title: cases.title,
    status: cases.status,
    leadOrganizationName: organizations.name,
    caseManagerName: users.name,
    identifiedOn: cases.identifiedOn,
    identifiedOnPrecision: cases.identifiedOnPrecision,
    identifiedRegionCode: cases.identifiedRegionCode,
    identifiedRegionName: identifiedRegion.name,
    exploitationForms: cases.exploitationForms,
    riskLevel: cases.riskLevel,
    victimCount,
    legalStage,
    overdueReferrals: overdueReferrals(now),
    closureRequestedAt: cases.closureRequestedAt,
  };
}

export type CaseFilter = {
  visible: SQL;
  now: Date;
  numberPattern?: string;
  personCode?: string;
  status?: string;
  legalStage?: string;
  exploitationForm?: string;
  regionCode?: string;
  leadOrganizationId?: string;
  year?: number;
  overdue?: boolean;
  closureRequested?: boolean;
};

function filterWhere(f: CaseFilter): SQL {
  return and(
    f.visible,
    f.numberPattern ? like(cases.number, f.numberPattern) : undefined,
    f.personCode
      ? sql`exists (select 1 from ${casePeople} join ${people} on ${people.id} = ${casePeople.personId} where ${casePeople.caseId} = ${cases.id} and ${people.code} = ${f.personCode})`
      : undefined,
    f.status ? eq(cases.status, f.status) : undefined,
    f.legalStage
      ? sql`exists (select 1 from ${legalProcesses} where ${legalProcesses.caseId} = ${cases.id} and ${legalProcesses.stageCode} = ${f.legalStage})`
      : undefined,
    f.exploitationForm ? sql`${cases.exploitationForms} @> array[${f.exploitationForm}]::text[]` : undefined,
    f.regionCode
      ? or(
          eq(cases.identifiedRegionCode, f.regionCode),
          like(cases.identifiedRegionCode, `${f.regionCode}.%`),
        )
      : undefined,
    f.leadOrganizationId ? eq(cases.leadOrganizationId, f.leadOrganizationId) : undefined,
    f.year ? eq(cases.year, f.year) : undefined,
    f.overdue
      ? sql`exists (select 1 from ${referrals} where ${referrals.caseId} = ${cases.id} and ${referrals.status} = 'sent' and ${referrals.dueAt} < ${f.now.toISOString()})`
      : undefined,
    f.closureRequested
      ? and(sql`${cases.closureRequestedAt} is not null`, sql`${cases.status} <> 'closed'`)
      : undefined,
  )!;
}

/** A keyset page of cases, newest identification first; `after` is (identifiedOn, id). */
export async function listCasesPage(
  db: Db,
  filter: CaseFilter,
  after: (string | number)[] | null,
  limit: number,
) {
  return db
    .select(caseListColumns(filter.now))
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.leadOrganizationId))
    .leftJoin(users, eq(users.id, cases.caseManagerId))
    .leftJoin(identifiedRegion, eq(identifiedRegion.code, cases.identifiedRegionCode))
    .where(
      and(
        filterWhere(filter),
        after
          ? or(
              lt(cases.identifiedOn, String(after[0])),
              and(eq(cases.identifiedOn, String(after[0])), lt(cases.id, String(after[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(desc(cases.identifiedOn), desc(cases.id))
    .limit(limit + 1);
}

type RoutePointRow = {
  kind: string;
  regionCode: string | null;
  regionName: string | null;
  countryCode: string | null;
  placeTypeCode: string | null;
  description: string | null;
};

// The case page's parts come back as JSON from subqueries: one round trip for the whole summary.
const routeJson = sql<RoutePointRow[]>`coalesce((select json_agg(json_build_object(
    'kind', p.kind, 'regionCode', p.region_code, 'regionName', r.name, 'countryCode', p.country_code,
    'placeTypeCode', p.place_type_code, 'description', p.description) order by p.position)
  from ${caseRoutePoints} p left join ${regions} r on r.code = p.region_code where p.case_id = ${cases.id}), '[]'::json)`;
const roleCountsJson = sql<
  { role: string; count: number }[]
>`coalesce((select json_agg(json_build_object('role', x.role, 'count', x.n))
  from (select ${casePeople.role} as role, count(*)::int as n from ${casePeople} where ${casePeople.caseId} = ${cases.id} group by ${casePeople.role}) x), '[]'::json)`;
const linkedJson = sql<
  { id: string; trackingCode: string; receivedAt: string }[]
>`coalesce((select json_agg(json_build_object(
    'id', c.id, 'trackingCode', c.tracking_code, 'receivedAt', c.received_at) order by c.received_at)
  from ${complaints} c where c.case_id = ${cases.id}), '[]'::json)`;

/** One case with everything its summary shows. */
export async function findCase(db: Db, id: string) {
  const [row] = await db
    .select({
      case: cases,
      leadOrganizationName: organizations.name,
      caseManagerName: users.name,
      identifiedRegionName: identifiedRegion.name,
      closureRequestedByName: closureRequester.name,
      route: routeJson,
      roleCounts: roleCountsJson,
      linked: linkedJson,
    })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.leadOrganizationId))
    .leftJoin(users, eq(users.id, cases.caseManagerId))
    .leftJoin(identifiedRegion, eq(identifiedRegion.code, cases.identifiedRegionCode))
    .leftJoin(closureRequester, eq(closureRequester.id, cases.closureRequestedById))
    .where(eq(cases.id, id));
  return row;
}

export type CaseDetailRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** A page of a case's timeline, oldest first; `after` is (occurredAt ISO, id). */
export async function listTimelinePage(
  db: Db,
  caseId: string,
  after: (string | number)[] | null,
  limit: number,
) {
  return db
    .select({
      id: caseEvents.id,
      occurredAt: caseEvents.occurredAt,
      kind: caseEvents.kind,
      actorName: users.name,
      data: caseEvents.data,
      note: caseEvents.note,
    })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorId))
    .where(
      and(
        eq(caseEvents.caseId, caseId),
        after
          ? or(
              sql`${caseEvents.occurredAt} > ${String(after[0])}`,
              and(
                sql`${caseEvents.occurredAt} = ${String(after[0])}`,
                sql`${caseEvents.id} > ${String(after[1])}`,
              ),
            )
          : undefined,
      ),
    )
    .orderBy(caseEvents.occurredAt, caseEvents.id)
    .limit(limit + 1);
}
