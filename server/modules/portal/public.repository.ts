import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { EntryKind } from "../../../shared/portal.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { portalContacts, portalMaterials, portalMedia, portalMenuItems } from "../../db/schema/portal.ts";
import { regions, taskForces } from "../../db/schema/reference.ts";

/**
 * What the public may read of the portal, and nothing else: live entries (online, with a
 * version whose publication time has come), visible menu items, reachable contacts, visible
 * materials. Every query names the portal's task force.
 */

export type PortalTaskForce = { id: string; code: string; name: string; regionCode: string };

/**
 * The task force the portal speaks for: the configured one (GUGUS_PORTAL_TASK_FORCE); else the
 * deployment's first, which is the one its reference seed made.
 */
export async function findPortalTaskForce(db: Db, code: string | null): Promise<PortalTaskForce | null> {
  const [found] = await db
    .select({
      id: taskForces.id,
      code: taskForces.code,
      name: taskForces.name,
      regionCode: taskForces.regionCode,
    })
    .from(taskForces)
    .where(code ? eq(taskForces.code, code) : undefined)
    .orderBy(asc(taskForces.createdAt), asc(taskForces.code))
    .limit(1);
  return found ?? null;
}

export function liveMenu(db: Db, taskForceId: string) {
  return db
    .select({
      labelId: portalMenuItems.labelId,
      labelEn: portalMenuItems.labelEn,
      href: portalMenuItems.href,
    })
    .from(portalMenuItems)
    .where(and(eq(portalMenuItems.taskForceId, taskForceId), eq(portalMenuItems.visible, true)))
    .orderBy(asc(portalMenuItems.position), asc(portalMenuItems.id));
}

/** Visible contacts someone can actually reach: with a telephone number or an address. */
export function liveContacts(db: Db, taskForceId: string) {
  return db
    .select({
      kind: portalContacts.kind,
      name: portalContacts.name,
      noteId: portalContacts.noteId,
      noteEn: portalContacts.noteEn,
      regionName: regions.name,
      address: portalContacts.address,
      hours: portalContacts.hours,
      phone: portalContacts.phone,
    })
    .from(portalContacts)
    .leftJoin(regions, eq(regions.code, portalContacts.regionCode))
    .where(
      and(
        eq(portalContacts.taskForceId, taskForceId),
        eq(portalContacts.visible, true),
        sql`(${portalContacts.phone} <> '' OR ${portalContacts.address} <> '')`,
      ),
    )
    .orderBy(asc(portalContacts.position), asc(portalContacts.createdAt));
}

export type LiveEntry = {
  id: string;
  slug: string;
  kind: EntryKind;
  titleId: string;
  titleEn: string;
  summaryId: string;
  summaryEn: string;
  bodyId: string;
  bodyEn: string;
  coverMediaId: string | null;
  liveSince: Date;
  firstPublished: Date;
};

type LiveRow = Omit<LiveEntry, "liveSince" | "firstPublished"> & {
  liveSince: Date | string;
  firstPublished: Date | string;
};

const toLive = (row: LiveRow): LiveEntry => ({
  ...row,
  liveSince: new Date(row.liveSince),
  firstPublished: new Date(row.firstPublished),
});

/**
 * Entries as the public sees them at `now`: each online entry with its newest version whose
 * publication time has come. A scheduled version stays invisible until its time, computed here
 * at every request, so no job has to flip it.
 */
export async function liveEntries(
  db: Db,
  taskForceId: string,
  now: Date,
  filter: { kind: EntryKind; slugs?: readonly string[]; slug?: string; limit?: number; offset?: number },
): Promise<LiveEntry[]> {
  const slugFilter = filter.slug
    ? sql` AND e.slug = ${filter.slug}`
    : filter.slugs
      ? filter.slugs.length > 0
        ? sql` AND e.slug IN (${sql.join(
            filter.slugs.map((s) => sql`${s}`),
            sql`, `,
          )})`
        : sql` AND false`
      : sql``;
  const rows = await queryRows<LiveRow>(
    db,
    sql`SELECT e.id, e.slug, e.kind, v.title_id AS "titleId", v.title_en AS "titleEn",
          v.summary_id AS "summaryId", v.summary_en AS "summaryEn", v.body_id AS "bodyId",
          v.body_en AS "bodyEn", v.cover_media_id AS "coverMediaId", v.published_from AS "liveSince",
          f.first AS "firstPublished"
        FROM portal_entries e
        JOIN LATERAL (
          SELECT * FROM portal_entry_versions pv
          WHERE pv.entry_id = e.id AND pv.published_from <= ${now.toISOString()}::timestamptz
          ORDER BY pv.number DESC LIMIT 1
        ) v ON true
        JOIN LATERAL (
          SELECT min(pv.published_from) AS first FROM portal_entry_versions pv
          WHERE pv.entry_id = e.id AND pv.published_from <= ${now.toISOString()}::timestamptz
        ) f ON true
        WHERE e.task_force_id = ${taskForceId} AND e.kind = ${filter.kind} AND e.online${slugFilter}
        ORDER BY f.first DESC, e.id
        LIMIT ${filter.limit ?? 1000} OFFSET ${filter.offset ?? 0}`,
  );
  return rows.map(toLive);
}

export async function countLiveNews(db: Db, taskForceId: string, now: Date): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(
    db,
    sql`SELECT count(*) AS n FROM portal_entries e
        WHERE e.task_force_id = ${taskForceId} AND e.kind = 'news' AND e.online
          AND EXISTS (SELECT 1 FROM portal_entry_versions v WHERE v.entry_id = e.id AND v.published_from <= ${now.toISOString()}::timestamptz)`,
  );
  return Number(row?.n ?? 0);
}

/** The stored sizes of the portal's images, to give every <img> its width and height. */
export function imageSizes(db: Db, taskForceId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: portalMedia.id,
      width: portalMedia.width,
      height: portalMedia.height,
      smallWidth: portalMedia.smallWidth,
      alt: portalMedia.alt,
    })
    .from(portalMedia)
    .where(
      and(
        eq(portalMedia.taskForceId, taskForceId),
        eq(portalMedia.kind, "image"),
        inArray(portalMedia.id, [...ids]),
      ),
    );
}

/** An image's bytes (the phone-sized copy when asked and there is one). */
export async function findImage(db: Db, taskForceId: string, id: string, small: boolean) {
  const [row] = await db
    .select({
      mimeType: portalMedia.mimeType,
      content: small
        ? sql<Buffer>`coalesce(${portalMedia.smallContent}, ${portalMedia.content})`
        : portalMedia.content,
    })
    .from(portalMedia)
    .where(
      and(eq(portalMedia.id, id), eq(portalMedia.taskForceId, taskForceId), eq(portalMedia.kind, "image")),
    );
  return row ?? null;
}

const materialColumns = {
  id: portalMaterials.id,
  titleId: portalMaterials.titleId,
  titleEn: portalMaterials.titleEn,
  descriptionId: portalMaterials.descriptionId,
  descriptionEn: portalMaterials.descriptionEn,
  fileName: portalMedia.fileName,
  mimeType: portalMedia.mimeType,
  sizeBytes: portalMedia.sizeBytes,
  width: portalMedia.width,
  height: portalMedia.height,
};

export function liveMaterials(db: Db, taskForceId: string) {
  return db
    .select(materialColumns)
    .from(portalMaterials)
    .innerJoin(portalMedia, eq(portalMedia.id, portalMaterials.mediaId))
    .where(and(eq(portalMaterials.taskForceId, taskForceId), eq(portalMaterials.visible, true)))
    .orderBy(asc(portalMaterials.position), asc(portalMaterials.createdAt));
}

/** A visible material's file; a hidden one is not there for the public. */
export async function findMaterialFile(db: Db, taskForceId: string, materialId: string) {
  const [row] = await db
    .select({ fileName: portalMedia.fileName, mimeType: portalMedia.mimeType, content: portalMedia.content })
    .from(portalMaterials)
    .innerJoin(portalMedia, eq(portalMedia.id, portalMaterials.mediaId))
    .where(
      and(
        eq(portalMaterials.id, materialId),
        eq(portalMaterials.taskForceId, taskForceId),
        eq(portalMaterials.visible, true),
      ),
    );
  return row ?? null;
}
