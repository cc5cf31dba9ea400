import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { activityAttendees } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { attendeeTemplate } from "./attendee-import.ts";
import { EN, fieldsOf, heldSocialisation, messageOf, NOW, preventionCast } from "./test-support.ts";

const counts = (values: Partial<Record<string, number>>) => ({
  femaleChildren: 0,
  femaleAdults: 0,
  femaleOlder: 0,
  maleChildren: 0,
  maleAdults: 0,
  maleOlder: 0,
  ...values,
});

const base64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

describeEachDatabase("attendance lists", (kind) => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof preventionCast>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    cast = await preventionCast(t);
  });
  afterAll(() => t.close());

  async function activity(overrides = {}) {
    const res = await cast.lurahCideng.post("/api/prevention/activities", heldSocialisation(overrides));
    return res.body.id as string;
  }

  it("keeps names and phones encrypted, derives the counts from the list, and replaces entered counts", async () => {
    const id = await activity({ counts: counts({ femaleAdults: 30 }) });
    const url = `/api/prevention/activities/${id}/attendees`;
    const added = await cast.lurahCideng.post(url, {
      name: "Siti Aminah",
      affiliation: "SMP Negeri 1 Jakarta",
      sex: "female",
      ageBand: "children",
      phone: "0812 3456 7890",
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: "Siti Aminah", phone: "0812 3456 7890", otherActivities: 0 });
    // A second later: the list reads in the order people were added.
    t.ctx.now = () => new Date(NOW.getTime() + 1000);
    await cast.lurahCideng.post(url, { name: "Budi Santoso", sex: "male", ageBand: "adults" });
    t.ctx.now = () => NOW;
    const [stored] = await t.ctx.db
      .select()
      .from(activityAttendees)
      .where(eq(activityAttendees.id, added.body.id));
    expect(stored!.nameEnc).not.toContain("Siti");
    expect(stored!.phoneEnc).not.toContain("0812");

    const page = await cast.lurahCideng.get(`/api/prevention/activities/${id}`);
    expect(page.body).toMatchObject({
      participantSource: "list",
      participantTotal: 2,
      attendeeCount: 2,
      counts: counts({ femaleChildren: 1, maleAdults: 1 }),
    });
    const audits = await auditOf(t, "prevention.attendee_added", id);
    expect(audits.map((a) => (a.data as { countsReplaced: boolean }).countsReplaced)).toEqual([true, false]);
    const list = await cast.lurahCideng.get(url);
    expect(list.body.items.map((a: { name: string }) => a.name)).toEqual(["Siti Aminah", "Budi Santoso"]);
    expect(list.body.counts).toEqual(counts({ femaleChildren: 1, maleAdults: 1 }));
  });

  it("refuses counts that disagree with the attendance list, cell by cell, and takes counts that agree", async () => {
    const id = await activity();
    const url = `/api/prevention/activities/${id}`;
    await cast.lurahCideng.post(`${url}/attendees`, { name: "Rina", sex: "female", ageBand: "adults" });
    await cast.lurahCideng.post(`${url}/attendees`, { name: "Dewi", sex: "female", ageBand: "adults" });
    const wrong = counts({ femaleAdults: 5, maleOlder: 1 });
    const res = await cast.lurahCideng.patch(url, { counts: wrong });
    expect(res.status).toBe(422);
    expect(fieldsOf(res)).toEqual(["counts.femaleAdults", "counts.maleOlder"]);
    expect(messageOf(res, "counts.femaleAdults")).toBe("tertulis 5, padahal daftar hadir mencatat 2 orang");
    const en = await cast.lurahCideng.patch(url, { counts: wrong }, EN);
    expect(messageOf(en, "counts.maleOlder")).toBe("says 1, but the attendance list records 0");
    const right = await cast.lurahCideng.patch(url, { counts: counts({ femaleAdults: 2 }) });
    expect(right.status).toBe(200);
    expect(right.body.counts).toEqual(counts({ femaleAdults: 2 }));
  });

  it("refuses the same person twice on one list, and counts people seen at other held activities", async () => {
    const first = await activity();
    const second = await activity({ title: "Penyuluhan lanjutan" });
    await cast.lurahCideng.post(`/api/prevention/activities/${first}/attendees`, {
      name: "Muhammad Yusuf",
      sex: "male",
      ageBand: "adults",
    });
    const url = `/api/prevention/activities/${second}/attendees`;
    // Spelling variants of one name are one person.
    expect(
      (await cast.lurahCideng.post(url, { name: "Muhamad Jusuf", sex: "male", ageBand: "adults" })).status,
    ).toBe(201);
    const twice = await cast.lurahCideng.post(
      url,
      { name: "muhammad  yusuf", sex: "male", ageBand: "adults" },
      EN,
    );
    expect(twice.status).toBe(422);
    expect(messageOf(twice, "name")).toMatch(/already on the attendance list/);
    const list = await cast.lurahCideng.get(url);
    expect(list.body.items[0].otherActivities).toBe(1);
  });

  it("previews an import with every rejected row and its reason, then imports only when asked", async () => {
    const id = await activity();
    const url = `/api/prevention/activities/${id}/attendees/import`;
    const csv = [
      "nama;organisasi_atau_sekolah;jenis_kelamin;kelompok_umur;telepon",
      "Ani Lestari;SMA Negeri 2;P;anak;081211112222",
      "Joko;;X;dewasa;",
      ";Karang Taruna;L;dewasa;",
      "Ani Lestari;SMA Negeri 2;perempuan;16;",
      "Pak Harun;RW 03;L;67;abc",
      "Bu Sri;PKK;Perempuan;45;",
      "",
    ].join("\r\n");
    const file = { fileName: "hadir.csv", contentBase64: base64(csv) };
    const preview = await cast.lurahCideng.post(url, { ...file, commit: false }, EN);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ committed: false, rowsRead: 6, created: 0 });
    expect(preview.body.accepted.map((a: { row: number; ageBand: string }) => [a.row, a.ageBand])).toEqual([
      [2, "children"],
      [7, "adults"],
    ]);
    expect(preview.body.rejected).toEqual([
      { row: 3, field: "jenis_kelamin", message: "must be one of: female, male" },
      { row: 4, field: "nama", message: "is required" },
      { row: 5, field: "nama", message: "repeats row 2 of this file" },
      { row: 6, field: "telepon", message: expect.stringMatching(/phone number holds digits only/) },
    ]);
    expect((await cast.lurahCideng.get(`/api/prevention/activities/${id}`)).body.attendeeCount).toBe(0);

    const refused = await cast.lurahCideng.post(url, { ...file, commit: true }, EN);
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(["skipRejected"]);
    expect(messageOf(refused, "skipRejected")).toMatch(/^4 rows were rejected/);
    const done = await cast.lurahCideng.post(url, { ...file, commit: true, skipRejected: true });
    expect(done.body).toMatchObject({ committed: true, created: 2 });
    const page = await cast.lurahCideng.get(`/api/prevention/activities/${id}`);
    expect(page.body.counts).toEqual(counts({ femaleChildren: 1, femaleAdults: 1 }));
    const [audit] = await auditOf(t, "prevention.attendees_imported", id);
    expect(audit?.data).toMatchObject({ rowsRead: 6, created: 2, rejected: 4 });
    // The same file again: everyone is already listed.
    const again = await cast.lurahCideng.post(url, { ...file, commit: false });
    expect(again.body.accepted).toEqual([]);
    const listed = again.body.rejected.filter((r: { message: string }) =>
      /sudah ada di daftar hadir/.test(r.message),
    );
    expect(listed.map((r: { row: number }) => r.row)).toEqual([2, 5, 7]);
  });

  it("reads an XLSX list and the downloadable templates, English headers included", async () => {
    const id = await activity();
    const url = `/api/prevention/activities/${id}/attendees/import`;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["Name", "School", "Sex", "Age group", "Phone"]);
    sheet.addRow(["Yanti", "SD Negeri Cideng 01", "F", "children", "0813-1111-2222"]);
    sheet.addRow([]);
    sheet.addRow(["Agus", "", "M", 35, 81299998888]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await cast.lurahCideng.post(url, {
      fileName: "list.xlsx",
      contentBase64: base64(xlsx),
      commit: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rowsRead: 2, created: 2, rejected: [] });
    expect(res.body.accepted.map((a: { row: number }) => a.row)).toEqual([2, 4]);

    for (const format of ["csv", "xlsx"] as const) {
      const download = await cast.lurahCideng.get(`/api/prevention/attendee-template?format=${format}`);
      expect(download.status).toBe(200);
      expect(download.headers["content-disposition"]).toContain(`daftar-hadir.${format}`);
      // The bytes the route sends, read back through the import.
      const other = await activity();
      const preview = await cast.lurahCideng.post(`/api/prevention/activities/${other}/attendees/import`, {
        fileName: `daftar-hadir.${format}`,
        contentBase64: (await attendeeTemplate(format)).toString("base64"),
        commit: false,
      });
      expect(preview.body.accepted.map((a: { name: string }) => a.name)).toEqual([
        "Siti Aminah",
        "Budi Santoso",
      ]);
      expect(preview.body.rejected).toEqual([]);
    }
  });

  it("refuses a file that is not what its name says, or has no header naming the columns", async () => {
    const id = await activity();
    const url = `/api/prevention/activities/${id}/attendees/import`;
    const fake = await cast.lurahCideng.post(url, {
      fileName: "x.xlsx",
      contentBase64: base64("nama\nA"),
      commit: false,
    });
    expect(fieldsOf(fake)).toEqual(["contentBase64"]);
    const headless = await cast.lurahCideng.post(
      url,
      { fileName: "x.csv", contentBase64: base64("Siti,P,anak\nBudi,L,dewasa\n"), commit: false },
      EN,
    );
    expect(messageOf(headless, "contentBase64")).toBe(
      "the first row must name the columns; missing: nama, jenis_kelamin, kelompok_umur",
    );
  });

  it("keeps lists to those who run the activity: another lurah may neither read nor add", async () => {
    const id = await activity();
    const url = `/api/prevention/activities/${id}/attendees`;
    expect((await cast.lurahGambir.post(url, { name: "X", sex: "male", ageBand: "adults" })).status).toBe(
      403,
    );
    expect((await cast.lurahGambir.get(url)).status).toBe(403);
    expect((await cast.coordinator.get(url)).status).toBe(200);
    const cancelled = await activity({ status: "cancelled", cancelReason: "Hujan deras" });
    const res = await cast.lurahCideng.post(`/api/prevention/activities/${cancelled}/attendees`, {
      name: "X",
      sex: "male",
      ageBand: "adults",
    });
    expect(res.status).toBe(409);
  });

  it("takes a person off the list", async () => {
    const id = await activity();
    const url = `/api/prevention/activities/${id}/attendees`;
    const added = await cast.lurahCideng.post(url, { name: "Salah Ketik", sex: "male", ageBand: "adults" });
    const removed = await cast.lurahCideng.delete(`${url}/${added.body.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ attendeeCount: 0, participantSource: "none" });
    expect((await cast.lurahCideng.delete(`${url}/${added.body.id}`)).status).toBe(404);
  });
});
