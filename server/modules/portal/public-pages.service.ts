import { entryPath } from "../../../shared/portal.ts";
import type { AppContext } from "../../app-context.ts";
import { escapeHtml } from "./html.ts";
import type { ActivitiesData } from "./pages-activities.ts";
import type { HomeData } from "./pages-content.ts";
import { localHref } from "./portal-layout.ts";
import { liveEntries } from "./public.repository.ts";
import { imagesOf, type PortalSite } from "./public.service.ts";
import {
  areaKelurahan,
  kecamatanNames,
  pastActivities,
  reachSince,
  upcomingActivities,
} from "./public-activities.repository.ts";

/** What the public pages show, gathered from the repositories (queries one after another). */

const TOPICS = ["waspada", "migrasi-aman", "bantuan"] as const;
const NEWS_PER_PAGE = 10;
const PAST_PER_PAGE = 20;

export async function homePage(ctx: AppContext, site: PortalSite): Promise<HomeData> {
  const now = ctx.now();
  const tf = site.taskForce.id;
  const pages = await liveEntries(ctx.db, tf, now, { kind: "page", slugs: ["beranda", ...TOPICS] });
  const intro = pages.find((p) => p.slug === "beranda") ?? null;
  const topics = TOPICS.flatMap((slug) => pages.filter((p) => p.slug === slug));
  const news = await liveEntries(ctx.db, tf, now, { kind: "news", limit: 3 });
  const upcoming = await upcomingActivities(ctx.db, { taskForceId: tf }, now, 3);
  const images = intro ? await imagesOf(ctx.db, tf, [intro.bodyId, intro.bodyEn], null) : new Map();
  return { intro, topics, news, upcoming, images };
}

export async function newsPage(ctx: AppContext, site: PortalSite, page: number) {
  // One more than a page tells whether an older page exists without counting them all.
  const found = await liveEntries(ctx.db, site.taskForce.id, ctx.now(), {
    kind: "news",
    limit: NEWS_PER_PAGE + 1,
    offset: (page - 1) * NEWS_PER_PAGE,
  });
  return { entries: found.slice(0, NEWS_PER_PAGE), hasNext: found.length > NEWS_PER_PAGE };
}

export async function activitiesPage(
  ctx: AppContext,
  site: PortalSite,
  query: { kelurahan: string | null; before: string | null },
): Promise<ActivitiesData> {
  const now = ctx.now();
  const region = site.taskForce.regionCode;
  const kelurahan = await areaKelurahan(ctx.db, region);
  const kecamatan = new Map((await kecamatanNames(ctx.db, region)).map((k) => [k.code, k.name]));
  // Only a kelurahan of the area filters; anything else shows them all.
  const chosen = kelurahan.some((k) => k.code === query.kelurahan) ? query.kelurahan : null;
  const parsed = query.before ? new Date(query.before) : null;
  const before = parsed && !Number.isNaN(parsed.getTime()) && parsed < now ? parsed : now;
  const scope = { taskForceId: site.taskForce.id, kelurahan: chosen };
  const upcoming = await upcomingActivities(ctx.db, scope, now, 50);
  const past = await pastActivities(ctx.db, scope, before, PAST_PER_PAGE + 1);
  const yearAgo = new Date(now.getTime() - 365 * 24 * 3600_000);
  const reach = await reachSince(ctx.db, scope, yearAgo, now);
  const groups = new Map<string, { kecamatan: string; items: { code: string; name: string }[] }>();
  for (const k of kelurahan) {
    const parent = k.parentCode ?? "";
    const group = groups.get(parent) ?? { kecamatan: kecamatan.get(parent) ?? parent, items: [] };
    group.items.push({ code: k.code, name: k.name });
    groups.set(parent, group);
  }
  const shown = past.slice(0, PAST_PER_PAGE);
  return {
    kelurahan: chosen,
    options: [...groups.values()],
    upcoming,
    past: shown,
    olderBefore: past.length > PAST_PER_PAGE ? shown[shown.length - 1]!.startsAt : null,
    paged: before !== now,
    reach,
  };
}

export function robotsTxt(site: PortalSite): string {
  return [
    "User-agent: *",
    "Allow: /",
    // The staff application and the API are no content for search engines.
    "Disallow: /api/",
    "Disallow: /masuk",
    "Disallow: /beranda",
    "Disallow: /lapor/lacak",
    `Sitemap: ${site.view.baseUrl}/sitemap.xml`,
    "",
  ].join("\n");
}

/** Every public page, with its English alternate, and when it last changed. */
export async function sitemapXml(ctx: AppContext, site: PortalSite): Promise<string> {
  const now = ctx.now();
  const base = site.view.baseUrl;
  const pages = await liveEntries(ctx.db, site.taskForce.id, now, { kind: "page" });
  const news = await liveEntries(ctx.db, site.taskForce.id, now, { kind: "news" });
  const urls: { path: string; modified: Date | null }[] = [
    ...pages.map((p) => ({ path: entryPath("page", p.slug), modified: p.liveSince })),
    ...["/statistik", "/kegiatan", "/materi", "/berita"].map((path) => ({ path, modified: null })),
    ...news.map((n) => ({ path: entryPath("news", n.slug), modified: n.liveSince })),
  ];
  // The home page is there even if its text page were missing.
  if (!pages.some((p) => p.slug === "beranda")) urls.unshift({ path: "/", modified: null });
  // Each language's address is listed, each naming both (the sitemap form of hreflang).
  const entries = urls.flatMap(({ path, modified }) => {
    const id = escapeHtml(`${base}${path}`);
    const en = escapeHtml(`${base}${localHref("en", path)}`);
    const lastmod = modified ? `<lastmod>${modified.toISOString()}</lastmod>` : "";
    const links = `<xhtml:link rel="alternate" hreflang="id" href="${id}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/>`;
    return [id, en].map((loc) => `<url><loc>${loc}</loc>${lastmod}${links}</url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join("\n")}\n</urlset>\n`;
}
