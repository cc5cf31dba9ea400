/**
 * A small Markdown renderer for the portal's pages and news: headings, paragraphs, lists (nested),
 * block quotes, rules, links, images, bold, italic and code. Safe by construction: every piece
 * of the source is escaped, raw HTML is shown as text, only the tags below are ever produced,
 * and links and images keep only addresses of the allowed kinds. The server renders the public
 * pages with it and the editor previews with the same code, so what is previewed is what shows.
 */

export type MarkdownImage = {
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number | null;
  height?: number | null;
};

export type MarkdownOptions = {
  /** The highest heading level the text may use (the page's title is the h1); default h2. */
  headingBase?: number;
  /** Where a local link points (e.g. to keep the reader's language); default: as written. */
  localHref?: (path: string) => string;
  /** What an image's address resolves to; null leaves only its description as text. */
  image?: (src: string) => MarkdownImage | null;
};

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!);

/**
 * A link's address, if it is of an allowed kind: web and mail addresses, telephone numbers,
 * and paths on this site. Security: everything else (javascript:, data:, //host) is dropped.
 */
export function safeHref(raw: string): string | null {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
  const url = raw.replace(/[\s\p{Cc}]+/gu, "");
  if (/^(https?:\/\/|mailto:|tel:)/i.test(url)) return url;
  if (/^\/(?![/\\])/.test(url) || url.startsWith("#")) return url;
  return null;
}

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!>~|]/;

type Link = { label: string; url: string; end: number };

/** `[label](url "title")` starting at the "[" at `start`; nested brackets and parentheses allowed. */
function parseLink(text: string, start: number): Link | null {
  let depth = 0;
  let close = -1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") depth++;
    else if (c === "]" && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0 || text[close + 1] !== "(") return null;
  let parens = 0;
  let end = -1;
  for (let i = close + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "(") parens++;
    else if (c === ")" && --parens === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const target = text.slice(close + 2, end).trim();
  // An optional title after the address is accepted and not shown.
  const url = target.replace(/\s+("[^"]*"|'[^']*')$/, "");
  return { label: text.slice(start + 1, close), url, end: end + 1 };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where the emphasis opened at `from` closes: the marker again, right after a non-space. */
function findClose(text: string, from: number, marker: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(marker, i) && !/\s/.test(text[i - 1] ?? " ")) {
      // A single marker must not be half of a double one ("*a **b** c*").
      if (marker.length === 1 && text[i + 1] === marker) {
        i++;
        continue;
      }
      if (marker[0] === "_" && isWordChar(text[i + marker.length])) continue;
      return i;
    }
  }
  return -1;
}

function renderImage(alt: string, url: string, options: MarkdownOptions): string {
  const found = options.image?.(url.trim()) ?? null;
  if (!found || !safeHref(found.src) || found.src.startsWith("#")) return esc(alt);
  const attrs = [
    `src="${esc(found.src)}"`,
    `alt="${esc(alt)}"`,
    found.srcset ? `srcset="${esc(found.srcset)}"` : "",
    found.sizes ? `sizes="${esc(found.sizes)}"` : "",
    found.width ? `width="${Math.round(found.width)}"` : "",
    found.height ? `height="${Math.round(found.height)}"` : "",
    'loading="lazy"',
    'decoding="async"',
  ].filter(Boolean);
  return `<img ${attrs.join(" ")}>`;
}

function renderLink(link: Link, options: MarkdownOptions): string {
  const label = inline(link.label, options);
  const href = safeHref(link.url);
  if (!href) return label;
  if (href.startsWith("/")) {
    const local = options.localHref ? options.localHref(href) : href;
    return `<a href="${esc(local)}">${label}</a>`;
  }
  const external = /^https?:/i.test(href);
  return `<a href="${esc(href)}"${external ? ' rel="noopener noreferrer"' : ""}>${label}</a>`;
}

/** One line's (or paragraph's) inline markup. */
function inline(text: string, options: MarkdownOptions): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      out += esc(text[i + 1]!);
      i += 2;
      continue;
    }
    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i + 1) {
        out += `<code>${esc(text.slice(i + 1, end))}</code>`;
        i = end + 1;
        continue;
      }
    }
    if (c === "!" && text[i + 1] === "[") {
      const link = parseLink(text, i + 1);
      if (link) {
        out += renderImage(link.label, link.url, options);
        i = link.end;
        continue;
      }
    }
    if (c === "[") {
      const link = parseLink(text, i);
      if (link) {
        out += renderLink(link, options);
        i = link.end;
        continue;
      }
    }
    if (c === "*" || c === "_") {
      const marker = text[i + 1] === c ? c + c : c;
      const after = text[i + marker.length];
      const opens = after !== undefined && !/\s/.test(after) && !(c === "_" && isWordChar(text[i - 1]));
      const close = opens ? findClose(text, i + marker.length + 1, marker) : -1;
      if (close > 0) {
        const inner = inline(text.slice(i + marker.length, close), options);
        out += marker.length === 2 ? `<strong>${inner}</strong>` : `<em>${inner}</em>`;
        i = close + marker.length;
        continue;
      }
    }
    out += esc(c);
    i++;
  }
  return out;
}

// ——— Blocks ———

const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])(?:\s+(.*))?$/;

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlank = (line: string) => line.trim() === "";

function startsBlock(line: string): boolean {
  const item = ITEM.exec(line);
  return (
    HEADING.test(line) ||
    RULE.test(line) ||
    QUOTE.test(line) ||
    (item !== null && item[1]!.length <= 3 && (item[3] ?? "").trim() !== "")
  );
}

type Context = MarkdownOptions & { ids: Map<string, number> };

function headingId(text: string, ids: Map<string, number>): string {
  const base =
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "bagian";
  const seen = ids.get(base) ?? 0;
  ids.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}

function paragraph(lines: string[], ctx: Context, tight: boolean): string {
  const parts = lines.map((line, i) => {
    const last = i === lines.length - 1;
    const hardBreak = !last && (/ {2,}$/.test(line) || /\\$/.test(line));
    const text = line.trim().replace(/\\$/, "");
    return inline(text, ctx) + (hardBreak ? "<br>" : "");
  });
  const body = parts.join("\n");
  return tight ? body : `<p>${body}</p>`;
}

/** A list starting at `start`; returns its HTML and the index of the first line after it. */
function list(lines: string[], start: number, ctx: Context): { html: string; next: number } {
  const first = ITEM.exec(lines[start]!)!;
  const ordered = /\d/.test(first[2]!);
  const indent = first[1]!.length;
  const items: string[][] = [];
  let loose = false;
  let i = start;
  let current: string[] | null = null;
  let contentIndent = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const item = ITEM.exec(line);
    const sameList =
      item !== null &&
      item[1]!.length === indent &&
      /\d/.test(item[2]!) === ordered &&
      indentOf(line) < indent + 4;
    if (sameList) {
      current = [item![3] ?? ""];
      items.push(current);
      contentIndent = indent + item![2]!.length + 1;
      i++;
      continue;
    }
    if (isBlank(line)) {
      // A blank line ends the list unless what follows is still inside it.
      const nextLine = lines.slice(i + 1).find((l) => !isBlank(l));
      if (nextLine === undefined) break;
      const nextItem = ITEM.exec(nextLine);
      const continues =
        indentOf(nextLine) >= contentIndent ||
        (nextItem !== null && nextItem[1]!.length === indent && /\d/.test(nextItem[2]!) === ordered);
      if (!continues) break;
      loose = true;
      current!.push("");
      i++;
      continue;
    }
    if (indentOf(line) >= contentIndent) {
      current!.push(line.slice(Math.min(contentIndent, indentOf(line))));
      i++;
      continue;
    }
    // A lazy continuation of the item's paragraph, unless it begins something else.
    if (!startsBlock(line) && current!.length > 0 && !isBlank(current![current!.length - 1]!)) {
      current!.push(line.trim());
      i++;
      continue;
    }
    break;
  }
  const start1 = ordered ? Number.parseInt(first[2]!, 10) : 1;
  const tag = ordered ? "ol" : "ul";
  const open = ordered && start1 !== 1 ? `<ol start="${start1}">` : `<${tag}>`;
  const body = items.map((content) => `<li>${blocks(content, ctx, !loose)}</li>`).join("");
  return { html: `${open}${body}</${tag}>`, next: i };
}

function blocks(lines: string[], ctx: Context, tight = false): string {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const base = ctx.headingBase ?? 2;
      // "#" and "##" both become the first level under the page's title, so heading levels
      // never skip whichever way the writer started.
      const level = Math.min(6, Math.max(base, heading[1]!.length));
      const text = heading[2] ?? "";
      out.push(`<h${level} id="${headingId(text, ctx.ids)}">${inline(text, ctx)}</h${level}>`);
      i++;
      continue;
    }
    if (RULE.test(line)) {
      out.push("<hr>");
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) quoted.push(lines[i++]!.replace(QUOTE, ""));
      out.push(`<blockquote>${blocks(quoted, ctx)}</blockquote>`);
      continue;
    }
    const item = ITEM.exec(line);
    if (item && item[1]!.length <= 3) {
      const rendered = list(lines, i, ctx);
      out.push(rendered.html);
      i = rendered.next;
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !isBlank(lines[i]!) && (para.length === 0 || !startsBlock(lines[i]!))) {
      para.push(lines[i++]!);
    }
    out.push(paragraph(para, ctx, tight));
  }
  return out.join(tight ? "\n" : "");
}

/** The Markdown as HTML that is safe to place in a page as it is. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const lines = source.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  return blocks(lines, { ...options, ids: new Map() });
}

/** The Markdown's words without markup, cut at a word boundary: for descriptions and previews. */
export function markdownToPlainText(source: string, max = 200): string {
  const text = source
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^ {0,3}(#{1,6}|>|[-*+]|\d{1,9}[.)])\s+/gm, "")
    .replace(/[*_`\\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
