import {
  type EntryAbilities,
  type EntryDto,
  type EntryKind,
  type EntryStatus,
  type EntrySummary,
  type EntryVersion,
  type EntryVersionMeta,
  entryPath,
  isFixedPageSlug,
} from "../../../shared/portal.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { EntryListRow, findVersionList, VersionRow } from "./entries.repository.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Whether an entry is one of the site's fixed pages (home text, warning signs, …). */
export function isFixedEntry(entry: { kind: string; slug: string }): boolean {
  return entry.kind === "page" && isFixedPageSlug(entry.slug);
}

export function presentEntrySummary(row: EntryListRow): EntrySummary {
  return {
    id: row.id,
    kind: row.kind as EntryKind,
    slug: row.slug,
    fixed: isFixedEntry(row),
    path: entryPath(row.kind as EntryKind, row.slug),
    status: row.status as EntryStatus,
    online: row.online,
    titleId: row.titleId,
    titleEn: row.titleEn,
    latestVersion: row.latestVersion,
    liveVersion: row.liveVersion,
    liveSince: iso(row.liveSince),
    scheduledVersion: row.scheduledVersion,
    scheduledAt: iso(row.scheduledAt),
    firstPublishedAt: iso(row.firstPublishedAt),
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

/** What the caller may do with the entry now, for the editor's buttons. */
export function entryAbilities(actor: UserActor, row: EntryListRow): EntryAbilities {
  const write = actor.permissions.has("portal.manage");
  const publish = actor.permissions.has("portal.publish");
  // The latest version is published but not yet live: publishing again moves its time.
  const scheduled = row.scheduledVersion !== null && row.scheduledVersion === row.latestVersion;
  return {
    edit: write,
    submit: write && row.status === "draft",
    publish: publish && (row.status !== "published" || scheduled || !row.online),
    returnToDraft: publish && row.status === "in_review",
    withdraw: publish && row.online && !isFixedEntry(row),
  };
}

type VersionListRow = Awaited<ReturnType<typeof findVersionList>>[number];

export function presentVersionMeta(row: VersionListRow): EntryVersionMeta {
  return {
    number: row.number,
    titleId: row.titleId,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    publishedFrom: iso(row.publishedFrom),
    restoredFrom: row.restoredFrom,
  };
}

export function presentVersion(version: VersionRow, createdByName: string | null): EntryVersion {
  return {
    number: version.number,
    titleId: version.titleId,
    titleEn: version.titleEn,
    summaryId: version.summaryId,
    summaryEn: version.summaryEn,
    bodyId: version.bodyId,
    bodyEn: version.bodyEn,
    coverMediaId: version.coverMediaId,
    createdAt: version.createdAt.toISOString(),
    createdByName,
    publishedFrom: iso(version.publishedFrom),
    restoredFrom: version.restoredFrom,
  };
}

export function presentEntry(
  actor: UserActor,
  row: EntryListRow,
  current: EntryVersion,
  versions: VersionListRow[],
): EntryDto {
  return {
    ...presentEntrySummary(row),
    current,
    versions: versions.map(presentVersionMeta),
    reviewNote: row.reviewNote,
    abilities: entryAbilities(actor, row),
  };
}
