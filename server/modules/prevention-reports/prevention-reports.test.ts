import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import QRCode from "qrcode";
import { afterAll, beforeAll, expect, it } from "vitest";
import { activityPartners, auditEvents, taskForces } from "../../db/schema/index.ts";
import { parseCsv } from "../../lib/csv-parse.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { insertActivity } from "../prevention-tests/test-support.ts";
import { readPdf } from "./pdf-test-reader.ts";

// A 1×1 JPEG: small, but whole, so the PDF embeds it as it would a phone's photo.
const JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
  "base64",
);
// Only the leading bytes of a JPEG: it passes the upload's type check but no reader can open it.
const BROKEN_JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);
const WEBP = Buffer.concat([Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1"), Buffer.alloc(24, 1)]);

const squash = (text: string) => text.replace(/\s+/g, "");

async function workbookOf(raw: Buffer | undefined) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(raw as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as plain values, the header first. */
function valuesOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describeEachDatabase("prevention exports and the activity report", (kind) => {
  let t: TestApp;
  let lurah: Client;
  let otherLurah: Client;
  let leadership: Client;
  let kelurahanId: string;
  let held: { id: string; title: string };
  let counted: { id: string };

  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    kelurahanId = (
      await t.factories.organization({ name: "Kelurahan Cideng (uji)", typeCode: "urban_village" })
    ).id;
    const elsewhere = await t.factories.organization({
      name: "Kelurahan Petojo (uji)",
      typeCode: "urban_village",
    });
    const police = await t.factories.organization({
      name: "Unit PPA Polres Metro Jakarta Pusat (uji)",
      typeCode: "police",
    });
    lurah = await t.as("field_reporter", { organizationId: kelurahanId });
    otherLurah = await t.as("field_reporter", { organizationId: elsewhere.id });
    leadership = await t.as("leadership");

    // Held 10 March 2026, 09.00–12.00 WIB, with an attendance list of three and a test.
    held = await insertActivity(t, {
      organizerOrganizationId: kelurahanId,
      title: "Sosialisasi Pencegahan TPPO di SMP Negeri 1",
      notes: "Peserta banyak bertanya tentang tawaran kerja lewat media sosial.",
    });
    await t.ctx.db.insert(activityPartners).values({ activityId: held.id, organizationId: police.id });
    const attendees = [
      {
        name: "Siti Aminah",
        affiliation: "SMP Negeri 1 Jakarta",
        sex: "female",
        ageBand: "children",
        phone: "081234567890",
      },
      { name: "Budi Santoso", affiliation: "Karang Taruna Cideng", sex: "male", ageBand: "adults" },
      // A name a spreadsheet would run as a formula if it were written carelessly.
      { name: "@Rahmat", sex: "male", ageBand: "children" },
    ];
    for (const a of attendees) {
      const res = await lurah.post(`/api/prevention/activities/${held.id}/attendees`, a);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // Knowledge test: one true/false question; A goes 0 → 100, B 100 → 100: pre 50, post 100.
    const testPath = `/api/prevention/activities/${held.id}/knowledge-test`;
    const { body: test } = await lurah.post(testPath, {
      questions: [
        { kind: "true_false", prompt: "Tawaran kerja tanpa kontrak patut dicurigai.", correctOption: 0 },
      ],
    });
    const answer = (phase: string, participantKey: string, answers: number[]) =>
      t.anonymous.post(`/api/public/tests/${test.token}/answers`, { phase, participantKey, answers });
    await lurah.patch(testPath, { openPhase: "pre" });
    await answer("pre", "peserta-a-0000000001", [1]);
    await answer("pre", "peserta-b-0000000002", [0]);
    await lurah.patch(testPath, { openPhase: "post" });
    await answer("post", "peserta-a-0000000001", [0]);
    await answer("post", "peserta-b-0000000002", [0]);

    // Held 5 February 2026 with counts entered: 12 women and 8 men.
    counted = await insertActivity(t, {
      organizerOrganizationId: kelurahanId,
      typeCode: "community_education",
      title: "Penyuluhan bagi Orang Tua",
      startsAt: new Date("2026-02-05T01:00:00Z"),
      endsAt: null,
      targetGroupCodes: ["parents"],
      femaleChildren: 0,
      femaleAdults: 12,
      femaleOlder: 0,
      maleChildren: 0,
      maleAdults: 8,
      maleOlder: 0,
    });
    // Planned online, far ahead, with a title that starts like a formula.
    await insertActivity(t, {
      organizerOrganizationId: kelurahanId,
      typeCode: "media_campaign",
      title: '=HYPERLINK("http://contoh.id","klik")',
      status: "planned",
      startsAt: new Date("2026-12-20T03:00:00Z"),
      endsAt: null,
      placeKind: "online",
      regionCode: null,
      targetGroupCodes: ["students"],
    });
    // Another year: outside the filter.
    await insertActivity(t, {
      organizerOrganizationId: kelurahanId,
      title: "Sosialisasi 2025",
      startsAt: new Date("2025-08-01T02:00:00Z"),
    });
  });
  afterAll(() => t.close());

  it("exports the filtered activities as XLSX, headers and labels in the caller's language, times in WIB", async () => {
    const res = await leadership.get("/api/prevention/activities/export?format=xlsx&year=2026");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers["content-disposition"]).toMatch(
      /attachment; filename="kegiatan-pencegahan-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const workbook = await workbookOf(res.raw);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Kegiatan pencegahan"]);
    const [header, ...rows] = valuesOf(workbook.worksheets[0]);
    expect(header).toEqual([
      "No.",
      "Judul kegiatan",
      "Jenis kegiatan",
      "Status",
      "Mulai (WIB)",
      "Selesai (WIB)",
      "Jenis tempat",
      "Kelurahan",
      "Kecamatan",
      "Sekolah",
      "Keterangan tempat",
      "Penyelenggara",
      "Mitra",
      "Sasaran",
      "Sub gugus tugas",
      "Perempuan anak (<18)",
      "Perempuan dewasa (18–59)",
      "Perempuan lansia (60+)",
      "Laki-laki anak (<18)",
      "Laki-laki dewasa (18–59)",
      "Laki-laki lansia (60+)",
      "Jumlah peserta",
      "Sumber data peserta",
      "Rata-rata skor pra-tes (%)",
      "Rata-rata skor pasca-tes (%)",
      "Catatan",
      "ID kegiatan",
    ]);
    // The list's order: what is coming first, then the rest newest first; 2025 is filtered out.
    expect(rows.map((r) => r[1])).toEqual([
      '=HYPERLINK("http://contoh.id","klik")',
      "Sosialisasi Pencegahan TPPO di SMP Negeri 1",
      "Penyuluhan bagi Orang Tua",
    ]);
    const [planned, withList, withCounts] = rows;
    expect(withList).toEqual([
      2,
      "Sosialisasi Pencegahan TPPO di SMP Negeri 1",
      "Sosialisasi",
      "Terlaksana",
      // 02:00 UTC is 09:00 in Jakarta; the cell holds the wall-clock time people read.
      new Date("2026-03-10T09:00:00Z"),
      new Date("2026-03-10T12:00:00Z"),
      "Kelurahan",
      "Cideng",
      "Gambir",
      undefined,
      undefined,
      "Kelurahan Cideng (uji)",
      "Unit PPA Polres Metro Jakarta Pusat (uji)",
      "Pelajar; Orang tua",
      undefined,
      1,
      0,
      0,
      1,
      1,
      0,
      3,
      "Daftar hadir",
      50,
      100,
      "Peserta banyak bertanya tentang tawaran kerja lewat media sosial.",
      held.id,
    ]);
    expect(withCounts!.slice(15, 25)).toEqual([
      0,
      12,
      0,
      0,
      8,
      0,
      20,
      "Perkiraan jumlah",
      undefined,
      undefined,
    ]);
    expect(planned!.slice(2, 8)).toEqual([
      "Kampanye media",
      "Direncanakan",
      new Date("2026-12-20T10:00:00Z"),
      undefined,
      "Daring",
      undefined,
    ]);
    expect(planned!.slice(21, 23)).toEqual([undefined, "Belum dicatat"]);
    // Security: a title that looks like a formula is text in its cell, never a formula.
    expect(workbook.worksheets[0]!.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);

    const en = await leadership.get("/api/prevention/activities/export?format=xlsx&year=2026&lang=en");
    const [enHeader, , enHeld] = valuesOf((await workbookOf(en.raw)).worksheets[0]);
    expect(enHeader!.slice(0, 6)).toEqual([
      "No.",
      "Activity",
      "Type",
      "Status",
      "Starts (WIB)",
      "Ends (WIB)",
    ]);
    expect(enHeld!.slice(2, 4)).toEqual(["Awareness session", "Held"]);
    expect(en.headers["content-disposition"]).toMatch(/filename="prevention-activities-/);
    const viaHeader = await leadership.get(
      "/api/prevention/activities/export?format=xlsx&typeCode=community_education",
      {
        "accept-language": "en",
      },
    );
    const [, ...educationOnly] = valuesOf((await workbookOf(viaHeader.raw)).worksheets[0]);
    expect(educationOnly.map((r) => r[2])).toEqual(["Community education"]);
  });

  it("exports the same rows as CSV with a byte-order mark and formula-safe cells, and audits each export", async () => {
    const res = await lurah.get("/api/prevention/activities/export?format=csv&year=2026");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.raw!.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(res.raw!.toString("utf8").slice(1));
    expect(header!.slice(0, 5)).toEqual(["No.", "Judul kegiatan", "Jenis kegiatan", "Status", "Mulai (WIB)"]);
    expect(rows).toHaveLength(3);
    // Security: Excel would run this; the apostrophe keeps it text.
    expect(rows[0]![1]).toBe(`'=HYPERLINK("http://contoh.id","klik")`);
    expect(rows[1]!.slice(2, 6)).toEqual([
      "Sosialisasi",
      "Terlaksana",
      "2026-03-10 09:00",
      "2026-03-10 12:00",
    ]);
    expect(rows[1]!.slice(15, 25)).toEqual(["1", "0", "0", "1", "1", "0", "3", "Daftar hadir", "50", "100"]);

    const audits = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.event, "prevention.activities_exported"))
      .orderBy(auditEvents.seq);
    expect(audits.at(-1)!.data).toEqual({ format: "csv", filters: { year: 2026 }, rows: 3 });
    expect(audits.at(-1)!.actorUserId).toBe(lurah.user.id);
  });

  it("gives the attendance list with names only to those who run the activity, and audits it", async () => {
    const path = `/api/prevention/activities/${held.id}/attendees/export`;
    const res = await lurah.get(`${path}?format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(
      /filename="daftar-hadir-sosialisasi-pencegahan-tppo-di-smp-negeri-1-2026-03-10\.xlsx"/,
    );
    expect(res.headers["cache-control"]).toBe("no-store");
    const workbook = await workbookOf(res.raw);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Daftar hadir", "Kegiatan"]);
    expect(valuesOf(workbook.worksheets[0])).toEqual([
      ["No.", "Nama", "Organisasi atau sekolah", "Jenis kelamin", "Kelompok umur", "Telepon"],
      [1, "Siti Aminah", "SMP Negeri 1 Jakarta", "Perempuan", "Anak", "081234567890"],
      [2, "Budi Santoso", "Karang Taruna Cideng", "Laki-laki", "Dewasa"],
      [3, "@Rahmat", undefined, "Laki-laki", "Anak"],
    ]);
    expect(valuesOf(workbook.worksheets[1])[0]).toEqual(["Nama kegiatan", held.title]);

    const csv = await lurah.get(`${path}?format=csv&lang=en`);
    const lines = parseCsv(csv.raw!.toString("utf8").slice(1));
    expect(lines[0]).toEqual(["No.", "Name", "Organisation or school", "Sex", "Age band", "Phone"]);
    expect(lines[1]).toEqual([
      "1",
      "Siti Aminah",
      "SMP Negeri 1 Jakarta",
      "Female",
      "Children",
      "081234567890",
    ]);
    // Security: "@" would start a formula in a spreadsheet.
    expect(lines[3]![1]).toBe("'@Rahmat");

    const exported = await auditOf(t, "prevention.attendance_exported", held.id);
    expect(exported.map((e) => e.data)).toEqual([
      { format: "xlsx", rows: 3 },
      { format: "csv", rows: 3 },
    ]);
    expect(exported[0]!.actorUserId).toBe(lurah.user.id);

    // Another kelurahan sees the activity but not its list (403, audited); leadership lacks the permission.
    const refused = await otherLurah.get(`${path}?format=xlsx`);
    expect(refused.status).toBe(403);
    expect((await auditOf(t, "access.denied", held.id)).length).toBeGreaterThan(0);
    expect((await leadership.get(`${path}?format=xlsx`)).status).toBe(403);
    expect((await auditOf(t, "prevention.attendance_exported", held.id)).length).toBe(2);
    // Nothing to export yet is said plainly.
    const empty = await lurah.get(`/api/prevention/activities/${counted.id}/attendees/export?format=csv`);
    expect(empty.status).toBe(409);
    expect(empty.body.error.message).toBe("Kegiatan ini belum memiliki daftar hadir untuk diunduh.");
  });

  it("writes an attendance file the attendance import reads back", async () => {
    const exported = await lurah.get(
      `/api/prevention/activities/${held.id}/attendees/export?format=xlsx&lang=en`,
    );
    const followUp = await insertActivity(t, {
      organizerOrganizationId: kelurahanId,
      title: "Tindak lanjut",
    });
    const preview = await lurah.post(`/api/prevention/activities/${followUp.id}/attendees/import`, {
      fileName: "attendance.xlsx",
      contentBase64: exported.raw!.toString("base64"),
      commit: false,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.rejected).toEqual([]);
    expect(
      preview.body.accepted.map((a: { name: string; sex: string; ageBand: string }) => [
        a.name,
        a.sex,
        a.ageBand,
      ]),
    ).toEqual([
      ["Siti Aminah", "female", "children"],
      ["Budi Santoso", "male", "adults"],
      ["@Rahmat", "male", "children"],
    ]);
  });

  it("makes the activity report as a PDF with its title, participants, test results and photos", async () => {
    const upload = (fileName: string, mimeType: string, content: Buffer) =>
      lurah.post(`/api/prevention/activities/${held.id}/files`, {
        kind: "photo",
        fileName,
        mimeType,
        contentBase64: content.toString("base64"),
      });
    expect((await upload("pembukaan.jpg", "image/jpeg", JPEG)).status).toBe(201);
    expect((await upload("peserta.png", "image/png", await QRCode.toBuffer("foto peserta"))).status).toBe(
      201,
    );
    expect((await upload("spanduk.webp", "image/webp", WEBP)).status).toBe(201);

    const res = await leadership.get(`/api/prevention/activities/${held.id}/report`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toMatch(
      /filename="laporan-kegiatan-sosialisasi-pencegahan-tppo-di-smp-negeri-1-2026-03-10\.pdf"/,
    );
    expect(res.raw!.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = readPdf(res.raw!);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expect(pdf.imageCount).toBeGreaterThanOrEqual(2);
    expect(pdf.title).toBe(`Laporan kegiatan pencegahan TPPO: ${held.title}`);
    const text = squash(pdf.text);
    const [taskForce] = await t.ctx.db.select().from(taskForces);
    expect(taskForce!.name).toMatch(/PP-TPPO/);
    for (const expected of [
      "GUGUS TUGAS PENCEGAHAN DAN PENANGANAN TINDAK PIDANA PERDAGANGAN ORANG",
      "LAPORAN KEGIATAN PENCEGAHAN TINDAK PIDANA PERDAGANGAN ORANG",
      held.title,
      "Selasa, 10 Maret 2026",
      "09.00–12.00 WIB",
      "Kelurahan Cideng, Kecamatan Gambir",
      "Unit PPA Polres Metro Jakarta Pusat (uji)",
      "Pelajar, Orang tua",
      "Berdasarkan daftar hadir (3 orang).",
      // Rata-rata skor: pre 50 %, post 100 %; the gain +50 points.
      "Rata-rata skor 50% 100%",
      "+50 poin persentase",
      "Peserta banyak bertanya tentang tawaran kerja lewat media sosial.",
      "1 foto tidak dapat dimuat dalam PDF",
      "Halaman 1 dari",
    ]) {
      expect(text, expected).toContain(squash(expected));
    }
    // The participants table: women 1 child; men 1 child and 1 adult; 3 in all.
    expect(text).toContain(squash("Perempuan 1 0 0 1 Laki- laki 1 1 0 2 Jumlah 2 1 0 3"));
    const [audit] = await auditOf(t, "prevention.report_generated", held.id);
    expect(audit!.data).toMatchObject({ language: "id" });
    expect((audit!.data as { photoIds: string[] }).photoIds).toHaveLength(2);
    expect(audit!.actorUserId).toBe(leadership.user.id);
  });

  it("writes the report in English on request, by lang or Accept-Language", async () => {
    for (const [url, headers] of [
      [`/api/prevention/activities/${counted.id}/report?lang=en`, {}],
      [`/api/prevention/activities/${counted.id}/report`, { "accept-language": "en-GB,en;q=0.9" }],
    ] as const) {
      const res = await lurah.get(url, headers);
      expect(res.status).toBe(200);
      const pdf = readPdf(res.raw!);
      const text = squash(pdf.text);
      expect(text).toContain(squash("REPORT ON A TRAFFICKING PREVENTION ACTIVITY"));
      expect(text).toContain(squash("Thursday, 5 February 2026"));
      expect(text).toContain(squash("From the counts the organiser estimated."));
      expect(text).toContain(squash("This activity did not use a knowledge test."));
      expect(text).toContain(squash("No photos of the activity yet."));
      expect(pdf.imageCount).toBe(0);
      expect(res.headers["content-disposition"]).toMatch(
        /filename="activity-report-penyuluhan-bagi-orang-tua-2026-02-05\.pdf"/,
      );
    }
  });

  it("still makes the report when a photo cannot be read, saying so", async () => {
    const activity = await insertActivity(t, {
      organizerOrganizationId: kelurahanId,
      title: "Patroli kos-kosan",
    });
    const uploaded = await lurah.post(`/api/prevention/activities/${activity.id}/files`, {
      kind: "photo",
      fileName: "rusak.jpg",
      mimeType: "image/jpeg",
      contentBase64: BROKEN_JPEG.toString("base64"),
    });
    expect(uploaded.status).toBe(201);
    const res = await lurah.get(`/api/prevention/activities/${activity.id}/report`);
    expect(res.status).toBe(200);
    const pdf = readPdf(res.raw!);
    expect(pdf.imageCount).toBe(0);
    expect(squash(pdf.text)).toContain(
      squash("1 foto tidak dapat dimuat dalam PDF (berformat WebP atau berkasnya rusak)"),
    );
    const [audit] = await auditOf(t, "prevention.report_generated", activity.id);
    expect(audit!.data).toEqual({ language: "id", photoIds: [] });
  });

  it("puts at most eight photos in a report and says how many more there are", async () => {
    const activity = await insertActivity(t, {
      organizerOrganizationId: kelurahanId,
      title: "Kampanye di CFD",
    });
    for (let i = 1; i <= 9; i++) {
      const res = await lurah.post(`/api/prevention/activities/${activity.id}/files`, {
        kind: "photo",
        fileName: `foto-${i}.jpg`,
        mimeType: "image/jpeg",
        contentBase64: JPEG.toString("base64"),
      });
      expect(res.status).toBe(201);
    }
    const res = await lurah.get(`/api/prevention/activities/${activity.id}/report`);
    const pdf = readPdf(res.raw!);
    expect(squash(pdf.text)).toContain(squash("Foto 8"));
    expect(squash(pdf.text)).not.toContain(squash("Foto 9"));
    expect(squash(pdf.text)).toContain(squash("1 foto lainnya tidak dimuat dalam laporan ini."));
    const [audit] = await auditOf(t, "prevention.report_generated", activity.id);
    expect((audit!.data as { photoIds: string[] }).photoIds).toHaveLength(8);
  });

  it("keeps the files of another task force's activity out of reach", async () => {
    const [province] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "31", name: "Gugus Tugas PP-TPPO Provinsi DKI Jakarta", regionCode: "31" })
      .returning();
    const provinceOrg = await t.factories.organization({
      taskForceId: province!.id,
      name: "Dinas PPAPP DKI",
    });
    const foreigner = await t.as("coordinator", { organizationId: provinceOrg.id });
    expect((await foreigner.get(`/api/prevention/activities/${held.id}/report`)).status).toBe(404);
    expect(
      (await foreigner.get(`/api/prevention/activities/${held.id}/attendees/export?format=csv`)).status,
    ).toBe(404);
    const theirs = await foreigner.get("/api/prevention/activities/export?format=csv");
    // Their own task force has no activities: the header row and nothing else.
    expect(parseCsv(theirs.raw!.toString("utf8").slice(1))).toHaveLength(1);
  });
});
