import { aliasedTable, and, desc, eq, like, lt, or, type SQL } from "drizzle-orm";
import type { ComplaintSource, ComplaintStatus } from "../../../shared/complaints.ts";
import type { Db } from "../../db/database.ts";
import { cases, complaints, earlyWarnings, organizations, regions, users } from "../../db/schema/index.ts";

/** The columns a queue row shows: never the story or the reporter. */
const summaryColumns = {
  id: complaints.id,
  trackingCode: complaints.trackingCode,
  channelCode: complaints.channelCode,
  source: complaints.source,
  receivedAt: complaints.receivedAt,
  placeRegionCode: complaints.placeRegionCode,
  placeRegionName: regions.name,
  placeCountryCode: complaints.placeCountryCode,
  status: complaints.status,
  triageOutcome: complaints.triageOutcome,
  caseId: complaints.caseId,
  caseNumber: cases.number,
};

function selectSummaries(db: Db) {
  return db
    .select(summaryColumns)
    .from(complaints)
    .leftJoin(regions, eq(regions.code, complaints.placeRegionCode))
    .leftJoin(cases, eq(cases.id, complaints.caseId));
}

export type ComplaintFilter = {
  taskForceId: string;
  status?: ComplaintStatus;
  channel?: string;
  source?: ComplaintSource;
  codePrefix?: string;
};

function filterWhere(f: ComplaintFilter): SQL {
  return and(
    eq(complaints.taskForceId, f.taskForceId),
    f.status ? eq(complaints.status, f.status) : undefined,
    f.channel ? eq(complaints.channelCode, f.channel) : undefined,
    f.source ? eq(complaints.source, f.source) : undefined,
    f.codePrefix ? like(complaints.trackingCode, `${f.codePrefix}%`) : undefined,
  )!;
}

/** A keyset page of the queue, newest first; `after` is (receivedAt, id) of the last row shown. */
export async function listComplaintsPage(
  db: Db,
  filter: ComplaintFilter,
  after: { receivedAt: Date; id: string } | null,
  limit: number,
) {
  return selectSummaries(db)
    .where(
      and(
        filterWhere(filter),
        after
          ? or(
              lt(complaints.receivedAt, after.receivedAt),
              and(eq(complaints.receivedAt, after.receivedAt), lt(complaints.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(complaints.receivedAt), desc(complaints.id))
    .limit(limit + 1);
}

export async function findComplaintSummary(db: Db, id: string) {
  const [row] = await selectSummaries(db).where(eq(complaints.id, id));
  return row;
}

export type ComplaintSummaryRow = NonNullable<Awaited<ReturnType<typeof findComplaintSummary>>>;

const triager = aliasedTable(users, "triager");
const recorder = aliasedTable(users, "recorder");

/** One complaint with everything its detail shows, the encrypted fields still sealed. */
export async function findComplaint(db: Db, id: string) {
  const [row] = await db
    .select({
      complaint: complaints,
      placeRegionName: regions.name,
      caseNumber: cases.number,
      referredToOrganizationName: organizations.name,
      triagedByName: triager.name,
      recordedByName: recorder.name,
      earlyWarningId: earlyWarnings.id,
      earlyWarningCode: earlyWarnings.code,
    })
    .from(complaints)
    .leftJoin(regions, eq(regions.code, complaints.placeRegionCode))
    .leftJoin(cases, eq(cases.id, complaints.caseId))
    .leftJoin(organizations, eq(organizations.id, complaints.referredToOrganizationId))
    .leftJoin(triager, eq(triager.id, complaints.triagedById))
    .leftJoin(recorder, eq(recorder.id, complaints.recordedById))
    .leftJoin(earlyWarnings, eq(earlyWarnings.complaintId, complaints.id))
    .where(eq(complaints.id, id));
  return row;
}

export type ComplaintDetailRow = NonNullable<Awaited<ReturnType<typeof findComplaint>>>;

/** What the complaint policy needs, optionally locked for a change in the caller's transaction. */
export async function findComplaintRecord(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({
      id: complaints.id,
      taskForceId: complaints.taskForceId,
      status: complaints.status,
      trackingCode: complaints.trackingCode,
    })
    .from(complaints)
    .where(eq(complaints.id, id));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

/** The few facts the public may read about a complaint, by its tracking code. */
export async function findComplaintByTrackingCode(db: Db, trackingCode: string) {
  const [row] = await db
    .select({
      trackingCode: complaints.trackingCode,
      status: complaints.status,
      receivedAt: complaints.receivedAt,
      updatedAt: complaints.updatedAt,
    })
    .from(complaints)
    .where(eq(complaints.trackingCode, trackingCode));
  return row;
}
