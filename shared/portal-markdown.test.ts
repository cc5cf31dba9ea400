import { expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown, safeHref } from "./portal-markdown.ts";

it("renders the subset the secretariat writes: headings under the page title, lists, emphasis, links", () => {
  const out = renderMarkdown(
    "# Tanda bahaya\n\nGaji **tinggi** dan *cepat* — lihat [Bantuan](/bantuan).\n\n- satu\n- dua\n  - di dalam\n\n3. tiga\n4. empat\n\n> kutipan\n\n---",
    { localHref: (path) => `${path}?lang=en` },
  );
  expect(out).toBe(
    '<h2 id="tanda-bahaya">Tanda bahaya</h2>' +
      '<p>Gaji <strong>tinggi</strong> dan <em>cepat</em> — lihat <a href="/bantuan?lang=en">Bantuan</a>.</p>' +
      "<ul><li>satu</li><li>dua\n<ul><li>di dalam</li></ul></li></ul>" +
      '<ol start="3"><li>tiga</li><li>empat</li></ol>' +
      "<blockquote><p>kutipan</p></blockquote><hr>",
  );
});

it("shows raw HTML as text and keeps only safe link targets", () => {
  const out = renderMarkdown(
    '<img src=x onerror="alert(1)"> [a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](java\tscript:x) [d](//evil.example) [e](mailto:a@b.id) [f](tel:129) [g](https://x.id "judul")',
  );
  expect(out).not.toMatch(/<img|javascript|evil\.example/i);
  expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  expect(out).toContain('<a href="mailto:a@b.id">e</a>');
  expect(out).toContain('<a href="tel:129">f</a>');
  expect(out).toContain('<a href="https://x.id" rel="noopener noreferrer">g</a>');
  expect(safeHref(" /waspada")).toBe("/waspada");
  expect(safeHref("data:text/html,x")).toBeNull();
});

it("shows an image only where the resolver knows it, lazy and with its size", () => {
  const image = (src: string) => (src === "/media/abc" ? { src, width: 640, height: 480 } : null);
  expect(renderMarkdown("![Poster](/media/abc) ![Luar](https://x.id/y.png)", { image })).toBe(
    '<p><img src="/media/abc" alt="Poster" width="640" height="480" loading="lazy" decoding="async"> Luar</p>',
  );
});

it("leaves snake_case words alone and makes unique heading anchors", () => {
  expect(renderMarkdown("kode_pos_baru")).toBe("<p>kode_pos_baru</p>");
  expect(renderMarkdown("## Langkah\n\n## Langkah")).toBe(
    '<h2 id="langkah">Langkah</h2><h2 id="langkah-2">Langkah</h2>',
  );
});

it("gives plain text for descriptions, cut at a word", () => {
  expect(markdownToPlainText("## Judul\n\n**Tebal** dan [tautan](/x).", 200)).toBe("Judul Tebal dan tautan.");
  expect(markdownToPlainText("satu dua tiga empat lima enam", 16)).toBe("satu dua tiga…");
});
