import { and, eq } from "drizzle-orm";
import type {
  CreateEntryInput,
  EntryContent,
  EntryKind,
  PublishEntryInput,
  ReturnEntryInput,
  SaveEntryInput,
} from "../../../shared/portal.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { portalEntries, portalEntryVersions, portalMedia } from "../../db/schema/portal.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import { isFixedEntry, presentEntry, presentEntrySummary, presentVersion } from "./entries.presenter.ts";
import {
  type EntryRow,
  everPublished,
  findEntries,
  findEntryRow,
  findVersion,
  findVersionList,
  slugTaken,
} from "./entries.repository.ts";

/**
 * Pages and news posts: every save is a new version; draft → in review → published; a
 * publication may be scheduled. The public side reads the versions' publication times
 * (public.repository.ts), so nothing here needs a job to flip a schedule.
 */

const contentFields = [
  "titleId",
  "titleEn",
  "summaryId",
  "summaryEn",
  "bodyId",
  "bodyEn",
  "coverMediaId",
] as const;

function contentOf(input: EntryContent) {
  return {
    titleId: input.titleId,
    titleEn: input.titleEn,
    summaryId: input.summaryId,
    summaryEn: input.summaryEn,
    bodyId: input.bodyId,
    bodyEn: input.bodyEn,
    coverMediaId: input.coverMediaId ?? null,
  };
}

async function checkCover(db: Db, actor: UserActor, coverMediaId: string | null | undefined) {
  if (!coverMediaId) return;
  const [found] = await db
    .select({ id: portalMedia.id })
    .from(portalMedia)
    .where(
      and(
        eq(portalMedia.id, coverMediaId),
        eq(portalMedia.taskForceId, actor.taskForceId),
        eq(portalMedia.kind, "image"),
      ),
    );
  if (!found) throw invalidField("coverMediaId", "portal.cover_unknown");
}

export async function listEntries(ctx: AppContext, actor: UserActor, kind: EntryKind) {
  const rows = await findEntries(ctx.db, actor.taskForceId, ctx.now(), { kind });
  return { items: rows.map(presentEntrySummary) };
}

/** An entry with its newest version's text and its version history. */
export async function getEntry(ctx: AppContext, actor: UserActor, entryId: string, db: Db = ctx.db) {
  const [row] = await findEntries(db, actor.taskForceId, ctx.now(), { id: entryId });
  if (!row) throw notFound();
  const latest = await findVersion(db, entryId, row.latestVersion);
  const versions = await findVersionList(db, entryId);
  return presentEntry(actor, row, presentVersion(latest!.version, latest!.createdByName), versions);
}

export async function getVersion(ctx: AppContext, actor: UserActor, entryId: string, number: number) {
  const entry = await findEntryRow(ctx.db, actor.taskForceId, entryId);
  if (!entry) throw notFound();
  const found = await findVersion(ctx.db, entryId, number);
  if (!found) throw notFound();
  return presentVersion(found.version, found.createdByName);
}

export async function createEntry(ctx: AppContext, actor: UserActor, input: CreateEntryInput) {
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    if (await slugTaken(tx, actor.taskForceId, input.kind, input.slug))
      throw invalidField("slug", "portal.slug_taken");
    await checkCover(tx, actor, input.coverMediaId);
    const [entry] = await tx
      .insert(portalEntries)
      .values({
        taskForceId: actor.taskForceId,
        kind: input.kind,
        slug: input.slug,
        createdById: actor.userId,
        updatedById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: portalEntries.id });
    await tx.insert(portalEntryVersions).values({
      entryId: entry!.id,
      number: 1,
      ...contentOf(input),
      createdById: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      event: "portal.entry_created",
      recordType: "portal_entry",
      recordId: entry!.id,
      data: { kind: input.kind, slug: input.slug },
    });
    return entry!.id;
  });
  return getEntry(ctx, actor, id);
}

/** Locks the entry for a change; someone else's entry (or none) is a 404. */
async function lockEntry(tx: Db, actor: UserActor, entryId: string): Promise<EntryRow> {
  const entry = await findEntryRow(tx, actor.taskForceId, entryId, { forUpdate: true });
  if (!entry) throw notFound();
  return entry;
}

/** Appends a version after the newest; the working copy becomes a draft again. */
async function appendVersion(
  ctx: AppContext,
  tx: Db,
  actor: UserActor,
  entry: EntryRow,
  content: ReturnType<typeof contentOf>,
  changes: { slug?: string; restoredFrom?: number },
) {
  const number = entry.latestVersion + 1;
  const now = ctx.now();
  await tx.insert(portalEntryVersions).values({
    entryId: entry.id,
    number,
    ...content,
    restoredFrom: changes.restoredFrom ?? null,
    createdById: actor.userId,
    createdAt: now,
  });
  await tx
    .update(portalEntries)
    .set({
      latestVersion: number,
      status: "draft",
      reviewNote: null,
      slug: changes.slug ?? entry.slug,
      updatedById: actor.userId,
      updatedAt: now,
    })
    .where(eq(portalEntries.id, entry.id));
  await recordAudit(tx, actor, {
    event: "portal.entry_saved",
    recordType: "portal_entry",
    recordId: entry.id,
    data: {
      version: number,
      ...(changes.slug && changes.slug !== entry.slug
        ? { slug: { from: entry.slug, to: changes.slug } }
        : {}),
      ...(changes.restoredFrom ? { restoredFrom: changes.restoredFrom } : {}),
    },
  });
}

/**
 * Saves the editor's text as a new version. Refused when someone saved since the editor opened
 * (`baseVersion` is not the newest): their words are not silently overwritten. A save that
 * changes nothing makes no version.
 */
export async function saveEntry(ctx: AppContext, actor: UserActor, entryId: string, input: SaveEntryInput) {
  await ctx.db.transaction(async (tx) => {
    const entry = await lockEntry(tx, actor, entryId);
    if (input.baseVersion !== entry.latestVersion) {
      throw new AppError("conflict", "portal.version_conflict", {
        params: { base: input.baseVersion, latest: entry.latestVersion },
        details: { latestVersion: entry.latestVersion },
      });
    }
    const slug = input.slug ?? entry.slug;
    if (slug !== entry.slug) {
      if (isFixedEntry(entry)) throw invalidField("slug", "portal.slug_fixed");
      if (await everPublished(tx, entry.id)) throw invalidField("slug", "portal.slug_published");
      if (await slugTaken(tx, actor.taskForceId, entry.kind as EntryKind, slug, entry.id))
        throw invalidField("slug", "portal.slug_taken");
    }
    await checkCover(tx, actor, input.coverMediaId);
    const content = contentOf(input);
    const latest = (await findVersion(tx, entry.id, entry.latestVersion))!.version;
    const unchanged = slug === entry.slug && contentFields.every((field) => latest[field] === content[field]);
    if (unchanged) return;
    await appendVersion(ctx, tx, actor, entry, content, { slug });
  });
  return getEntry(ctx, actor, entryId);
}

/** Brings an old version back as the newest draft; the versions in between stay in the history. */
export async function restoreVersion(ctx: AppContext, actor: UserActor, entryId: string, number: number) {
  await ctx.db.transaction(async (tx) => {
    const entry = await lockEntry(tx, actor, entryId);
    const found = await findVersion(tx, entry.id, number);
    if (!found) throw notFound();
    await appendVersion(ctx, tx, actor, entry, contentOf({ ...found.version }), { restoredFrom: number });
  });
  return getEntry(ctx, actor, entryId);
}

/** Draft → in review: a publisher is asked to look at it. */
export async function submitEntry(ctx: AppContext, actor: UserActor, entryId: string) {
  await ctx.db.transaction(async (tx) => {
    const entry = await lockEntry(tx, actor, entryId);
    if (entry.status !== "draft") throw new AppError("conflict", "portal.not_draft");
    await tx
      .update(portalEntries)
      .set({ status: "in_review", reviewNote: null, updatedById: actor.userId, updatedAt: ctx.now() })
      .where(eq(portalEntries.id, entry.id));
    await recordAudit(tx, actor, {
      event: "portal.entry_submitted",
      recordType: "portal_entry",
      recordId: entry.id,
      data: { version: entry.latestVersion },
    });
  });
  return getEntry(ctx, actor, entryId);
}

/** In review → draft, with the publisher's reason for the writer. */
export async function returnEntry(
  ctx: AppContext,
  actor: UserActor,
  entryId: string,
  input: ReturnEntryInput,
) {
  await ctx.db.transaction(async (tx) => {
    const entry = await lockEntry(tx, actor, entryId);
    if (entry.status !== "in_review") throw new AppError("conflict", "portal.not_in_review");
    await tx
      .update(portalEntries)
      .set({
        status: "draft",
        reviewNote: input.note || null,
        updatedById: actor.userId,
        updatedAt: ctx.now(),
      })
      .where(eq(portalEntries.id, entry.id));
    await recordAudit(tx, actor, {
      event: "portal.entry_returned",
      recordType: "portal_entry",
      recordId: entry.id,
      data: { version: entry.latestVersion, note: input.note ?? null },
    });
  });
  return getEntry(ctx, actor, entryId);
}

const YEAR_MS = 366 * 24 * 3600_000;

/**
 * Publishes the newest version, now or from `publishAt` (a time in the past dates a news post).
 * Publishing a version already scheduled moves its time. The public sees it from then on: the
 * page is computed at each request.
 */
export async function publishEntry(
  ctx: AppContext,
  actor: UserActor,
  entryId: string,
  input: PublishEntryInput,
) {
  const now = ctx.now();
  const from = input.publishAt ? new Date(input.publishAt) : now;
  if (from.getTime() - now.getTime() > YEAR_MS) throw invalidField("publishAt", "portal.publish_too_late");
  await ctx.db.transaction(async (tx) => {
    const entry = await lockEntry(tx, actor, entryId);
    const latest = (await findVersion(tx, entry.id, entry.latestVersion))!.version;
    const alreadyLive = entry.online && latest.publishedFrom !== null && latest.publishedFrom <= now;
    if (alreadyLive && !input.publishAt) throw new AppError("conflict", "portal.nothing_to_publish");
    await tx
      .update(portalEntryVersions)
      .set({ publishedFrom: from, publishedById: actor.userId })
      .where(eq(portalEntryVersions.id, latest.id));
    await tx
      .update(portalEntries)
      .set({ status: "published", online: true, reviewNote: null, updatedById: actor.userId, updatedAt: now })
      .where(eq(portalEntries.id, entry.id));
    await recordAudit(tx, actor, {
      event: "portal.entry_published",
      recordType: "portal_entry",
      recordId: entry.id,
      data: { version: latest.number, publishAt: from.toISOString(), scheduled: from > now },
    });
  });
  return getEntry(ctx, actor, entryId);
}

/** Takes an entry off the public site; its versions stay, and publishing brings it back. */
export async function withdrawEntry(ctx: AppContext, actor: UserActor, entryId: string) {
  await ctx.db.transaction(async (tx) => {
    const entry = await lockEntry(tx, actor, entryId);
    if (isFixedEntry(entry)) throw new AppError("conflict", "portal.fixed_page_stays");
    if (!entry.online) throw new AppError("conflict", "portal.not_online");
    await tx
      .update(portalEntries)
      .set({ online: false, status: "draft", updatedById: actor.userId, updatedAt: ctx.now() })
      .where(eq(portalEntries.id, entry.id));
    await recordAudit(tx, actor, {
      event: "portal.entry_withdrawn",
      recordType: "portal_entry",
      recordId: entry.id,
      data: { version: entry.latestVersion },
    });
  });
  return getEntry(ctx, actor, entryId);
}
