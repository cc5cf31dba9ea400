import { and, asc, count, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ImportDto } from "../../../shared/imports.ts";
import { queryRows } from "../../db/query-rows.ts";
import {
  auditEvents,
  caseCounters,
  caseEvents,
  casePeople,
  caseRoutePoints,
  cases,
  imports,
  people,
  taskForces,
} from "../../db/schema/index.ts";
import {
  type Client,
  createTestApp,
  describeEachDatabase,
  sessionCookieOf,
  type TestApp,
} from "../../test/test-app.ts";
import { ctdcCsv, ctdcRecords, ctdcRow, ctdcTestFiles, expectedOf } from "./imports.test-files.ts";

type Upload = { format: string; dryRun?: boolean; allOrNothing?: boolean; fileName?: string };

describeEachDatabase("imports", (kind) => {
  let t: TestApp;
  let cookie: string;
  let coordinator: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const user = await t.factories.user({ role: "coordinator" });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: { email: user.email, password: user.password },
    });
    cookie = sessionCookieOf(res);
    coordinator = await t.signIn(user.email, user.password);
  });
  afterAll(() => t.close());

  /** POST /api/imports as a browser form would send it. */
  async function post(file: string | Buffer | null, options: Upload, headers: Record<string, string> = {}) {
    const form = new FormData();
    if (file !== null)
      form.append(
        "file",
        new Blob([typeof file === "string" ? file : new Uint8Array(file)]),
        options.fileName ?? "data.csv",
      );
    form.append("format", options.format);
    if (options.dryRun !== undefined) form.append("dryRun", String(options.dryRun));
    if (options.allOrNothing !== undefined) form.append("allOrNothing", String(options.allOrNothing));
    const encoded = new Response(form);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie, "content-type": encoded.headers.get("content-type")!, ...headers },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    return { status: res.statusCode, body: res.json() };
  }

  /** Polls the import until it ends, as the web page does. */
  async function finished(id: string, headers: Record<string, string> = {}): Promise<ImportDto> {
    for (let i = 0; i < 600; i++) {
      const res = await coordinator.get(`/api/imports/${id}`, headers);
      expect(res.status).toBe(200);
      if (res.body.status === "done" || res.body.status === "failed") return res.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import ${id} did not end`);
  }

  async function importFile(file: string | Buffer, options: Upload, headers: Record<string, string> = {}) {
    const started = await post(file, options, headers);
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    return finished(started.body.id, headers);
  }

  const tally = async () => {
    const [c] = await t.ctx.db.select({ n: count() }).from(cases);
    const [p] = await t.ctx.db.select({ n: count() }).from(people);
    const [k] = await t.ctx.db
      .select({ n: sql<number>`coalesce(sum(${caseCounters.lastSeq}), 0)::int` })
      .from(caseCounters);
    return { cases: Number(c!.n), people: Number(p!.n), counters: Number(k!.n) };
  };

  it.each(ctdcTestFiles())(
    "imports the CTDC file ($source), every row landing where the file puts it",
    async ({ csv }) => {
      const records = ctdcRecords(csv);
      const result = await importFile(csv, { format: "ctdc-k-anon-2021", fileName: "ctdc-indonesia.csv" });
      expect(result).toMatchObject({
        status: "done",
        progress: 1,
        rowsRead: records.length,
        created: records.length,
        casesCreated: records.length,
        rejected: 0,
        errors: [],
        duplicateOf: null,
        fileName: "ctdc-indonesia.csv",
      });
      expect(result.summary!.victims).toBe(records.length);
      expect(result.summary!.byYear.reduce((n, c) => n + c.count, 0)).toBe(records.length);
      expect(result.message).toContain(`${records.length} baris diimpor`);

      const landed = await queryRows<{
        import_row: number;
        number: string;
        seq: number;
        year: number;
        status: string;
        identified_on: string;
        identified_on_precision: string;
        forms: string[];
        sex_code: string;
        is_child: boolean | null;
        age_group_code: string;
        nationality_code: string | null;
        destination: string | null;
        name_enc: string | null;
        nik_enc: string | null;
        case_manager_id: string | null;
      }>(
        t.ctx.db,
        sql`SELECT c.import_row, c.number, c.seq, c.year, c.status, c.identified_on::text, c.identified_on_precision,
            c.exploitation_forms AS forms, c.case_manager_id, p.sex_code, p.nationality_code, p.name_enc, p.nik_enc,
            cp.is_child, cp.age_group_code,
            (SELECT r.country_code FROM case_route_points r WHERE r.case_id = c.id AND r.kind = 'destination') AS destination
          FROM cases c JOIN case_people cp ON cp.case_id = c.id AND cp.role = 'victim' JOIN people p ON p.id = cp.person_id
          WHERE c.import_id = ${result.id} ORDER BY c.import_row`,
      );
      expect(landed).toHaveLength(records.length);
      const lastSeqOfYear = new Map<number, number>();
      for (const [i, { row, values }] of records.entries()) {
        const want = expectedOf(values);
        const got = landed[i]!;
        const at = `row ${row}`;
        expect(got.import_row, at).toBe(row);
        expect(got.year, at).toBe(want.year);
        expect(got.identified_on, at).toBe(`${want.year}-01-01`);
        expect(got.identified_on_precision, at).toBe("year");
        expect(got.sex_code, at).toBe(want.sex);
        expect(got.is_child, at).toBe(want.isChild);
        expect(got.age_group_code, at).toBe(want.ageGroup);
        expect(got.nationality_code, at).toBe(want.nationality);
        expect(got.destination, at).toBe(want.destination);
        expect([...got.forms].sort(), at).toEqual(want.forms);
        // Historical records: closed, nobody's open work, no identity at all.
        expect(got.status, at).toBe("closed");
        expect(got.case_manager_id, at).toBeNull();
        expect([got.name_enc, got.nik_enc], at).toEqual([null, null]);
        // Case numbers follow the file's order within each year, without holes.
        const previous = lastSeqOfYear.get(got.year);
        if (previous !== undefined) expect(got.seq, at).toBe(previous + 1);
        expect(got.number, at).toBe(`TPPO-3171-${got.year}-${String(got.seq).padStart(4, "0")}`);
        lastSeqOfYear.set(got.year, got.seq);
      }

      const [timeline] = await t.ctx.db
        .select({ n: count() })
        .from(caseEvents)
        .innerJoin(cases, eq(cases.id, caseEvents.caseId))
        .where(and(eq(cases.importId, result.id), eq(caseEvents.kind, "case.imported")));
      expect(Number(timeline!.n)).toBe(records.length);
      const audited = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.recordId, result.id));
      expect(audited.map((a) => a.event)).toEqual(["cases.imported"]);
      expect(audited[0]!.data).toMatchObject({ created: records.length, fileHash: result.contentHash });
      // The statistics engine counts the imported victims at once.
      const [facts] = await queryRows<{ n: number }>(
        t.ctx.db,
        sql`SELECT count(*)::int AS n FROM statistics_facts f JOIN cases c ON c.id = f.case_id
          WHERE c.import_id = ${result.id} AND f.is_victim`,
      );
      expect(facts!.n).toBe(records.length);
    },
    240_000,
  );

  it("keeps identical rows as distinct people, and recognises the same file the second time", async () => {
    const csv = ctdcCsv([
      ctdcRow({ yearOfRegistration: "2011" }),
      ctdcRow({ yearOfRegistration: "2011" }),
      ctdcRow({ yearOfRegistration: "2011" }),
    ]);
    const first = await importFile(csv, { format: "ctdc-k-anon-2021" });
    expect(first).toMatchObject({ status: "done", created: 3, casesCreated: 3 });
    const codes = await t.ctx.db
      .select({ code: people.code })
      .from(people)
      .innerJoin(casePeople, eq(casePeople.personId, people.id))
      .innerJoin(cases, eq(cases.id, casePeople.caseId))
      .where(eq(cases.importId, first.id));
    expect(new Set(codes.map((c) => c.code)).size).toBe(3);
    // A year is all CTDC gives: the case says so, and no 7-day first-aid deadline is judged.
    const [imported] = await t.ctx.db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.importId, first.id))
      .limit(1);
    const coordinator = await t.as("coordinator");
    const detail = await coordinator.get(`/api/cases/${imported!.id}`);
    expect(detail.body).toMatchObject({ identifiedOn: "2011-01-01", identifiedOnPrecision: "year" });
    const services = await coordinator.get(`/api/cases/${imported!.id}/services`);
    expect(services.body.firstAid[0]).toMatchObject({ dueBy: null, met: null, late: false });

    const before = await tally();
    const again = await importFile(csv, { format: "ctdc-k-anon-2021", fileName: "renamed.csv" });
    expect(again).toMatchObject({
      status: "done",
      created: 0,
      rowsRead: 0,
      duplicateOf: { id: first.id, created: 3 },
    });
    expect(again.message).toMatch(/sudah diimpor.*Tidak ada data baru/);
    expect(await tally()).toEqual(before);
    // A dry run of it says the same before anything is tried.
    const dry = await importFile(csv, { format: "ctdc-k-anon-2021", dryRun: true });
    expect(dry.duplicateOf?.id).toBe(first.id);
  });

  it("dry-runs: counts what would be created and writes nothing", async () => {
    const csv = ctdcCsv([
      ctdcRow({ yearOfRegistration: "2019", gender: "Male" }),
      ctdcRow({ yearOfRegistration: "2020", ageBroad: "9--17", majorityStatus: "Minor" }),
      ctdcRow({ yearOfRegistration: "2020", gender: "", CountryOfExploitation: "" }),
    ]);
    const before = await tally();
    const result = await importFile(csv, { format: "ctdc-k-anon-2021", dryRun: true });
    expect(result).toMatchObject({
      status: "done",
      dryRun: true,
      rowsRead: 3,
      valid: 3,
      created: 0,
      rejected: 0,
    });
    expect(result.summary).toMatchObject({
      cases: 3,
      victims: 3,
      byYear: [
        { value: "2019", count: 1 },
        { value: "2020", count: 2 },
      ],
      bySex: [
        { value: "female", count: 1 },
        { value: "male", count: 1 },
        { value: null, count: 1 },
      ],
      byChildStatus: [
        { value: "adult", count: 2 },
        { value: "child", count: 1 },
      ],
      byDestinationCountry: [
        { value: "MY", count: 2 },
        { value: null, count: 1 },
      ],
    });
    expect(result.message).toContain("Belum ada yang disimpan");
    expect(await tally()).toEqual(before);
    // A dry run is no import: the file may still be imported for real afterwards.
    const real = await importFile(csv, { format: "ctdc-k-anon-2021" });
    expect(real.created).toBe(3);
  });

  const badCsv = () =>
    ctdcCsv([
      ctdcRow({ yearOfRegistration: "2016" }),
      ctdcRow({ yearOfRegistration: "20x6" }),
      ctdcRow({ gender: "Robot", citizenship: "XX" }),
      ctdcRow({ ageBroad: "9--17", majorityStatus: "Adult" }),
      ctdcRow({ isForcedLabour: "2" }),
      ctdcRow({ yearOfRegistration: "2017", gender: "Male" }),
    ]);

  it("rejects bad rows with their row, column and reason, in the caller's language", async () => {
    const result = await importFile(badCsv(), { format: "ctdc-k-anon-2021", dryRun: true });
    expect(result).toMatchObject({ status: "done", rowsRead: 6, valid: 2, rejected: 4, errorCount: 5 });
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [3, "yearOfRegistration"],
      [4, "gender"],
      [4, "citizenship"],
      [5, "majorityStatus"],
      [6, "isForcedLabour"],
    ]);
    expect(result.errors[0]!.message).toBe(`tahun harus antara 1990 dan ${new Date().getFullYear()}`);
    expect(result.errors[1]!.message).toContain('"Robot" tidak dikenal');
    expect(result.errors[3]!.message).toContain("bertentangan dengan kolom ageBroad");
    const english = (await coordinator.get(`/api/imports/${result.id}`, { "accept-language": "en" })).body;
    expect(english.errors[1].message).toContain('"Robot" is not known');
    expect(english.message).toContain("Dry run: 2 rows would be imported");

    const download = await coordinator.get(`/api/imports/${result.id}/errors`);
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toMatch(/text\/csv/);
    expect(download.body).toContain("baris,kolom,masalah");
    expect(download.body).toContain('4,citizenship,"""XX"" bukan kode negara');
  });

  it("writes nothing at all when one row is bad (all or nothing)", async () => {
    const before = await tally();
    const result = await importFile(badCsv(), { format: "ctdc-k-anon-2021" });
    expect(result).toMatchObject({
      status: "failed",
      created: 0,
      valid: 2,
      rejected: 4,
      failure: { code: "rows_rejected" },
    });
    expect(result.message).toContain("Tidak ada yang diimpor: 4 baris bermasalah");
    // Not even a case number was used up.
    expect(await tally()).toEqual(before);
    expect(await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.recordId, result.id))).toEqual([]);
  });

  it("with allOrNothing=false keeps the valid rows and rejects the rest, each with its reason", async () => {
    const before = await tally();
    const result = await importFile(badCsv(), {
      format: "ctdc-k-anon-2021",
      allOrNothing: false,
      fileName: "partial.csv",
    });
    expect(result).toMatchObject({
      status: "done",
      rowsRead: 6,
      created: 2,
      casesCreated: 2,
      rejected: 4,
      errorCount: 5,
    });
    expect(result.rowsRead).toBe(result.created + result.rejected);
    expect(result.message).toContain("2 baris diimpor menjadi 2 kasus; 4 baris ditolak");
    const after = await tally();
    expect(after.cases - before.cases).toBe(2);
    const rows = await t.ctx.db
      .select({ row: cases.importRow })
      .from(cases)
      .where(eq(cases.importId, result.id))
      .orderBy(asc(cases.importRow));
    expect(rows.map((r) => r.row)).toEqual([2, 7]);
  });

  it("refuses a file of another layout before reading its rows", async () => {
    const notCtdc = "kasus_asal,tahun_identifikasi\nA,2020\n";
    const result = await importFile(notCtdc, { format: "ctdc-k-anon-2021" });
    expect(result).toMatchObject({ status: "failed", rowsRead: 0, failure: { code: "header_unknown" } });
    expect(result.failure!.message).toContain("kasus_asal");
    const empty = await importFile(`${ctdcCsv([])}`, { format: "ctdc-k-anon-2021" });
    expect(empty.failure?.code).toBe("no_rows");
    const shifted = await importFile(`${ctdcCsv([ctdcRow()])}2015,Case Management,Female\n`, {
      format: "ctdc-k-anon-2021",
      dryRun: true,
    });
    expect(shifted.errors).toEqual([
      { row: 3, field: "", message: "baris ini memiliki 3 kolom, seharusnya 63" },
    ]);
  });

  async function template(type: "xlsx" | "csv") {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/imports/template?type=${type}`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain(`templat-impor-gugus.${type}`);
    return res.rawPayload;
  }

  it("round-trips its own XLSX template: download, fill, import", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template("xlsx")) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Data", "Petunjuk", "Kode"]);
    const guide = workbook.getWorksheet("Petunjuk")!;
    const guideText = guide.getSheetValues().flat().join(" ");
    for (const column of ["kasus_asal", "tanggal_identifikasi", "bentuk_eksploitasi", "hubungan_perekrut"])
      expect(guideText).toContain(column);
    expect(guideText).toContain("Satu baris = satu korban");
    const codes = workbook.getWorksheet("Kode")!.getColumn(2).values;
    expect(codes).toEqual(
      expect.arrayContaining(["domestic_work", "forced_labour", "agent_recruiter", "age_13_17"]),
    );

    const data = workbook.getWorksheet("Data")!;
    const header = (data.getRow(1).values as unknown[]).slice(1) as string[];
    const put = (values: Record<string, string | number | Date>) =>
      data.addRow(header.map((h) => values[h] ?? null));
    put({
      kasus_asal: "LP/7/2023",
      tanggal_identifikasi: new Date(Date.UTC(2023, 4, 17)),
      jenis_kelamin: "female",
      umur: 16,
      kewarganegaraan: "ID",
      wilayah_asal: "31.71",
      wilayah_identifikasi: "31.71.01",
      negara_tujuan: "MY",
      bentuk_eksploitasi: "domestic_work;irregular_migrant_work",
      cara: "deception",
      proses: "recruitment",
      hubungan_perekrut: "agent_recruiter",
      ringkasan: "Direkrut lewat media sosial.",
    });
    put({ kasus_asal: "LP/7/2023", tahun_identifikasi: 2023, jenis_kelamin: "Laki-laki", umur: 24 });
    put({
      tahun_identifikasi: 2022,
      kelompok_umur: "age_25_44",
      anak: "tidak",
      bentuk_eksploitasi: "Pekerja rumah tangga",
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const result = await importFile(filled, { format: "gugus-template", fileName: "isian.xlsx" });
    expect(result).toMatchObject({ status: "done", rowsRead: 3, created: 3, casesCreated: 2, rejected: 0 });
    const made = await t.ctx.db
      .select()
      .from(cases)
      .where(eq(cases.importId, result.id))
      .orderBy(asc(cases.importRow));
    expect(made.map((c) => [c.identifiedOn, c.identifiedOnPrecision, c.status])).toEqual([
      ["2023-05-17", "day", "closed"],
      ["2022-01-01", "year", "closed"],
    ]);
    expect(made[0]).toMatchObject({
      identifiedRegionCode: "31.71.01",
      exploitationForms: ["domestic_work", "irregular_migrant_work"],
      means: ["deception"],
      acts: ["recruitment"],
      recruiterRelation: "agent_recruiter",
      summary: "Direkrut lewat media sosial.",
      importRow: 2,
    });
    expect(made[1]!.exploitationForms).toEqual(["domestic_work"]);
    const victims = await t.ctx.db
      .select({
        sex: people.sexCode,
        age: casePeople.ageAtExploitation,
        child: casePeople.isChild,
        group: casePeople.ageGroupCode,
        origin: people.originRegionCode,
      })
      .from(casePeople)
      .innerJoin(people, eq(people.id, casePeople.personId))
      .where(eq(casePeople.caseId, made[0]!.id))
      .orderBy(asc(casePeople.ageAtExploitation));
    expect(victims).toEqual([
      { sex: "female", age: 16, child: true, group: "age_13_17", origin: "31.71" },
      { sex: "male", age: 24, child: false, group: "age_18_24", origin: null },
    ]);
    const route = await t.ctx.db
      .select()
      .from(caseRoutePoints)
      .where(eq(caseRoutePoints.caseId, made[0]!.id));
    expect(route.map((p) => [p.kind, p.countryCode])).toEqual([["destination", "MY"]]);
  });

  it("round-trips its CSV template too, comma or semicolon separated, skipping its # rows", async () => {
    const downloaded = (await template("csv")).toString("utf8");
    expect(downloaded).toContain("# Templat impor korban Gugus");
    expect(downloaded).toMatch(/exploitation_form: .*domestic_work \(Pekerja rumah tangga\)/);
    const filled = `${downloaded}CSV-1,2021,,,male,30,,,ID,,,,SA,ship_crew,debt_bondage,,,\r\n,2021,,,female,,,ya,,,,,,,,,,\r\n`;
    const result = await importFile(filled, { format: "gugus-template", fileName: "isian.csv" });
    expect(result).toMatchObject({ status: "done", created: 2, rejected: 0 });
    const semicolons =
      "tahun_identifikasi;jenis_kelamin;bentuk_eksploitasi\r\n2020;Perempuan;Eksploitasi seksual / prostitusi paksa (termasuk melalui aplikasi daring)\r\n";
    const excel = await importFile(semicolons, { format: "gugus-template", fileName: "excel-id.csv" });
    expect(excel).toMatchObject({ status: "done", created: 1 });
    const [made] = await t.ctx.db.select().from(cases).where(eq(cases.importId, excel.id));
    expect(made!.exploitationForms).toEqual(["sexual_exploitation"]);
  });

  it("rejects template rows with unknown codes, regions, future dates or a case that contradicts itself", async () => {
    const csv = [
      "kasus_asal,tahun_identifikasi,tanggal_identifikasi,jenis_kelamin,umur,anak,wilayah_asal,bentuk_eksploitasi,negara_tujuan",
      "K1,2023,,female,15,,31.71,domestic_work,MY",
      "K1,2023,,male,40,,,ship_crew,MY",
      ",,,female,,,,,",
      ",2024,2099-01-01,female,,,,,",
      ",2023,,alien,17,tidak,31.99.99,kerja rodi,XX",
    ].join("\n");
    const result = await importFile(csv, { format: "gugus-template", dryRun: true });
    expect(result).toMatchObject({ rowsRead: 5, valid: 1, rejected: 4 });
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [3, "bentuk_eksploitasi"],
      [4, "tahun_identifikasi"],
      [5, "tanggal_identifikasi"],
      [6, "jenis_kelamin"],
      [6, "negara_tujuan"],
      [6, "bentuk_eksploitasi"],
    ]);
    expect(result.errors[0]!.message).toContain("berbeda dengan baris 2");
    expect(result.errors[5]!.message).toContain('"kerja rodi" tidak ada dalam daftar exploitation_form');
    // The region is checked once the row's own values pass: a known pattern, an unknown region.
    const region = await importFile("tahun_identifikasi,wilayah_asal\n2023,31.99.99\n", {
      format: "gugus-template",
      dryRun: true,
    });
    expect(region.errors).toEqual([
      {
        row: 2,
        field: "wilayah_asal",
        message: '"31.99.99" bukan kode wilayah Kemendagri yang dikenal (mis. 31.71.01)',
      },
    ]);
    const unknownColumn = await importFile("tahun,nama_korban\n2023,Ani\n", { format: "gugus-template" });
    expect(unknownColumn.failure).toMatchObject({ code: "header_unknown" });
    expect(unknownColumn.failure!.message).toContain("nama_korban");
  });

  it("lists the task force's imports, newest first, a page at a time", async () => {
    const first = await coordinator.get("/api/imports?limit=2");
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0].createdAt >= first.body.items[1].createdAt).toBe(true);
    const next = await coordinator.get(`/api/imports?limit=2&cursor=${first.body.nextCursor}`);
    expect(next.body.items[0].id).not.toBe(first.body.items[1].id);
    expect(next.body.items[0].createdAt <= first.body.items[1].createdAt).toBe(true);
  });

  it("marks a job whose process died as failed, so nothing waits forever", async () => {
    const [home] = await t.ctx.db.select().from(taskForces);
    const secretariat = await t.factories.secretariat();
    const [orphan] = await t.ctx.db
      .insert(imports)
      .values({
        taskForceId: home!.id,
        format: "ctdc-k-anon-2021",
        fileName: "terputus.csv",
        fileSize: 10,
        contentHash: "0".repeat(64),
        dryRun: false,
        status: "running",
        leadOrganizationId: secretariat.id,
        requestedByLabel: "server lain",
        heartbeatAt: new Date(Date.now() - 5 * 60_000),
      })
      .returning();
    const res = await coordinator.get(`/api/imports/${orphan!.id}`);
    expect(res.body).toMatchObject({ status: "failed", failure: { code: "interrupted" } });
    expect(res.body.message).toContain("Tidak ada yang tersimpan");
  });

  it("is for data exchange only: other roles are refused, other task forces' imports are not found", async () => {
    const manager = await t.as("case_manager");
    expect((await manager.get("/api/imports")).status).toBe(403);
    expect((await manager.get("/api/imports/template")).status).toBe(403);
    const form = new FormData();
    form.append("file", new Blob(["x"]), "x.csv");
    form.append("format", "ctdc-k-anon-2021");
    const encoded = new Response(form);
    const managerLogin = await t.factories.user({ role: "case_manager" });
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: { email: managerLogin.email, password: managerLogin.password },
    });
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: sessionCookieOf(login), "content-type": encoded.headers.get("content-type")! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(refused.statusCode).toBe(403);
    expect((await t.anonymous.get("/api/imports")).status).toBe(401);

    const [region] = await queryRows<{ code: string }>(
      t.ctx.db,
      sql`SELECT code FROM regions WHERE code = '32'`,
    );
    const [other] = await t.ctx.db
      .insert(taskForces)
      .values({ code: "32", name: "Gugus Tugas lain", regionCode: region!.code })
      .returning();
    const secretariat = await t.factories.secretariat();
    const [foreign] = await t.ctx.db
      .insert(imports)
      .values({
        taskForceId: other!.id,
        format: "gugus-template",
        fileName: "lain.csv",
        fileSize: 1,
        contentHash: "1".repeat(64),
        dryRun: true,
        status: "done",
        leadOrganizationId: secretariat.id,
        requestedByLabel: "lain",
      })
      .returning();
    expect((await coordinator.get(`/api/imports/${foreign!.id}`)).status).toBe(404);
    expect((await coordinator.get(`/api/imports/${foreign!.id}/errors`)).status).toBe(404);
    const listed = (await coordinator.get("/api/imports?limit=200")).body.items.map(
      (i: { id: string }) => i.id,
    );
    expect(listed).not.toContain(foreign!.id);
  });

  it("answers a request that is no proper upload with the field to fix", async () => {
    const json = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie, "content-type": "application/json" },
      payload: JSON.stringify({ format: "ctdc-k-anon-2021" }),
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toContain("multipart/form-data");
    const noFile = await post(null, { format: "ctdc-k-anon-2021" });
    expect(noFile.status).toBe(422);
    expect(noFile.body.error.details).toEqual([{ field: "file", message: "pilih berkas yang akan diimpor" }]);
    const badFormat = await post("x", { format: "excel-bebas" });
    expect(badFormat.status).toBe(422);
    expect(badFormat.body.error.details[0].field).toBe("format");
    expect((await coordinator.get("/api/imports/bukan-id")).status).toBe(422);
    expect((await coordinator.get("/api/imports/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describeEachDatabase("imports, size limit", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_IMPORT_MAX_MB: "1" });
  });
  afterAll(() => t.close());

  it("refuses a file above GUGUS_IMPORT_MAX_MB with 413, naming the limit, and keeps nothing", async () => {
    const user = await t.factories.user({ role: "coordinator" });
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: { email: user.email, password: user.password },
    });
    const form = new FormData();
    form.append("format", "ctdc-k-anon-2021");
    form.append("file", new Blob([new Uint8Array(1024 * 1024 + 1)]), "besar.csv");
    const encoded = new Response(form);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: sessionCookieOf(login), "content-type": encoded.headers.get("content-type")! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: "payload_too_large",
      message: "Berkas lebih dari 1 MB. Bagi menjadi beberapa berkas lalu impor satu per satu.",
      details: [{ field: "file", message: "berkas lebih dari 1 MB; bagi menjadi beberapa berkas" }],
    });
    expect(await t.ctx.db.select().from(imports)).toEqual([]);
  });
});
