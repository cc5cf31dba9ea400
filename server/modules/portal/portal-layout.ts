import { telHref } from "../../../shared/portal.ts";
import { html, type SafeHtml, trusted } from "./html.ts";
import { portalCss } from "./portal-style.ts";
import { type PortalLang, portalText } from "./portal-texts.ts";

export type SiteMenuItem = { labelId: string; labelEn: string; href: string };
export type SiteContact = {
  kind: string;
  name: string;
  noteId: string;
  noteEn: string;
  regionName: string | null;
  address: string;
  hours: string;
  phone: string;
};

/** Everything a public page needs around its content: who, in which language, where. */
export type PortalView = {
  lang: PortalLang;
  /** The site's absolute origin, e.g. https://tppo.jakarta.go.id (no trailing slash). */
  baseUrl: string;
  /** The page's path without the language, e.g. /waspada. */
  path: string;
  siteName: string;
  menu: readonly SiteMenuItem[];
  contacts: readonly SiteContact[];
  demo: boolean;
};

export type PageMeta = {
  title: string;
  description: string;
  type?: "website" | "article";
  image?: { url: string; width: number | null; height: number | null } | null;
  publishedAt?: Date | null;
  /** Only the address without a query is canonical; filtered or paged views are not indexed. */
  noindex?: boolean;
};

/** A local address in the reader's language: links keep ?lang=en, Indonesian needs nothing. */
export function localHref(lang: PortalLang, path: string): string {
  if (lang === "id" || !path.startsWith("/")) return path;
  const [beforeHash, hash] = path.split("#", 2) as [string, string | undefined];
  const joined = `${beforeHash}${beforeHash.includes("?") ? "&" : "?"}lang=en`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}

export const absolute = (view: PortalView, path: string) => `${view.baseUrl}${path}`;

const canonicalPath = (lang: PortalLang, path: string) => (lang === "en" ? localHref("en", path) : path);

// An SVG favicon inline: no extra request, and no 404 falling through to the staff app.
const favicon =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%230b5cad'/%3E%3Cpath d='M9 17l5 5 9-11' stroke='white' stroke-width='4' fill='none'/%3E%3C/svg%3E";

function head(view: PortalView, meta: PageMeta): SafeHtml {
  const fullTitle = meta.title === view.siteName ? meta.title : `${meta.title} · ${view.siteName}`;
  const canonical = absolute(view, canonicalPath(view.lang, view.path));
  const image = meta.image;
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}">
${meta.noindex ? html`<meta name="robots" content="noindex, follow">` : ""}
<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="id" href="${absolute(view, view.path)}">
<link rel="alternate" hreflang="en" href="${absolute(view, localHref("en", view.path))}">
<link rel="alternate" hreflang="x-default" href="${absolute(view, view.path)}">
<link rel="icon" href="${favicon}">
<meta name="theme-color" content="#0b5cad">
<meta property="og:site_name" content="${view.siteName}">
<meta property="og:type" content="${meta.type ?? "website"}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${view.lang === "en" ? "en_US" : "id_ID"}">
<meta property="og:locale:alternate" content="${view.lang === "en" ? "id_ID" : "en_US"}">
${
  image
    ? html`<meta property="og:image" content="${absolute(view, image.url)}">
${image.width ? html`<meta property="og:image:width" content="${image.width}">` : ""}
${image.height ? html`<meta property="og:image:height" content="${image.height}">` : ""}
<meta name="twitter:card" content="summary_large_image">`
    : html`<meta name="twitter:card" content="summary">`
}
${meta.publishedAt ? html`<meta property="article:published_time" content="${meta.publishedAt.toISOString()}">` : ""}
<style>${trusted(portalCss)}</style>
</head>`;
}

function header(view: PortalView): SafeHtml {
  const t = (key: Parameters<typeof portalText>[1]) => portalText(view.lang, key);
  const other: PortalLang = view.lang === "id" ? "en" : "id";
  const otherHref = localHref(other, view.path);
  const items = view.menu.map((item) => {
    const label = view.lang === "en" ? item.labelEn : item.labelId;
    const current = item.href === view.path ? html` aria-current="page"` : "";
    return html`<li><a href="${localHref(view.lang, item.href)}"${current}>${label}</a></li>`;
  });
  return html`<a class="skip" href="#konten">${t("skip")}</a>
${view.demo ? html`<p class="demo" role="note">${t("demo")}</p>` : ""}
<header class="site">
<div class="wrap bar">
<a class="brand" href="${localHref(view.lang, "/")}">${view.siteName}</a>
<a class="lang" href="${otherHref}" hreflang="${other}" lang="${other}">${t("otherLanguage")}</a>
<a class="signin" href="/masuk">${t("signIn")}</a>
<a class="btn btn-report" href="/lapor">${t("report")}</a>
</div>
${items.length > 0 ? html`<nav class="wrap menu" aria-label="${t("mainMenu")}"><ul>${items}</ul></nav>` : ""}
</header>
<p class="emergency"><span class="wrap">${t("emergency")} <a href="tel:112">112</a></span></p>`;
}

/** The hotline and complaint-post directory: on every page, so help is one scroll away. */
export function contactList(view: PortalView): SafeHtml {
  const t = (key: Parameters<typeof portalText>[1]) => portalText(view.lang, key);
  const rows = view.contacts.map((c) => {
    const note = view.lang === "en" ? c.noteEn || c.noteId : c.noteId;
    return html`<li class="contact">
<p class="contact-name">${c.phone ? html`<a href="${telHref(c.phone)}">${c.name}</a>` : c.name}</p>
${note ? html`<p>${note}</p>` : ""}
${c.phone ? html`<p><span class="label">${t("footerPhone")}:</span> <a href="${telHref(c.phone)}">${c.phone}</a></p>` : ""}
${c.address ? html`<p><span class="label">${t("footerAddress")}:</span> ${c.address}${c.regionName ? `, ${c.regionName}` : ""}</p>` : ""}
${c.hours ? html`<p><span class="label">${t("footerHours")}:</span> ${c.hours}</p>` : ""}
</li>`;
  });
  return html`<ul class="contacts">${rows}</ul>`;
}

function footer(view: PortalView): SafeHtml {
  const t = (key: Parameters<typeof portalText>[1]) => portalText(view.lang, key);
  return html`<footer class="site">
<div class="wrap">
<h2 id="kontak">${t("footerContacts")}</h2>
${contactList(view)}
<p class="footer-links"><a href="/lapor">${t("footerReport")}</a> · <a href="/lapor/lacak">${t("footerTrack")}</a> · <a href="/masuk">${t("signInLong")}</a></p>
<p class="footer-site">${t("footerAbout")}: ${view.siteName}</p>
</div>
</footer>`;
}

/** A whole public page: head with its meta tags, the header, the content, the footer. */
export function portalPage(view: PortalView, meta: PageMeta, content: SafeHtml): string {
  return `<!doctype html>\n${html`<html lang="${view.lang}">
${head(view, meta)}
<body>
${header(view)}
<main id="konten" tabindex="-1"><div class="wrap">
${content}
</div></main>
${footer(view)}
</body>
</html>`}`;
}
