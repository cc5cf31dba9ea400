import { inflateSync } from "node:zlib";

/**
 * Just enough of a PDF reader for the tests to check a generated report: its page count, its
 * images, its title and its text. The text is read through each font's ToUnicode map, since an
 * embedded font writes glyph numbers rather than letters. It understands what pdfkit writes
 * (one object per `obj … endobj`, Flate streams, Identity-H fonts), nothing more.
 */
export type PdfSummary = { pageCount: number; imageCount: number; title: string | null; text: string };

type PdfObject = { dict: string; stream: Buffer | null };

function objectsOf(bytes: Buffer): Map<string, PdfObject> {
  const source = bytes.toString("latin1");
  const objects = new Map<string, PdfObject>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const start = body.indexOf("stream");
    if (start < 0) {
      objects.set(match[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, start);
    let from = start + "stream".length;
    if (body[from] === "\r") from++;
    if (body[from] === "\n") from++;
    const raw = Buffer.from(body.slice(from, body.lastIndexOf("endstream")), "latin1");
    objects.set(match[1]!, { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw });
  }
  return objects;
}

// A target may be several characters written with spaces between them (a ligature: <0066 0069>).
const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ""), "hex").swap16().toString("utf16le");

/** A ToUnicode CMap as glyph code → text. */
function cmapOf(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) {
      map.set(Number.parseInt(src!, 16), utf16(dst!));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const first = Number.parseInt(lo!, 16);
      const last = Number.parseInt(hi!, 16);
      if (dst!.startsWith("[")) {
        [...dst!.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((d, i) => {
          map.set(first + i, utf16(d[1]!));
        });
      } else {
        const base = Buffer.from(dst!.slice(1, -1), "hex");
        for (let code = first; code <= last; code++) {
          const value = Buffer.from(base);
          value.writeUInt16BE(value.readUInt16BE(value.length - 2) + (code - first), value.length - 2);
          map.set(code, value.swap16().toString("utf16le"));
        }
      }
    }
  }
  return map;
}

function literalString(value: string): string {
  if (value.startsWith("<")) {
    const hex = value.slice(1, -1);
    return hex.toUpperCase().startsWith("FEFF")
      ? utf16(hex.slice(4))
      : Buffer.from(hex, "hex").toString("latin1");
  }
  return value.slice(1, -1).replace(/\\([()\\])/g, "$1");
}

export function readPdf(bytes: Buffer): PdfSummary {
  const objects = objectsOf(bytes);
  const deref = (id: string | undefined) => (id ? objects.get(id) : undefined);
  const fonts = new Map<string, Map<number, string>>();
  let pageCount = 0;
  let imageCount = 0;
  let title: string | null = null;
  for (const object of objects.values()) {
    const pages = /\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(object.dict);
    if (pages) pageCount = Math.max(pageCount, Number(pages[1]));
    if (/\/Subtype \/Image/.test(object.dict)) imageCount++;
    const fontDict = /\/Font <<([\s\S]*?)>>/.exec(object.dict);
    for (const [, name, ref] of fontDict?.[1]?.matchAll(/\/(\w+) (\d+) 0 R/g) ?? []) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(deref(ref)?.dict ?? "")?.[1];
      const cmap = deref(toUnicode)?.stream;
      if (cmap) fonts.set(name!, cmapOf(cmap.toString("latin1")));
    }
    const titleRef = /\/Title (\d+) 0 R/.exec(object.dict)?.[1];
    const titleValue = titleRef
      ? deref(titleRef)?.dict.trim()
      : /\/Title (\([^)]*\)|<[^>]*>)/.exec(object.dict)?.[1];
    if (titleValue) title = literalString(titleValue);
  }
  const pieces: string[] = [];
  for (const object of objects.values()) {
    if (!/\/Type \/Page\b/.test(object.dict)) continue;
    const content = deref(/\/Contents (\d+) 0 R/.exec(object.dict)?.[1])?.stream?.toString("latin1") ?? "";
    let font: Map<number, string> | undefined;
    for (const token of content.matchAll(
      /\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-fA-F]*>|[^\]])*)\] TJ|<([0-9a-fA-F]*)> Tj/g,
    )) {
      if (token[1]) {
        font = fonts.get(token[1]);
        continue;
      }
      const hexes = token[2] ? [...token[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [token[3]!];
      let piece = "";
      for (const hex of hexes) {
        for (let i = 0; i + 4 <= hex.length; i += 4)
          piece += font?.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? "";
      }
      pieces.push(piece);
    }
  }
  return { pageCount, imageCount, title, text: pieces.join(" ").replace(/\s+/g, " ") };
}
