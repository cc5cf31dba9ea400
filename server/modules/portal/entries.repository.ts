import { aliasedTable, and, desc, eq, sql } from "drizzle-orm";
import type { EntryKind } from "../../../shared/portal.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { portalEntries, portalEntryVersions } from "../../db/schema/portal.ts";
import { users } from "../../db/schema/users.ts";

export type EntryRow = typeof portalEntries.$inferSelect;
export type VersionRow = typeof portalEntryVersions.$inferSelect;

/** Per entry: what the public sees now and what is scheduled, from the versions' publication times. */
export type Publication = {
  liveVersion: number | null;
  liveSince: Date | null;
  scheduledVersion: number | null;
  scheduledAt: Date | null;
  firstPublishedAt: Date | null;
};

export type EntryListRow = EntryRow &
  Publication & { titleId: string; titleEn: string; updatedByName: string | null };

type RawListRow = Omit<
  EntryListRow,
  "liveSince" | "scheduledAt" | "firstPublishedAt" | "createdAt" | "updatedAt"
> & {
  liveSince: Date | string | null;
  scheduledAt: Date | string | null;
  firstPublishedAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
};

const date = (value: Date | string | null) => (value === null ? null : new Date(value));

/** The secretariat's list: every entry of a kind with its newest title and publication state. */
export async function findEntries(
  db: Db,
  taskForceId: string,
  now: Date,
  filter: { kind?: EntryKind; id?: string },
): Promise<EntryListRow[]> {
  const at = now.toISOString();
  const rows = await queryRows<RawListRow>(
    db,
    sql`SELECT e.id, e.task_force_id AS "taskForceId", e.kind, e.slug, e.status, e.online,
          e.latest_version AS "latestVersion", e.review_note AS "reviewNote",
          e.created_by_id AS "createdById", e.updated_by_id AS "updatedById",
          e.created_at AS "createdAt", e.updated_at AS "updatedAt",
          v.title_id AS "titleId", v.title_en AS "titleEn", u.name AS "updatedByName",
          CASE WHEN e.online THEN live.number END AS "liveVersion",
          CASE WHEN e.online THEN live.published_from END AS "liveSince",
          CASE WHEN e.online THEN next.number END AS "scheduledVersion",
          CASE WHEN e.online THEN next.published_from END AS "scheduledAt",
          (SELECT min(f.published_from) FROM portal_entry_versions f
            WHERE f.entry_id = e.id AND f.published_from <= ${at}::timestamptz) AS "firstPublishedAt"
        FROM portal_entries e
        JOIN portal_entry_versions v ON v.entry_id = e.id AND v.number = e.latest_version
        LEFT JOIN users u ON u.id = e.updated_by_id
        LEFT JOIN LATERAL (
          SELECT l.number, l.published_from FROM portal_entry_versions l
          WHERE l.entry_id = e.id AND l.published_from <= ${at}::timestamptz
          ORDER BY l.number DESC LIMIT 1
        ) live ON true
        LEFT JOIN LATERAL (
          SELECT s.number, s.published_from FROM portal_entry_versions s
          WHERE s.entry_id = e.id AND s.published_from > ${at}::timestamptz
            AND s.number > coalesce(live.number, 0)
          ORDER BY s.number DESC LIMIT 1
        ) next ON true
        WHERE e.task_force_id = ${taskForceId}
          ${filter.kind ? sql`AND e.kind = ${filter.kind}` : sql``}
          ${filter.id ? sql`AND e.id = ${filter.id}` : sql``}
        ORDER BY e.updated_at DESC, e.id`,
  );
  return rows.map((row) => ({
    ...row,
    liveSince: date(row.liveSince),
    scheduledAt: date(row.scheduledAt),
    firstPublishedAt: date(row.firstPublishedAt),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  }));
}

/** One entry of the task force; FOR UPDATE inside a transaction that changes it. */
export async function findEntryRow(
  db: Db,
  taskForceId: string,
  entryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntryRow | null> {
  const query = db
    .select()
    .from(portalEntries)
    .where(and(eq(portalEntries.id, entryId), eq(portalEntries.taskForceId, taskForceId)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

const author = aliasedTable(users, "author");

/** Every version of an entry, newest first, without its text (the history list). */
export function findVersionList(db: Db, entryId: string) {
  return db
    .select({
      number: portalEntryVersions.number,
      titleId: portalEntryVersions.titleId,
      createdAt: portalEntryVersions.createdAt,
      createdByName: author.name,
      publishedFrom: portalEntryVersions.publishedFrom,
      restoredFrom: portalEntryVersions.restoredFrom,
    })
    .from(portalEntryVersions)
    .leftJoin(author, eq(author.id, portalEntryVersions.createdById))
    .where(eq(portalEntryVersions.entryId, entryId))
    .orderBy(desc(portalEntryVersions.number));
}

export async function findVersion(db: Db, entryId: string, number: number) {
  const [row] = await db
    .select({ version: portalEntryVersions, createdByName: author.name })
    .from(portalEntryVersions)
    .leftJoin(author, eq(author.id, portalEntryVersions.createdById))
    .where(and(eq(portalEntryVersions.entryId, entryId), eq(portalEntryVersions.number, number)));
  return row ?? null;
}

/** Whether any version of the entry was ever published (its address is then out in the world). */
export async function everPublished(db: Db, entryId: string): Promise<boolean> {
  const [row] = await db
    .select({ number: portalEntryVersions.number })
    .from(portalEntryVersions)
    .where(
      and(eq(portalEntryVersions.entryId, entryId), sql`${portalEntryVersions.publishedFrom} IS NOT NULL`),
    )
    .limit(1);
  return row !== undefined;
}

export async function slugTaken(
  db: Db,
  taskForceId: string,
  kind: EntryKind,
  slug: string,
  exceptId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: portalEntries.id })
    .from(portalEntries)
    .where(
      and(
        eq(portalEntries.taskForceId, taskForceId),
        eq(portalEntries.kind, kind),
        eq(portalEntries.slug, slug),
        exceptId ? sql`${portalEntries.id} <> ${exceptId}` : undefined,
      ),
    );
  return row !== undefined;
}
