import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { createEntry, publicPage, publish, saveVersion, seededPage } from "./test-support.ts";

/** Every public page of a seeded portal, as the public reaches them. */
const portalPaths = [
  "/",
  "/waspada",
  "/migrasi-aman",
  "/bantuan",
  "/halaman/tentang",
  "/berita",
  "/berita/penguatan-gugus-tugas-tppo-mei-2024",
  "/statistik",
  "/kegiatan",
  "/materi",
];

describeEachDatabase("public portal pages", (kind) => {
  let t: TestApp;
  let coordinator: Client;

  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_PUBLIC_URL: "https://tppo.contoh.go.id" });
    coordinator = await t.as("coordinator");
  });
  afterAll(() => t.close());

  it("serves the home page in Indonesian with its title, description, canonical address and link preview", async () => {
    const { status, html, headers } = await publicPage(t, "/");
    expect(status).toBe(200);
    expect(headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html).toMatch(
      /<title>Kenali, cegah, dan laporkan perdagangan orang · Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat<\/title>/,
    );
    expect(html).toMatch(/<meta name="description" content="Tawaran kerja yang terlalu bagus[^"]+">/);
    expect(html).toContain('<link rel="canonical" href="https://tppo.contoh.go.id/">');
    expect(html).toContain(
      '<meta property="og:title" content="Kenali, cegah, dan laporkan perdagangan orang">',
    );
    expect(html).toContain('<meta property="og:url" content="https://tppo.contoh.go.id/">');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://tppo.contoh.go.id/?lang=en">');
    // What trafficking is, how to report, and the way to the warning signs.
    expect(html).toContain("Apa itu perdagangan orang?");
    expect(html).toContain("Untuk anak (di bawah 18 tahun), unsur &quot;cara&quot; tidak perlu ada.");
    expect(html).toMatch(/<a class="btn btn-report" href="\/lapor">Laporkan<\/a>/);
    expect(html).toMatch(/<a class="btn btn-ghost" href="\/waspada">Kenali tanda bahaya<\/a>/);
    expect(html).toContain('<a class="signin" href="/masuk">Masuk</a>');
    // Landmarks and a skip link for keyboard and screen-reader users; no script at all.
    expect(html).toContain('<a class="skip" href="#konten">');
    expect(html).toMatch(/<main id="konten"/);
    expect(html).toMatch(/<nav class="wrap menu" aria-label="Menu utama">/);
    expect(html).not.toMatch(/<script/i);
  });

  it("is compressed for a browser that accepts it, and a reload with its ETag costs nothing", async () => {
    const first = await publicPage(t, "/waspada", { "accept-encoding": "gzip, deflate, br" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    const res = await t.app.inject({
      method: "GET",
      url: "/waspada",
      headers: { "accept-encoding": "gzip" },
    });
    const text = gunzipSync(res.rawPayload).toString("utf8");
    expect(text).toContain("<h1>Waspada: tanda-tanda tawaran yang menjebak</h1>");
    expect(res.rawPayload.length).toBeLessThan(text.length / 2);
    const again = await publicPage(t, "/waspada", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.html).toBe("");
  });

  it("speaks English on request, and every link keeps the language", async () => {
    const { html } = await publicPage(t, "/waspada?lang=en");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h1>Warning signs of a trap</h1>");
    expect(html).toContain('<link rel="canonical" href="https://tppo.contoh.go.id/waspada?lang=en">');
    expect(html).toContain('href="/migrasi-aman?lang=en"');
    expect(html).toContain('<a href="/waspada?lang=en" aria-current="page">Warning signs</a>');
    expect(html).toMatch(/<a class="lang" href="\/waspada" hreflang="id" lang="id">Bahasa Indonesia<\/a>/);
  });

  it("shows the hotline and complaint-post directory in the footer of every page", async () => {
    for (const path of [...portalPaths, "/halaman/tidak-ada"]) {
      const { status, html } = await publicPage(t, path);
      expect([200, 404], path).toContain(status);
      const footer = html.slice(html.indexOf('<footer class="site">'));
      expect(footer, path).toContain('<h2 id="kontak">Telepon bantuan dan pos pengaduan</h2>');
      for (const number of ["112", "129", "110"]) expect(footer, path).toContain(`href="tel:${number}"`);
      expect(footer, path).toContain("SAPA 129");
    }
  });

  it("keeps a complaint post out of the footer until it can be reached, then shows it", async () => {
    const posts = (await coordinator.get("/api/portal/contacts")).body.items as {
      id: string;
      kind: string;
      missing: string[];
      shownPublicly: boolean;
    }[];
    const post = posts.find((c) => c.kind === "post")!;
    expect(post.missing).toEqual(["phone", "address", "hours"]);
    expect(post.shownPublicly).toBe(false);
    expect((await publicPage(t, "/")).html).not.toContain("Pos Pengaduan —");
    const res = await coordinator.patch(`/api/portal/contacts/${post.id}`, {
      phone: "(021) 555-0129",
      address: "Jl. Contoh No. 1",
      hours: "Senin–Jumat 08.00–16.00",
      regionCode: "31.71.01.1002",
    });
    expect(res.status).toBe(200);
    expect(res.body.missing).toEqual([]);
    const { html } = await publicPage(t, "/kegiatan");
    expect(html).toContain('<a href="tel:0215550129">(021) 555-0129</a>');
    expect(html).toContain("Jl. Contoh No. 1, Cideng");
    expect(html).toContain("Senin–Jumat 08.00–16.00");
  });

  it("renders a post titled <script> as inert text, and drops dangerous links", async () => {
    const entry = await createEntry(coordinator, {
      kind: "news",
      slug: "uji-skrip",
      titleId: "<script>alert('judul')</script>",
      summaryId: '"><img src=x onerror=alert(1)>',
      bodyId:
        "Teks <b>tebal</b> <script>alert(2)</script>\n\n[klik](javascript:alert(3)) [data](data:text/html,x) [aman](https://bp2mi.go.id)\n\n![gambar](https://jahat.example/x.png)",
    });
    await publish(coordinator, entry.id);
    const { status, html } = await publicPage(t, "/berita/uji-skrip");
    expect(status).toBe(200);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>");
    expect(html).not.toMatch(/javascript:|data:text/);
    expect(html).not.toContain("jahat.example");
    expect(html).toContain("<h1>&lt;script&gt;alert(&#39;judul&#39;)&lt;/script&gt;</h1>");
    expect(html).toContain("<title>&lt;script&gt;alert(&#39;judul&#39;)&lt;/script&gt; · ");
    expect(html).toContain('<a href="https://bp2mi.go.id" rel="noopener noreferrer">aman</a>');
  });

  it("keeps a draft and a page under review away from the public until it is published", async () => {
    const entry = await createEntry(coordinator, { slug: "cara-melapor", titleId: "Cara melapor" });
    expect((await publicPage(t, "/halaman/cara-melapor")).status).toBe(404);
    expect((await coordinator.post(`/api/portal/entries/${entry.id}/submit`)).status).toBe(200);
    const missing = await publicPage(t, "/halaman/cara-melapor");
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('<meta name="robots" content="noindex, follow">');
    await publish(coordinator, entry.id);
    const shown = await publicPage(t, "/halaman/cara-melapor");
    expect(shown.status).toBe(200);
    expect(shown.html).toContain("<h1>Cara melapor</h1>");
  });

  it("shows a scheduled publication from its time, computed at the request, and the old text until then", async () => {
    const realNow = t.ctx.now;
    try {
      const start = new Date("2026-06-01T02:00:00Z");
      t.ctx.now = () => start;
      const entry = await createEntry(coordinator, {
        kind: "news",
        slug: "terjadwal",
        titleId: "Pengumuman pertama",
      });
      await publish(coordinator, entry.id, "2026-06-01T10:00:00+07:00");
      expect((await publicPage(t, "/berita/terjadwal")).status).toBe(404);
      expect((await publicPage(t, "/berita")).html).not.toContain("Pengumuman pertama");

      t.ctx.now = () => new Date("2026-06-01T03:00:00Z"); // 10.00 WIB
      expect((await publicPage(t, "/berita/terjadwal")).html).toContain("<h1>Pengumuman pertama</h1>");

      // A new version scheduled for tomorrow: today's readers keep the published one.
      await saveVersion(coordinator, entry.id, { titleId: "Pengumuman diperbarui" });
      const scheduled = await publish(coordinator, entry.id, "2026-06-02T08:00:00+07:00");
      expect(scheduled.liveVersion).toBe(1);
      expect(scheduled.scheduledVersion).toBe(2);
      expect(scheduled.scheduledAt).toBe("2026-06-02T01:00:00.000Z");
      expect((await publicPage(t, "/berita/terjadwal")).html).toContain("<h1>Pengumuman pertama</h1>");
      t.ctx.now = () => new Date("2026-06-02T01:00:00Z");
      const later = (await publicPage(t, "/berita/terjadwal")).html;
      expect(later).toContain("<h1>Pengumuman diperbarui</h1>");
      // The post keeps the date of its first publication, and says when it changed.
      expect(later).toContain('Diterbitkan <time datetime="2026-06-01T03:00:00.000Z">1 Juni 2026</time>');
      expect(later).toContain('Diperbarui <time datetime="2026-06-02T01:00:00.000Z">2 Juni 2026</time>');
    } finally {
      t.ctx.now = realNow;
    }
  });

  it("shows the menu in the secretariat's order, without the hidden items", async () => {
    const menu = (await coordinator.get("/api/portal/menu")).body.items as Record<string, unknown>[];
    const reordered = [...menu].reverse().map(({ labelId, labelEn, href, visible }) => ({
      labelId,
      labelEn,
      href,
      visible: href === "/materi" ? false : visible,
    }));
    const res = await coordinator.patch("/api/portal/menu", { items: reordered });
    expect(res.status).toBe(200);
    const { html } = await publicPage(t, "/");
    const nav = html.slice(html.indexOf('<nav class="wrap menu"'), html.indexOf("</nav>"));
    const labels = [...nav.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      "Tentang",
      "Berita",
      "Kegiatan",
      "Statistik",
      "Bantuan",
      "Migrasi aman",
      "Waspada",
      "Beranda",
    ]);
    await coordinator.patch("/api/portal/menu", {
      items: menu.map(({ labelId, labelEn, href, visible }) => ({ labelId, labelEn, href, visible })),
    });
  });

  it("serves a fixed page at its own address only", async () => {
    const res = await t.app.inject({ method: "GET", url: "/halaman/waspada?lang=en" });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe("/waspada?lang=en");
    expect((await publicPage(t, "/halaman/Bukan_Slug")).status).toBe(404);
    expect((await publicPage(t, "/berita/tidak-ada")).status).toBe(404);
  });

  it("lists every public page in the sitemap, both languages, and points robots at it", async () => {
    const sitemap = await publicPage(t, "/sitemap.xml");
    expect(sitemap.headers["content-type"]).toBe("application/xml; charset=utf-8");
    for (const path of [
      "/",
      "/waspada",
      "/halaman/tentang",
      "/statistik",
      "/berita/penguatan-gugus-tugas-tppo-mei-2024",
    ]) {
      expect(sitemap.html).toContain(`<loc>https://tppo.contoh.go.id${path}</loc>`);
    }
    expect(sitemap.html).toContain("<loc>https://tppo.contoh.go.id/waspada?lang=en</loc>");
    const robots = await publicPage(t, "/robots.txt");
    expect(robots.html).toContain("Sitemap: https://tppo.contoh.go.id/sitemap.xml");
    expect(robots.html).toContain("Disallow: /api/");
  });

  it("keeps old versions and brings one back", async () => {
    const id = await seededPage(coordinator, "bantuan");
    await saveVersion(coordinator, id, { titleId: "Bantuan versi dua" });
    await saveVersion(coordinator, id, { titleId: "Bantuan versi tiga" });
    const entry = (await coordinator.get(`/api/portal/entries/${id}`)).body;
    expect(entry.versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    expect(entry.status).toBe("draft");
    // The public still reads the published first version.
    expect((await publicPage(t, "/bantuan")).html).toContain("<h1>Minta bantuan dan melapor</h1>");
    const first = (await coordinator.get(`/api/portal/entries/${id}/versions/1`)).body;
    expect(first.titleId).toBe("Minta bantuan dan melapor");
    const restored = (await coordinator.post(`/api/portal/entries/${id}/versions/2/restore`)).body;
    expect(restored.latestVersion).toBe(4);
    expect(restored.current.titleId).toBe("Bantuan versi dua");
    expect(restored.versions[0]).toMatchObject({ number: 4, restoredFrom: 2 });
    await publish(coordinator, id);
    expect((await publicPage(t, "/bantuan")).html).toContain("<h1>Bantuan versi dua</h1>");
  });
});
