import {
  aliasedTable,
  and,
  asc,
  eq,
  getTableColumns,
  gt,
  gte,
  like,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { ActivityStatus } from "../../../shared/prevention.ts";
import type { Db } from "../../db/database.ts";
import {
  activityAttendees,
  activityPartners,
  organizations,
  preventionActivities,
  regions,
  schools,
  users,
  workingGroups,
} from "../../db/schema/index.ts";

const kecamatan = aliasedTable(regions, "kecamatan");
const creator = aliasedTable(users, "creator");

/** The columns a list row shows. */
const summaryColumns = {
  id: preventionActivities.id,
  typeCode: preventionActivities.typeCode,
  title: preventionActivities.title,
  status: preventionActivities.status,
  startsAt: preventionActivities.startsAt,
  endsAt: preventionActivities.endsAt,
  placeKind: preventionActivities.placeKind,
  regionCode: preventionActivities.regionCode,
  regionName: regions.name,
  schoolId: preventionActivities.schoolId,
  schoolName: schools.name,
  organizerOrganizationId: preventionActivities.organizerOrganizationId,
  organizerName: organizations.name,
  targetGroupCodes: preventionActivities.targetGroupCodes,
  attendeeCount: preventionActivities.attendeeCount,
  femaleChildren: preventionActivities.femaleChildren,
  femaleAdults: preventionActivities.femaleAdults,
  femaleOlder: preventionActivities.femaleOlder,
  maleChildren: preventionActivities.maleChildren,
  maleAdults: preventionActivities.maleAdults,
  maleOlder: preventionActivities.maleOlder,
};

export type ActivityFilter = {
  taskForceId: string;
  from?: Date;
  to?: Date;
  typeCode?: string;
  status?: ActivityStatus;
  regionCode?: string;
  organizerOrganizationId?: string;
  schoolId?: string;
};

function filterWhere(f: ActivityFilter): SQL {
  const a = preventionActivities;
  // A kelurahan code has four parts; a shorter one (a kecamatan) matches every kelurahan under it.
  const region =
    f.regionCode === undefined
      ? undefined
      : f.regionCode.split(".").length >= 4
        ? eq(a.regionCode, f.regionCode)
        : like(a.regionCode, `${f.regionCode}.%`);
  return and(
    eq(a.taskForceId, f.taskForceId),
    f.from ? gte(a.startsAt, f.from) : undefined,
    f.to ? lt(a.startsAt, f.to) : undefined,
    f.typeCode ? eq(a.typeCode, f.typeCode) : undefined,
    f.status ? eq(a.status, f.status) : undefined,
    region,
    f.organizerOrganizationId ? eq(a.organizerOrganizationId, f.organizerOrganizationId) : undefined,
    f.schoolId ? eq(a.schoolId, f.schoolId) : undefined,
  )!;
}

export type ListCursor = { upcoming: boolean; startsAt: Date; id: string };

/**
 * A keyset page: planned activities from today on first, soonest first (what is coming is what
 * an organiser looks for), then everything else newest first. `from` is the start of today.
 */
export async function listActivitiesPage(
  db: Db,
  filter: ActivityFilter,
  today: Date,
  after: ListCursor | null,
  limit: number,
) {
  const a = preventionActivities;
  const upcoming = sql<boolean>`(${a.status} = 'planned' and ${a.startsAt} >= ${today.toISOString()}::timestamptz)`;
  let keyset: SQL | undefined;
  if (after?.upcoming) {
    keyset = or(
      and(
        upcoming,
        or(gt(a.startsAt, after.startsAt), and(eq(a.startsAt, after.startsAt), gt(a.id, after.id))),
      ),
      sql`not ${upcoming}`,
    );
  } else if (after) {
    keyset = and(
      sql`not ${upcoming}`,
      or(lt(a.startsAt, after.startsAt), and(eq(a.startsAt, after.startsAt), gt(a.id, after.id))),
    );
  }
  return db
    .select({ ...summaryColumns, upcoming })
    .from(a)
    .leftJoin(regions, eq(regions.code, a.regionCode))
    .leftJoin(schools, eq(schools.id, a.schoolId))
    .innerJoin(organizations, eq(organizations.id, a.organizerOrganizationId))
    .where(and(filterWhere(filter), keyset))
    .orderBy(
      sql`${upcoming} desc`,
      sql`case when ${upcoming} then ${a.startsAt} end asc`,
      sql`case when not ${upcoming} then ${a.startsAt} end desc`,
      asc(a.id),
    )
    .limit(limit + 1);
}

export type ActivitySummaryRow = Awaited<ReturnType<typeof listActivitiesPage>>[number];

/** One activity with everything its page shows. */
export async function findActivity(db: Db, id: string) {
  const [row] = await db
    .select({
      ...getTableColumns(preventionActivities),
      regionName: regions.name,
      kecamatanCode: kecamatan.code,
      kecamatanName: kecamatan.name,
      schoolName: schools.name,
      organizerName: organizations.name,
      workingGroupNameId: workingGroups.nameId,
      workingGroupNameEn: workingGroups.nameEn,
      createdByName: creator.name,
    })
    .from(preventionActivities)
    .leftJoin(regions, eq(regions.code, preventionActivities.regionCode))
    .leftJoin(kecamatan, eq(kecamatan.code, regions.parentCode))
    .leftJoin(schools, eq(schools.id, preventionActivities.schoolId))
    .innerJoin(organizations, eq(organizations.id, preventionActivities.organizerOrganizationId))
    .leftJoin(workingGroups, eq(workingGroups.id, preventionActivities.workingGroupId))
    .leftJoin(creator, eq(creator.id, preventionActivities.createdById))
    .where(eq(preventionActivities.id, id));
  if (!row) return undefined;
  const partners = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(activityPartners)
    .innerJoin(organizations, eq(organizations.id, activityPartners.organizationId))
    .where(eq(activityPartners.activityId, id))
    .orderBy(asc(organizations.name));
  return { ...row, partners };
}

export type ActivityDetailRow = NonNullable<Awaited<ReturnType<typeof findActivity>>>;

/** The stored activity, optionally locked for a change in the caller's transaction. */
export async function findActivityRecord(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(preventionActivities).where(eq(preventionActivities.id, id));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

export type ActivityRow = typeof preventionActivities.$inferSelect;

export async function findPartnerIds(db: Db, activityId: string): Promise<string[]> {
  const rows = await db
    .select({ id: activityPartners.organizationId })
    .from(activityPartners)
    .where(eq(activityPartners.activityId, activityId));
  return rows.map((r) => r.id).sort();
}

export async function replacePartners(tx: Db, activityId: string, organizationIds: readonly string[]) {
  await tx.delete(activityPartners).where(eq(activityPartners.activityId, activityId));
  if (organizationIds.length === 0) return;
  await tx
    .insert(activityPartners)
    .values(organizationIds.map((organizationId) => ({ activityId, organizationId })));
}

/** Attendees by sex and age band: the counts an attendance list stands for. */
export async function attendeeCounts(db: Db, activityId: string) {
  return db
    .select({
      sex: activityAttendees.sex,
      ageBand: activityAttendees.ageBand,
      n: sql<number>`count(*)::int`,
    })
    .from(activityAttendees)
    .where(eq(activityAttendees.activityId, activityId))
    .groupBy(activityAttendees.sex, activityAttendees.ageBand);
}
