import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { activityFiles } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import {
  CIDENG,
  EN,
  fieldsOf,
  GAMBIR,
  heldSocialisation,
  messageOf,
  NOW,
  preventionCast,
} from "./test-support.ts";

const PNG = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(64, 7)]);
const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");

describeEachDatabase("schools and activity files", (kind) => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof preventionCast>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    cast = await preventionCast(t);
  });
  afterAll(() => t.close());

  it("keeps a registry of schools the secretariat maintains, NPSN unique and of 8 digits", async () => {
    const school = {
      name: "SMP Negeri 9 Jakarta",
      level: "smp_mts",
      ownership: "public",
      npsn: "20100123",
      regionCode: CIDENG,
      address: "Jl. Contoh No. 1",
    };
    const created = await cast.coordinator.post("/api/prevention/schools", school);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionName: "Cideng", kecamatanName: "Gambir", active: true });
    expect((await auditOf(t, "school.created", created.body.id)).length).toBe(1);
    const twice = await cast.coordinator.post("/api/prevention/schools", { ...school, name: "Lain" }, EN);
    expect(messageOf(twice, "npsn")).toBe("this NPSN is already used by another school");
    const short = await cast.coordinator.post("/api/prevention/schools", { ...school, npsn: "1234" }, EN);
    expect(messageOf(short, "npsn")).toBe("an NPSN has 8 digits");
    const kecamatan = await cast.coordinator.post("/api/prevention/schools", {
      ...school,
      npsn: null,
      regionCode: "31.71.01",
    });
    expect(fieldsOf(kecamatan)).toEqual(["regionCode"]);
    expect((await cast.lurahCideng.post("/api/prevention/schools", { ...school, npsn: null })).status).toBe(
      403,
    );

    await cast.coordinator.post("/api/prevention/schools", {
      name: "SD Negeri Gambir 01",
      level: "sd_mi",
      ownership: "public",
      regionCode: GAMBIR,
    });
    const search = await cast.lurahCideng.get("/api/prevention/schools?q=negeri%209");
    expect(search.body.items.map((s: { name: string }) => s.name)).toEqual(["SMP Negeri 9 Jakarta"]);
    const byNpsn = await cast.lurahCideng.get("/api/prevention/schools?q=2010");
    expect(byNpsn.body.items).toHaveLength(1);
    const gambir = await cast.lurahCideng.get("/api/prevention/schools?regionCode=31.71.01");
    expect(gambir.body.items.map((s: { name: string }) => s.name)).toEqual([
      "SD Negeri Gambir 01",
      "SMP Negeri 9 Jakarta",
    ]);
    expect(gambir.body.items[0].abilities.update).toBe(false);

    const closed = await cast.coordinator.patch(`/api/prevention/schools/${created.body.id}`, {
      active: false,
    });
    expect(closed.body.active).toBe(false);
    const [update] = await auditOf(t, "school.updated", created.body.id);
    expect(update?.data).toEqual({ fields: ["active"] });
  });

  it("places an activity at a school in the school's kelurahan, whatever kelurahan was sent", async () => {
    const school = await cast.coordinator.post("/api/prevention/schools", {
      name: "SMA Uji Gambir",
      level: "sma_smk_ma",
      ownership: "private",
      regionCode: GAMBIR,
    });
    const res = await cast.lurahCideng.post(
      "/api/prevention/activities",
      heldSocialisation({ placeKind: "school", schoolId: school.body.id, regionCode: CIDENG }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ regionCode: GAMBIR, schoolName: "SMA Uji Gambir" });
  });

  it("stores materials and photos encrypted, checks their bytes, and audits every download", async () => {
    const activity = await cast.lurahCideng.post("/api/prevention/activities", heldSocialisation());
    const url = `/api/prevention/activities/${activity.body.id}/files`;
    const photo = await cast.lurahCideng.post(url, {
      kind: "photo",
      fileName: "suasana.png",
      mimeType: "image/png",
      contentBase64: PNG.toString("base64"),
    });
    expect(photo.status).toBe(201);
    // A minute later: files list in the order they came.
    t.ctx.now = () => new Date(NOW.getTime() + 60_000);
    const material = await cast.lurahCideng.post(url, {
      kind: "material",
      fileName: "materi.pdf",
      mimeType: "application/pdf",
      contentBase64: PDF.toString("base64"),
    });
    expect(material.status).toBe(201);
    const [stored] = await t.ctx.db.select().from(activityFiles).where(eq(activityFiles.id, photo.body.id));
    expect(Buffer.from(stored!.contentEnc).includes(PNG.subarray(8))).toBe(false);

    const renamed = await cast.lurahCideng.post(
      url,
      {
        kind: "material",
        fileName: "virus.pdf",
        mimeType: "application/pdf",
        contentBase64: PNG.toString("base64"),
      },
      EN,
    );
    expect(messageOf(renamed, "contentBase64")).toBe("the file's content is not of the type application/pdf");
    const pdfPhoto = await cast.lurahCideng.post(
      url,
      {
        kind: "photo",
        fileName: "materi.pdf",
        mimeType: "application/pdf",
        contentBase64: PDF.toString("base64"),
      },
      EN,
    );
    expect(messageOf(pdfPhoto, "mimeType")).toBe("a photo must be JPEG, PNG or WebP");

    // Another lurah sees the files and may download them, but not add or remove any.
    const list = await cast.lurahGambir.get(url);
    expect(list.body.items.map((f: { fileName: string; kind: string }) => [f.kind, f.fileName])).toEqual([
      ["photo", "suasana.png"],
      ["material", "materi.pdf"],
    ]);
    const download = await cast.lurahGambir.get(`${url}/${material.body.id}/content`);
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toContain("materi.pdf");
    expect(download.body).toBe(PDF.toString("utf8"));
    expect(await auditOf(t, "prevention.file_downloaded", material.body.id)).toHaveLength(1);
    const upload = await cast.lurahGambir.post(url, {
      kind: "photo",
      fileName: "x.png",
      mimeType: "image/png",
      contentBase64: PNG.toString("base64"),
    });
    expect(upload.status).toBe(403);
    expect((await cast.lurahGambir.delete(`${url}/${photo.body.id}`)).status).toBe(403);
    expect((await cast.lurahCideng.delete(`${url}/${photo.body.id}`)).status).toBe(204);
    expect((await cast.lurahCideng.get(url)).body.items).toHaveLength(1);
  });
});
