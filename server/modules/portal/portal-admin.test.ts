import jsQR from "jsqr";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { taskForces } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { createEntry, publicPage, publish, saveVersion, seededPage } from "./test-support.ts";

const PUBLIC_URL = "https://tppo.contoh.go.id";

async function photo(width: number, height: number): Promise<string> {
  const image = await sharp({ create: { width, height, channels: 3, background: "#3377aa" } })
    .withExif({ IFD0: { Artist: "Nama Fotografer", Copyright: "lokasi rahasia" } })
    .jpeg()
    .toBuffer();
  return image.toString("base64");
}

describeEachDatabase("portal administration", (kind) => {
  let t: TestApp;
  let coordinator: Client;

  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_PUBLIC_URL: PUBLIC_URL });
    coordinator = await t.as("coordinator");
  });
  afterAll(() => t.close());

  it("is for the secretariat: other roles are refused, another task force sees nothing", async () => {
    const lurah = await t.as("field_reporter");
    expect((await lurah.get("/api/portal/entries?kind=page")).status).toBe(403);
    expect((await lurah.patch("/api/portal/menu", { items: [] })).status).toBe(403);

    const [other] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "31.72", name: "Gugus Tugas PP-TPPO Jakarta Utara", regionCode: "31" })
      .returning();
    const org = await t.factories.organization({ taskForceId: other!.id });
    const stranger = await t.as("coordinator", { organizationId: org.id });
    const ours = await seededPage(coordinator, "waspada");
    expect((await stranger.get(`/api/portal/entries/${ours}`)).status).toBe(404);
    expect((await stranger.post(`/api/portal/entries/${ours}/publish`, {})).status).toBe(404);
    expect((await stranger.get("/api/portal/entries?kind=page")).body.items).toEqual([]);
  });

  it("walks an entry from draft through review to published, each step audited", async () => {
    const entry = await createEntry(coordinator, { slug: "alur-terbit", titleId: "Alur terbit" });
    const submitted = await coordinator.post(`/api/portal/entries/${entry.id}/submit`);
    expect(submitted.body.status).toBe("in_review");
    expect((await coordinator.post(`/api/portal/entries/${entry.id}/submit`)).status).toBe(409);

    const returned = await coordinator.post(`/api/portal/entries/${entry.id}/return`, {
      note: "Periksa ejaan.",
    });
    expect(returned.body).toMatchObject({ status: "draft", reviewNote: "Periksa ejaan." });
    expect((await coordinator.post(`/api/portal/entries/${entry.id}/return`, {})).status).toBe(409);

    const published = await publish(coordinator, entry.id);
    expect(published).toMatchObject({ status: "published", online: true, liveVersion: 1, reviewNote: null });
    expect(published.abilities).toMatchObject({ publish: false, withdraw: true });
    expect((await coordinator.post(`/api/portal/entries/${entry.id}/publish`, {})).status).toBe(409);

    const withdrawn = await coordinator.post(`/api/portal/entries/${entry.id}/withdraw`);
    expect(withdrawn.body).toMatchObject({ online: false, status: "draft", liveVersion: null });
    expect((await publicPage(t, "/halaman/alur-terbit")).status).toBe(404);

    for (const event of [
      "portal.entry_created",
      "portal.entry_submitted",
      "portal.entry_returned",
      "portal.entry_published",
      "portal.entry_withdrawn",
    ]) {
      expect((await auditOf(t, event, entry.id)).length, event).toBe(1);
    }
    const [returnedAudit] = await auditOf(t, "portal.entry_returned", entry.id);
    expect(returnedAudit!.data).toMatchObject({ version: 1, note: "Periksa ejaan." });
  });

  it("refuses a save made from an old version instead of overwriting someone's words", async () => {
    const entry = await createEntry(coordinator, { slug: "bentrok", titleId: "Bentrok" });
    await saveVersion(coordinator, entry.id, { titleId: "Disimpan lebih dulu" });
    const late = await coordinator.post(`/api/portal/entries/${entry.id}/versions`, {
      titleId: "Disimpan belakangan",
      baseVersion: 1,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain("versi 2");
    // Saving the same text again makes no new version.
    const same = await saveVersion(coordinator, entry.id, {});
    expect(same.latestVersion).toBe(2);
    expect((await auditOf(t, "portal.entry_saved", entry.id)).length).toBe(1);
  });

  it("checks addresses: unique, well formed, fixed for the site's own pages and once published", async () => {
    const taken = await coordinator.post("/api/portal/entries", {
      kind: "page",
      slug: "tentang",
      titleId: "Lagi",
    });
    expect(taken.status).toBe(422);
    expect(taken.body.error.details).toEqual([
      { field: "slug", message: "alamat ini sudah dipakai halaman lain" },
    ]);
    const badSlug = await coordinator.post("/api/portal/entries", {
      kind: "page",
      slug: "Huruf Besar",
      titleId: "x",
    });
    expect(badSlug.body.error.details[0]).toMatchObject({ field: "slug" });
    expect(badSlug.body.error.details[0].message).toContain("huruf kecil");

    const waspada = await seededPage(coordinator, "waspada");
    const renamed = await coordinator.post(`/api/portal/entries/${waspada}/versions`, {
      titleId: "Waspada",
      slug: "hati-hati",
      baseVersion: 1,
    });
    expect(renamed.body.error.details[0].message).toBe("alamat halaman ini tetap dan tidak dapat diubah");
    expect((await coordinator.post(`/api/portal/entries/${waspada}/withdraw`)).status).toBe(409);

    const draft = await createEntry(coordinator, { slug: "nama-lama" });
    const moved = await saveVersion(coordinator, draft.id, { slug: "nama-baru" });
    expect(moved.path).toBe("/halaman/nama-baru");
    await publish(coordinator, draft.id);
    const after = await coordinator.post(`/api/portal/entries/${draft.id}/versions`, {
      titleId: "x",
      slug: "nama-ketiga",
      baseVersion: 2,
    });
    expect(after.body.error.details[0].field).toBe("slug");
  });

  it("resizes an uploaded photo, strips its metadata, and gives the page a sized, lazy image", async () => {
    const res = await coordinator.post("/api/portal/images", {
      fileName: "foto-kegiatan.jpg",
      contentBase64: await photo(3000, 2000),
      altId: "Peserta sosialisasi di aula kelurahan",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 1280, height: 853, mimeType: "image/jpeg" });
    expect(res.body.markdown).toBe(`![Peserta sosialisasi di aula kelurahan](/media/${res.body.id})`);
    const stored = await t.app.inject({ method: "GET", url: res.body.url });
    expect(stored.headers["content-type"]).toBe("image/jpeg");
    expect(stored.headers["cache-control"]).toContain("immutable");
    const meta = await sharp(stored.rawPayload).metadata();
    expect(meta.width).toBe(1280);
    expect(meta.exif).toBeUndefined();
    const small = await t.app.inject({ method: "GET", url: `${res.body.url}?ukuran=kecil` });
    expect((await sharp(small.rawPayload).metadata()).width).toBe(640);

    const entry = await createEntry(coordinator, {
      kind: "news",
      slug: "berita-bergambar",
      bodyId: `Paragraf.\n\n${res.body.markdown}`,
      coverMediaId: res.body.id,
    });
    await publish(coordinator, entry.id);
    const { html } = await publicPage(t, "/berita/berita-bergambar");
    expect(html).toContain(
      `<img src="/media/${res.body.id}" alt="Peserta sosialisasi di aula kelurahan" srcset="/media/${res.body.id}?ukuran=kecil 640w, /media/${res.body.id} 1280w" sizes="(max-width: 44rem) 100vw, 44rem" width="1280" height="853" loading="lazy" decoding="async">`,
    );
    expect(html).toContain(`<meta property="og:image" content="${PUBLIC_URL}/media/${res.body.id}">`);
    expect((await auditOf(t, "portal.media_uploaded", res.body.id)).length).toBe(1);

    const pdf = await coordinator.post("/api/portal/images", {
      fileName: "bukan-gambar.jpg",
      contentBase64: Buffer.from("%PDF-1.4 palsu").toString("base64"),
    });
    expect(pdf.status).toBe(422);
    expect(pdf.body.error.details[0].message).toBe("berkas harus gambar JPEG, PNG, atau WebP");
  });

  it("shows a material only once a publisher shows it, with a QR code that opens the complaint form", async () => {
    const poster = await sharp({ create: { width: 600, height: 800, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer();
    const created = await coordinator.post("/api/portal/materials", {
      titleId: "Poster Waspada Tawaran Kerja",
      descriptionId: "Untuk papan pengumuman RT/RW.",
      fileName: "poster-waspada.png",
      contentBase64: poster.toString("base64"),
    });
    expect(created.status).toBe(201);
    const material = created.body;
    expect(material).toMatchObject({
      visible: false,
      qrTarget: `${PUBLIC_URL}/lapor`,
      mimeType: "image/png",
    });
    expect((await publicPage(t, "/materi")).html).not.toContain("Poster Waspada Tawaran Kerja");
    expect((await publicPage(t, `/materi/${material.id}/unduh`)).status).toBe(404);

    const wrongName = await coordinator.post("/api/portal/materials", {
      titleId: "x",
      fileName: "poster.pdf",
      contentBase64: poster.toString("base64"),
    });
    expect(wrongName.body.error.details[0]).toMatchObject({ field: "fileName" });

    const shown = await coordinator.patch(`/api/portal/materials/${material.id}`, { visible: true });
    expect(shown.body.visible).toBe(true);
    const [audit] = await auditOf(t, "portal.material_updated", material.id);
    expect(audit!.data).toEqual({ visible: { from: false, to: true } });

    const { html } = await publicPage(t, "/materi");
    expect(html).toContain("Poster Waspada Tawaran Kerja");
    expect(html).toContain(`<img class="qr" src="/materi/${material.id}/qr.svg"`);
    expect(html).toContain(`<a href="${PUBLIC_URL}/lapor">${PUBLIC_URL}/lapor</a>`);
    const download = await t.app.inject({ method: "GET", url: `/materi/${material.id}/unduh` });
    expect(download.headers["content-disposition"]).toContain('filename="poster-waspada.png"');
    expect(Buffer.compare(download.rawPayload, poster)).toBe(0);

    // The QR code, read back from its pixels, is exactly the public complaint form's address.
    const publicQr = await t.app.inject({ method: "GET", url: `/materi/${material.id}/qr.png` });
    const adminQr = await coordinator.get(`/api/portal/materials/${material.id}/qr.png`);
    for (const [where, png, type] of [
      ["public", publicQr.rawPayload, publicQr.headers["content-type"]],
      ["admin", adminQr.raw!, adminQr.headers["content-type"]],
    ] as const) {
      expect(type, where).toBe("image/png");
      const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
      expect(decoded?.data, where).toBe(`${PUBLIC_URL}/lapor`);
    }
    const svg = await publicPage(t, `/materi/${material.id}/qr.svg`);
    expect(svg.headers["content-type"]).toBe("image/svg+xml");
    expect(svg.html).toMatch(/^<svg /);
  });

  it("keeps the directory: a wrong phone number is refused, changes and removals are audited", async () => {
    const bad = await coordinator.post("/api/portal/contacts", {
      kind: "post",
      name: "Pos",
      phone: "tel:0812",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details[0]).toMatchObject({ field: "phone" });
    const created = await coordinator.post("/api/portal/contacts", {
      kind: "post",
      name: "Pos Pengaduan Kelurahan Kartini",
      regionCode: "31.71.02.1003",
      address: "Kantor Kelurahan Kartini",
      hours: "Senin–Jumat 08.00–15.00",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionName: "Kartini", missing: ["phone"], shownPublicly: true });
    expect((await publicPage(t, "/")).html).toContain("Pos Pengaduan Kelurahan Kartini");
    const unknownRegion = await coordinator.patch(`/api/portal/contacts/${created.body.id}`, {
      regionCode: "99.99",
    });
    expect(unknownRegion.status).toBe(422);
    expect((await coordinator.delete(`/api/portal/contacts/${created.body.id}`)).status).toBe(204);
    expect((await publicPage(t, "/")).html).not.toContain("Pos Pengaduan Kelurahan Kartini");
    expect((await auditOf(t, "portal.contact_deleted", created.body.id)).length).toBe(1);
  });

  it("refuses a menu link that is neither a page of the site nor https", async () => {
    for (const href of ["javascript:alert(1)", "//jahat.example", "http://contoh.go.id"]) {
      const res = await coordinator.patch("/api/portal/menu", {
        items: [{ labelId: "x", labelEn: "x", href, visible: true }],
      });
      expect(res.status, href).toBe(422);
      expect(res.body.error.details[0].field).toBe("items.0.href");
    }
  });
});
