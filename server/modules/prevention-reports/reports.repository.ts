import { aliasedTable, and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  type AgeBand,
  type CountField,
  countFieldOf,
  countFields,
  type ParticipantSex,
} from "../../../shared/prevention.ts";
import type { Db } from "../../db/database.ts";
import {
  activityAttendees,
  activityFiles,
  activityPartners,
  organizations,
  preventionActivities,
  regions,
  workingGroups,
} from "../../db/schema/index.ts";

const kelurahan = aliasedTable(regions, "kelurahan");
const kecamatan = aliasedTable(regions, "kecamatan");

/**
 * What an export row shows beyond the list's summary, for one batch of activities at a time:
 * the kecamatan, working group, place detail, notes and partners.
 */
export async function exportDetailsOf(db: Db, activityIds: readonly string[]) {
  if (activityIds.length === 0) return new Map<string, ExportDetails>();
  const rows = await db
    .select({
      id: preventionActivities.id,
      placeDetail: preventionActivities.placeDetail,
      notes: preventionActivities.notes,
      kecamatanName: kecamatan.name,
      workingGroupNameId: workingGroups.nameId,
      workingGroupNameEn: workingGroups.nameEn,
    })
    .from(preventionActivities)
    .leftJoin(kelurahan, eq(kelurahan.code, preventionActivities.regionCode))
    .leftJoin(kecamatan, eq(kecamatan.code, kelurahan.parentCode))
    .leftJoin(workingGroups, eq(workingGroups.id, preventionActivities.workingGroupId))
    .where(inArray(preventionActivities.id, [...activityIds]));
  const partners = await db
    .select({ activityId: activityPartners.activityId, name: organizations.name })
    .from(activityPartners)
    .innerJoin(organizations, eq(organizations.id, activityPartners.organizationId))
    .where(inArray(activityPartners.activityId, [...activityIds]))
    .orderBy(asc(organizations.name));
  const details = new Map<string, ExportDetails>(rows.map((r) => [r.id, { ...r, partners: [] }]));
  for (const p of partners) details.get(p.activityId)?.partners.push(p.name);
  return details;
}

export type ExportDetails = {
  placeDetail: string | null;
  notes: string | null;
  kecamatanName: string | null;
  workingGroupNameId: string | null;
  workingGroupNameEn: string | null;
  partners: string[];
};

/** The counts each activity's attendance list stands for, for a batch of activities. */
export async function listedCountsOf(db: Db, activityIds: readonly string[]) {
  const byActivity = new Map<string, Record<CountField, number>>();
  if (activityIds.length === 0) return byActivity;
  const rows = await db
    .select({
      activityId: activityAttendees.activityId,
      sex: activityAttendees.sex,
      ageBand: activityAttendees.ageBand,
      n: sql<number>`count(*)::int`,
    })
    .from(activityAttendees)
    .where(inArray(activityAttendees.activityId, [...activityIds]))
    .groupBy(activityAttendees.activityId, activityAttendees.sex, activityAttendees.ageBand);
  for (const row of rows) {
    const counts =
      byActivity.get(row.activityId) ??
      (Object.fromEntries(countFields.map((f) => [f, 0])) as Record<CountField, number>);
    counts[countFieldOf(row.sex as ParticipantSex, row.ageBand as AgeBand)] += Number(row.n);
    byActivity.set(row.activityId, counts);
  }
  return byActivity;
}

/** An activity's photos, oldest first, without their content (which may be megabytes each). */
export async function findPhotos(db: Db, activityId: string) {
  return db
    .select({ id: activityFiles.id, mimeType: activityFiles.mimeType, sizeBytes: activityFiles.sizeBytes })
    .from(activityFiles)
    .where(and(eq(activityFiles.activityId, activityId), eq(activityFiles.kind, "photo")))
    .orderBy(asc(activityFiles.createdAt), asc(activityFiles.id));
}

/** One photo's sealed content. */
export async function findPhotoContent(db: Db, fileId: string) {
  const [row] = await db
    .select({ contentEnc: activityFiles.contentEnc })
    .from(activityFiles)
    .where(eq(activityFiles.id, fileId));
  return row?.contentEnc;
}
