import { and, asc, desc, eq, gte, inArray, like, lt, or, type SQL, sql } from "drizzle-orm";
import { countFields, countsTotal, type ParticipantCounts } from "../../../shared/prevention.ts";
import type { Db } from "../../db/database.ts";
import { organizations } from "../../db/schema/organizations.ts";
import { preventionActivities, schools } from "../../db/schema/prevention.ts";
import { regions } from "../../db/schema/reference.ts";

/**
 * The prevention activities the public may see, read-only: when, where, who organises, and for
 * past ones how many people were reached. Never an attendance list, a note or a photo.
 * Only activities meant for the public are shown: patrols and the training of officials are not
 * announced, and a cancelled activity is not news.
 */
export const publicActivityTypes = ["awareness_session", "community_education", "media_campaign"] as const;

export type PublicActivity = {
  id: string;
  typeCode: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  placeKind: string;
  placeDetail: string | null;
  schoolName: string | null;
  kelurahanCode: string | null;
  kelurahanName: string | null;
  organizer: string;
  /** People reached (held activities): the attendance list, else the counts entered; null if neither. */
  reached: number | null;
};

const kelurahanCode = sql<string | null>`coalesce(${preventionActivities.regionCode}, ${schools.regionCode})`;

const columns = {
  id: preventionActivities.id,
  typeCode: preventionActivities.typeCode,
  title: preventionActivities.title,
  startsAt: preventionActivities.startsAt,
  endsAt: preventionActivities.endsAt,
  placeKind: preventionActivities.placeKind,
  placeDetail: preventionActivities.placeDetail,
  schoolName: schools.name,
  kelurahanCode,
  kelurahanName: regions.name,
  organizerName: organizations.name,
  organizerShortName: organizations.shortName,
  attendeeCount: preventionActivities.attendeeCount,
  femaleChildren: preventionActivities.femaleChildren,
  femaleAdults: preventionActivities.femaleAdults,
  femaleOlder: preventionActivities.femaleOlder,
  maleChildren: preventionActivities.maleChildren,
  maleAdults: preventionActivities.maleAdults,
  maleOlder: preventionActivities.maleOlder,
};

type Row = { [K in keyof typeof columns]: unknown } & Record<(typeof countFields)[number], number | null>;

function reachOf(row: Row): number | null {
  if ((row.attendeeCount as number) > 0) return row.attendeeCount as number;
  if (countFields.every((field) => row[field] === null)) return null;
  const counts = Object.fromEntries(countFields.map((f) => [f, row[f] ?? 0])) as ParticipantCounts;
  return countsTotal(counts);
}

function present(row: Row): PublicActivity {
  return {
    id: row.id as string,
    typeCode: row.typeCode as string,
    title: row.title as string,
    startsAt: new Date(row.startsAt as Date),
    endsAt: row.endsAt ? new Date(row.endsAt as Date) : null,
    placeKind: row.placeKind as string,
    placeDetail: row.placeDetail as string | null,
    schoolName: row.schoolName as string | null,
    kelurahanCode: row.kelurahanCode as string | null,
    kelurahanName: row.kelurahanName as string | null,
    organizer: ((row.organizerShortName as string | null) ?? (row.organizerName as string)) || "",
    reached: reachOf(row),
  };
}

function select(db: Db, where: SQL | undefined) {
  return db
    .select(columns)
    .from(preventionActivities)
    .leftJoin(schools, eq(schools.id, preventionActivities.schoolId))
    .leftJoin(regions, eq(regions.code, kelurahanCode))
    .innerJoin(organizations, eq(organizations.id, preventionActivities.organizerOrganizationId))
    .where(where);
}

type Scope = { taskForceId: string; kelurahan?: string | null };

function scoped(scope: Scope, ...conditions: SQL[]): SQL | undefined {
  return and(
    eq(preventionActivities.taskForceId, scope.taskForceId),
    inArray(preventionActivities.typeCode, [...publicActivityTypes]),
    scope.kelurahan ? eq(kelurahanCode, scope.kelurahan) : undefined,
    ...conditions,
  );
}

/** Planned activities that have not ended yet, soonest first. */
export async function upcomingActivities(db: Db, scope: Scope, now: Date, limit: number) {
  const rows = await select(
    db,
    scoped(
      scope,
      eq(preventionActivities.status, "planned"),
      or(gte(preventionActivities.startsAt, now), gte(preventionActivities.endsAt, now))!,
    ),
  )
    .orderBy(asc(preventionActivities.startsAt), asc(preventionActivities.id))
    .limit(limit);
  return rows.map((row) => present(row as Row));
}

/** Held activities, newest first; `before` pages back through older ones. */
export async function pastActivities(db: Db, scope: Scope, before: Date, limit: number) {
  const rows = await select(
    db,
    scoped(scope, eq(preventionActivities.status, "held"), lt(preventionActivities.startsAt, before)),
  )
    .orderBy(desc(preventionActivities.startsAt), desc(preventionActivities.id))
    .limit(limit);
  return rows.map((row) => present(row as Row));
}

/** How many activities were held since `from`, and how many people they reached. */
export async function reachSince(db: Db, scope: Scope, from: Date, now: Date) {
  const rows = await select(
    db,
    scoped(
      scope,
      eq(preventionActivities.status, "held"),
      gte(preventionActivities.startsAt, from),
      lt(preventionActivities.startsAt, now),
    ),
  );
  const activities = rows.map((row) => present(row as Row));
  return { activities: activities.length, people: activities.reduce((sum, a) => sum + (a.reached ?? 0), 0) };
}

/** The kelurahan of the task force's area, for the filter: grouped by kecamatan. */
export function areaKelurahan(db: Db, regionCode: string) {
  return db
    .select({ code: regions.code, name: regions.name, parentCode: regions.parentCode })
    .from(regions)
    .where(and(inArray(regions.level, ["kelurahan", "desa"]), like(regions.code, `${regionCode}.%`)))
    .orderBy(asc(regions.code));
}

export function kecamatanNames(db: Db, regionCode: string) {
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.level, "kecamatan"), like(regions.code, `${regionCode}.%`)));
}
