import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { PortalView } from "./portal-layout.ts";
import { seedPortalContent } from "./portal-seed.ts";
import type { PortalLang } from "./portal-texts.ts";
import {
  findPortalTaskForce,
  imageSizes,
  type LiveEntry,
  liveContacts,
  liveMenu,
  type PortalTaskForce,
} from "./public.repository.ts";

export type PortalSite = { taskForce: PortalTaskForce; view: PortalView };

// Task forces known to have their portal content, per database: the check costs a write otherwise.
const seeded = new WeakMap<Db, Set<string>>();

/**
 * A task force created after start-up (or in a test) gets the first content on its portal's
 * first visit; the seed itself makes sure this happens once, however many requests race.
 */
async function ensureSeeded(ctx: AppContext, taskForceId: string): Promise<void> {
  const known = seeded.get(ctx.db) ?? new Set<string>();
  seeded.set(ctx.db, known);
  if (known.has(taskForceId)) return;
  await seedPortalContent(ctx.db, taskForceId, ctx.now());
  known.add(taskForceId);
}

/** The portal's task force, menu and directory, and the view every page is drawn in. */
export async function loadSite(
  ctx: AppContext,
  request: { lang: PortalLang; path: string; baseUrl: string },
): Promise<PortalSite | null> {
  const taskForce = await findPortalTaskForce(ctx.db, ctx.config.portalTaskForce);
  if (!taskForce) return null;
  await ensureSeeded(ctx, taskForce.id);
  const menu = await liveMenu(ctx.db, taskForce.id);
  const contacts = await liveContacts(ctx.db, taskForce.id);
  return {
    taskForce,
    view: {
      lang: request.lang,
      baseUrl: request.baseUrl,
      path: request.path,
      siteName: taskForce.name,
      menu,
      contacts,
      demo: ctx.config.demo,
    },
  };
}

/** An entry's text in the reader's language; English falls back to Indonesian where it is empty. */
export function entryText(entry: LiveEntry, lang: PortalLang) {
  const english = lang === "en" && entry.titleEn.trim() !== "" && entry.bodyEn.trim() !== "";
  const bodyMissing = lang === "en" && !english && entry.bodyId.trim() !== "";
  return {
    title: lang === "en" && entry.titleEn ? entry.titleEn : entry.titleId,
    summary: lang === "en" && entry.summaryEn ? entry.summaryEn : entry.summaryId,
    body: english ? entry.bodyEn : entry.bodyId,
    /** The body shown is Indonesian although English was asked for. */
    fallback: bodyMissing,
  };
}

const MEDIA_PATH = /^\/media\/([0-9a-f-]{36})$/;

/** The portal images an entry's Markdown shows (and its cover), with their stored sizes. */
export async function imagesOf(db: Db, taskForceId: string, markdown: string[], cover: string | null) {
  const ids = new Set<string>(cover ? [cover] : []);
  for (const text of markdown) {
    for (const match of text.matchAll(/!\[[^\]]*\]\((\/media\/[0-9a-f-]{36})[^)]*\)/g)) {
      ids.add(MEDIA_PATH.exec(match[1]!)![1]!);
    }
  }
  const rows = await imageSizes(db, taskForceId, [...ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

/** Resolves `/media/<id>` in Markdown to a sized, responsive image of this portal; others show as text. */
export function imageResolver(images: Awaited<ReturnType<typeof imagesOf>>) {
  return (src: string) => {
    const match = MEDIA_PATH.exec(src);
    const image = match ? images.get(match[1]!) : undefined;
    if (!image) return null;
    const srcset = image.smallWidth
      ? `${src}?ukuran=kecil ${image.smallWidth}w, ${src} ${image.width}w`
      : undefined;
    return {
      src,
      srcset,
      sizes: srcset ? "(max-width: 44rem) 100vw, 44rem" : undefined,
      width: image.width,
      height: image.height,
    };
  };
}
