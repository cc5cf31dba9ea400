import { and, asc, desc, eq, gte, like, lte, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { EarlyWarningStatus, EarlyWarningUrgency } from "../../../shared/early-warnings.ts";
import type { Db } from "../../db/database.ts";
import {
  complaints,
  earlyWarningEvents,
  earlyWarningPhotos,
  earlyWarnings,
  organizations,
  regions,
  users,
} from "../../db/schema/index.ts";

const village = alias(regions, "village");
const district = alias(regions, "district");
const policeOrganization = alias(organizations, "police_organization");

/**
 * The queue's order as one number, smallest first: warnings still waiting for the secretariat
 * by urgency (an emergency before anything else; new before verified at the same urgency),
 * then the escalated, then the closed.
 */
export const queuePriority = sql<number>`(CASE
  WHEN ${earlyWarnings.status} IN ('new', 'verified') THEN
    (CASE ${earlyWarnings.urgency} WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 2 ELSE 4 END)
    + (CASE ${earlyWarnings.status} WHEN 'verified' THEN 1 ELSE 0 END)
  WHEN ${earlyWarnings.status} = 'escalated' THEN 6
  ELSE 7 END)`;

/** The columns a list row shows: never what was seen, never the photo. */
const summaryColumns = {
  id: earlyWarnings.id,
  code: earlyWarnings.code,
  kindCode: earlyWarnings.kindCode,
  urgency: earlyWarnings.urgency,
  status: earlyWarnings.status,
  regionCode: earlyWarnings.regionCode,
  regionName: village.name,
  districtName: district.name,
  observedOn: earlyWarnings.observedOn,
  observedTime: earlyWarnings.observedTime,
  reportedByName: users.name,
  organizationName: organizations.name,
  hasPhoto: sql<boolean>`(${earlyWarningPhotos.earlyWarningId} IS NOT NULL)`,
  escalatedTo: earlyWarnings.escalatedTo,
  createdAt: earlyWarnings.createdAt,
  updatedAt: earlyWarnings.updatedAt,
  priority: queuePriority,
};

function selectSummaries(db: Db) {
  return db
    .select(summaryColumns)
    .from(earlyWarnings)
    .innerJoin(village, eq(village.code, earlyWarnings.regionCode))
    .leftJoin(district, eq(district.code, village.parentCode))
    .innerJoin(users, eq(users.id, earlyWarnings.reportedById))
    .innerJoin(organizations, eq(organizations.id, earlyWarnings.organizationId))
    .leftJoin(earlyWarningPhotos, eq(earlyWarningPhotos.earlyWarningId, earlyWarnings.id));
}

export type EarlyWarningSummaryRow = Awaited<ReturnType<typeof listRecentPage>>[number];

export type EarlyWarningFilter = {
  visible: SQL;
  status?: EarlyWarningStatus;
  kind?: string;
  urgency?: EarlyWarningUrgency;
  regionCode?: string;
  from?: string;
  to?: string;
};

function filterWhere(f: EarlyWarningFilter): SQL {
  return and(
    f.visible,
    f.status ? eq(earlyWarnings.status, f.status) : undefined,
    f.kind ? eq(earlyWarnings.kindCode, f.kind) : undefined,
    f.urgency ? eq(earlyWarnings.urgency, f.urgency) : undefined,
    // A kecamatan takes in its kelurahan: Kemendagri codes nest by prefix.
    f.regionCode
      ? or(eq(earlyWarnings.regionCode, f.regionCode), like(earlyWarnings.regionCode, `${f.regionCode}.%`))
      : undefined,
    f.from ? gte(earlyWarnings.observedOn, f.from) : undefined,
    f.to ? lte(earlyWarnings.observedOn, f.to) : undefined,
  )!;
}

export type QueueCursor = { priority: number; createdAt: Date; id: string };
export type RecentCursor = { createdAt: Date; id: string };

/** A keyset page of the secretariat's queue: waiting and urgent first, then newest first. */
export async function listQueuePage(
  db: Db,
  filter: EarlyWarningFilter,
  after: QueueCursor | null,
  limit: number,
) {
  return selectSummaries(db)
    .where(
      and(
        filterWhere(filter),
        after
          ? sql`(${queuePriority} > ${after.priority} OR (${queuePriority} = ${after.priority} AND (${earlyWarnings.createdAt}, ${earlyWarnings.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)))`
          : undefined,
      ),
    )
    .orderBy(asc(queuePriority), desc(earlyWarnings.createdAt), desc(earlyWarnings.id))
    .limit(limit + 1);
}

/** A keyset page of a reporter's list: the most recently filed first. */
export async function listRecentPage(
  db: Db,
  filter: EarlyWarningFilter,
  after: RecentCursor | null,
  limit: number,
) {
  return selectSummaries(db)
    .where(
      and(
        filterWhere(filter),
        after
          ? sql`(${earlyWarnings.createdAt}, ${earlyWarnings.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(earlyWarnings.createdAt), desc(earlyWarnings.id))
    .limit(limit + 1);
}

/** One warning with everything its page shows, what was seen still sealed. */
export async function findWarningDetail(db: Db, id: string) {
  const [row] = await db
    .select({
      summary: summaryColumns,
      descriptionEnc: earlyWarnings.descriptionEnc,
      placeDetail: earlyWarnings.placeDetail,
      photoMimeType: earlyWarningPhotos.mimeType,
      photoSizeBytes: earlyWarningPhotos.sizeBytes,
      escalatedAt: earlyWarnings.escalatedAt,
      complaintId: earlyWarnings.complaintId,
      complaintTrackingCode: complaints.trackingCode,
      policeOrganizationId: earlyWarnings.policeOrganizationId,
      policeOrganizationName: policeOrganization.name,
      policeUnitName: earlyWarnings.policeUnitName,
      closeReason: earlyWarnings.closeReason,
    })
    .from(earlyWarnings)
    .innerJoin(village, eq(village.code, earlyWarnings.regionCode))
    .leftJoin(district, eq(district.code, village.parentCode))
    .innerJoin(users, eq(users.id, earlyWarnings.reportedById))
    .innerJoin(organizations, eq(organizations.id, earlyWarnings.organizationId))
    .leftJoin(earlyWarningPhotos, eq(earlyWarningPhotos.earlyWarningId, earlyWarnings.id))
    .leftJoin(complaints, eq(complaints.id, earlyWarnings.complaintId))
    .leftJoin(policeOrganization, eq(policeOrganization.id, earlyWarnings.policeOrganizationId))
    .where(eq(earlyWarnings.id, id));
  return row;
}

export type EarlyWarningDetailRow = NonNullable<Awaited<ReturnType<typeof findWarningDetail>>>;

/** The warning's row for a rule or a change, optionally locked in the caller's transaction. */
export async function findWarningRecord(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(earlyWarnings).where(eq(earlyWarnings.id, id));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

export type EarlyWarningRow = NonNullable<Awaited<ReturnType<typeof findWarningRecord>>>;

/** The status changes of a warning, oldest first. */
export async function findWarningEvents(db: Db, id: string) {
  return db
    .select({
      status: earlyWarningEvents.status,
      occurredAt: earlyWarningEvents.occurredAt,
      actorName: users.name,
      note: earlyWarningEvents.note,
      data: earlyWarningEvents.data,
    })
    .from(earlyWarningEvents)
    .leftJoin(users, eq(users.id, earlyWarningEvents.actorId))
    .where(eq(earlyWarningEvents.earlyWarningId, id))
    .orderBy(asc(earlyWarningEvents.occurredAt), asc(earlyWarningEvents.id));
}

export type EarlyWarningEventRow = Awaited<ReturnType<typeof findWarningEvents>>[number];

export async function findWarningPhoto(db: Db, id: string) {
  const [row] = await db.select().from(earlyWarningPhotos).where(eq(earlyWarningPhotos.earlyWarningId, id));
  return row;
}

/** The kelurahan within a region (the task force's city or province) with their kecamatan, by name. */
export async function findVillagesBelow(db: Db, rootCode: string) {
  return db
    .select({
      code: village.code,
      name: village.name,
      districtCode: district.code,
      districtName: district.name,
    })
    .from(village)
    .innerJoin(district, eq(district.code, village.parentCode))
    .where(and(eq(village.level, "kelurahan"), like(village.code, `${rootCode}.%`)))
    .orderBy(asc(district.name), asc(village.name));
}

/** A region with its level and parent, to check where a report may be placed. */
export async function findRegion(db: Db, code: string) {
  const [row] = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(eq(regions.code, code));
  return row;
}
