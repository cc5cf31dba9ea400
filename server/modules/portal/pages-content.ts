import { entryPath } from "../../../shared/portal.ts";
import { markdownToPlainText, renderMarkdown } from "../../../shared/portal-markdown.ts";
import { html, type SafeHtml, trusted } from "./html.ts";
import { activityItem } from "./pages-activities.ts";
import { formatDay, isoDate } from "./portal-format.ts";
import { localHref, type PageMeta, type PortalView, portalPage } from "./portal-layout.ts";
import { portalText } from "./portal-texts.ts";
import type { LiveEntry } from "./public.repository.ts";
import { entryText, imageResolver, type imagesOf } from "./public.service.ts";
import type { PublicActivity } from "./public-activities.repository.ts";

type Images = Awaited<ReturnType<typeof imagesOf>>;

/** Markdown of an entry as HTML: headings under the page's h1, links in the reader's language. */
export function markdownHtml(view: PortalView, source: string, images: Images): SafeHtml {
  return trusted(
    renderMarkdown(source, {
      headingBase: 2,
      localHref: (path) => localHref(view.lang, path),
      image: imageResolver(images),
    }),
  );
}

function description(text: { summary: string; body: string }): string {
  return text.summary || markdownToPlainText(text.body, 160);
}

function coverImage(entry: LiveEntry, images: Images): PageMeta["image"] {
  const cover = entry.coverMediaId ? images.get(entry.coverMediaId) : undefined;
  return cover ? { url: `/media/${cover.id}`, width: cover.width, height: cover.height } : null;
}

function fallbackNote(view: PortalView, fallback: boolean): SafeHtml | "" {
  return fallback ? html`<p class="notice">${portalText(view.lang, "onlyInIndonesian")}</p>` : "";
}

export type HomeData = {
  intro: LiveEntry | null;
  topics: LiveEntry[];
  news: LiveEntry[];
  upcoming: PublicActivity[];
  images: Images;
};

/** The home page: what trafficking is, the way to report, the three topics, news and activities. */
export function renderHome(view: PortalView, data: HomeData): string {
  const t = (key: Parameters<typeof portalText>[1]) => portalText(view.lang, key);
  const intro = data.intro ? entryText(data.intro, view.lang) : null;
  const title = intro?.title ?? view.siteName;
  const cards = data.topics.map((entry) => {
    const text = entryText(entry, view.lang);
    return html`<li class="card"><h3><a href="${localHref(view.lang, entryPath("page", entry.slug))}">${text.title}</a></h3><p>${text.summary}</p></li>`;
  });
  const news = data.news.map((entry) => {
    const text = entryText(entry, view.lang);
    return html`<li class="card"><p class="meta"><time datetime="${isoDate(entry.firstPublished)}">${formatDay(entry.firstPublished, view.lang)}</time></p><h3><a href="${localHref(view.lang, entryPath("news", entry.slug))}">${text.title}</a></h3><p>${text.summary}</p></li>`;
  });
  const content = html`<section class="hero" aria-labelledby="judul">
<h1 id="judul">${title}</h1>
${intro?.summary ? html`<p class="lead">${intro.summary}</p>` : ""}
<p class="actions"><a class="btn btn-report" href="/lapor">${t("reportLong")}</a> <a class="btn btn-ghost" href="${localHref(view.lang, "/waspada")}">${t("warningSignsCta")}</a></p>
<p class="note">${t("noDataHint")}</p>
</section>
${intro ? html`${fallbackNote(view, intro.fallback)}<div class="prose">${markdownHtml(view, intro.body, data.images)}</div>` : ""}
${cards.length > 0 ? html`<h2>${t("protectTitle")}</h2><ul class="cards">${cards}</ul>` : ""}
<h2>${t("upcomingTitle")}</h2>
${data.upcoming.length > 0 ? html`<div>${data.upcoming.map((a) => activityItem(view, a, false))}</div>` : html`<p>${t("activitiesNoneUpcoming")}</p>`}
<p><a href="${localHref(view.lang, "/kegiatan")}">${t("allActivities")}</a></p>
<ul class="cards">
<li class="card"><h3><a href="${localHref(view.lang, "/statistik")}">${t("numbersTitle")}</a></h3><p>${t("numbersText")}</p></li>
<li class="card"><h3><a href="${localHref(view.lang, "/materi")}">${t("materialsTitle")}</a></h3><p>${t("materialsText")}</p></li>
</ul>
${news.length > 0 ? html`<h2>${t("latestNews")}</h2><ul class="cards">${news}</ul><p><a href="${localHref(view.lang, "/berita")}">${t("allNews")}</a></p>` : ""}`;
  return portalPage(
    view,
    { title, description: intro ? description(intro) : view.siteName, type: "website" },
    content,
  );
}

/** A content page or a news post. */
export function renderEntry(view: PortalView, entry: LiveEntry, images: Images): string {
  const t = (key: Parameters<typeof portalText>[1]) => portalText(view.lang, key);
  const text = entryText(entry, view.lang);
  const news = entry.kind === "news";
  const cover = entry.coverMediaId ? images.get(entry.coverMediaId) : undefined;
  const resolve = imageResolver(images);
  const coverImg = cover ? resolve(`/media/${cover.id}`) : null;
  const dates = news
    ? html`<p class="meta">${t("published")} <time datetime="${isoDate(entry.firstPublished)}">${formatDay(entry.firstPublished, view.lang)}</time>${
        entry.liveSince.getTime() > entry.firstPublished.getTime()
          ? html` · ${t("updated")} <time datetime="${isoDate(entry.liveSince)}">${formatDay(entry.liveSince, view.lang)}</time>`
          : ""
      }</p>`
    : "";
  const content = html`<article${fallbackLang(view, text.fallback)}>
<h1>${text.title}</h1>
${dates}
${text.summary ? html`<p class="lead">${text.summary}</p>` : ""}
${
  coverImg
    ? html`<p><img src="${coverImg.src}" alt="${cover!.alt}"${coverImg.srcset ? html` srcset="${coverImg.srcset}" sizes="${coverImg.sizes}"` : ""} width="${coverImg.width}" height="${coverImg.height}" decoding="async"></p>`
    : ""
}
${fallbackNote(view, text.fallback)}
<div class="prose">${markdownHtml(view, text.body, images)}</div>
${news ? "" : html`<p class="meta">${t("updated")} <time datetime="${isoDate(entry.liveSince)}">${formatDay(entry.liveSince, view.lang)}</time></p>`}
</article>`;
  return portalPage(
    view,
    {
      title: text.title,
      description: description(text),
      type: news ? "article" : "website",
      image: coverImage(entry, images),
      publishedAt: news ? entry.firstPublished : null,
    },
    content,
  );
}

/** Content shown in Indonesian on an English page says so, for screen readers' pronunciation. */
function fallbackLang(view: PortalView, fallback: boolean): SafeHtml | "" {
  return fallback && view.lang === "en" ? html` lang="id"` : "";
}

/** The news list, newest first, ten to a page. */
export function renderNewsList(
  view: PortalView,
  entries: LiveEntry[],
  paging: { page: number; hasNext: boolean },
): string {
  const t = (key: Parameters<typeof portalText>[1]) => portalText(view.lang, key);
  const items = entries.map((entry) => {
    const text = entryText(entry, view.lang);
    return html`<li class="card"><p class="meta"><time datetime="${isoDate(entry.firstPublished)}">${formatDay(entry.firstPublished, view.lang)}</time></p><h2><a href="${localHref(view.lang, entryPath("news", entry.slug))}">${text.title}</a></h2><p>${text.summary}</p></li>`;
  });
  const pageHref = (page: number) => localHref(view.lang, page === 1 ? "/berita" : `/berita?halaman=${page}`);
  const pager =
    paging.page > 1 || paging.hasNext
      ? html`<nav class="pager" aria-label="${t("pagination")}">${paging.page > 1 ? html`<a href="${pageHref(paging.page - 1)}" rel="prev">← ${t("newer")}</a>` : html`<span></span>`}${paging.hasNext ? html`<a href="${pageHref(paging.page + 1)}" rel="next">${t("older")} →</a>` : ""}</nav>`
      : "";
  const content = html`<h1>${t("newsTitle")}</h1>
<p class="lead">${t("newsDescription")}</p>
${items.length > 0 ? html`<ul class="cards news">${items}</ul>` : html`<p>${t("noNews")}</p>`}
${pager}`;
  return portalPage(
    view,
    { title: t("newsTitle"), description: t("newsDescription"), noindex: paging.page > 1 },
    content,
  );
}

export function renderNotFound(view: PortalView): string {
  const t = (key: Parameters<typeof portalText>[1]) => portalText(view.lang, key);
  const content = html`<h1>${t("notFoundTitle")}</h1>
<p>${t("notFoundText")}</p>
<p><a href="${localHref(view.lang, "/")}">${t("backHome")}</a></p>`;
  return portalPage(
    view,
    { title: t("notFoundTitle"), description: t("notFoundText"), noindex: true },
    content,
  );
}
