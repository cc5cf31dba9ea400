import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportHeaders } from "../../../shared/exports.ts";
import { htcdsPicklists } from "../../../shared/htcds.ts";
import { currentTotp } from "../../auth/totp.ts";
import { queryRows } from "../../db/query-rows.ts";
import { auditEvents, legalProcesses, services } from "../../db/schema/index.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import {
  csvHeader,
  csvRecords,
  htcdsFilesPresent,
  htcdsStandard,
  unzipText,
  xlsformChoices,
  xlsformListOf,
  xlsxSheet,
} from "./exports.test-support.ts";
import { HTCDS_EXTENSION_PREFIX, htcdsColumns } from "./htcds-export.ts";

const PASSWORD = "kata-sandi-arsip-2024";
const period = { from: "2024-01-01", to: "2025-12-31" };

describeEachDatabase("exports of case-level data", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let richCaseNumber: string;
  let richCode: string;

  /** A coordinator whose session verified its second factor: the one that may reveal identity. */
  async function verifiedCoordinator(): Promise<Client> {
    const user = await t.factories.user({ role: "coordinator" });
    const client = await t.signIn(user.email, user.password);
    const setup = await client.post("/api/auth/2fa/setup");
    const enabled = await client.post("/api/auth/2fa/enable", { code: currentTotp(setup.body.secret) });
    expect(enabled.status, JSON.stringify(enabled.body)).toBe(200);
    return client;
  }

  const download = (client: Client, body: Record<string, unknown>) =>
    client.post("/api/exports", { ...period, ...body });

  beforeAll(async () => {
    t = await createTestApp(kind);
    coordinator = await t.as("coordinator");
    const home = await t.factories.secretariat();

    // A victim of sexual exploitation and domestic work at once, with everything a file can carry.
    const rich = await t.factories.case({
      identifiedOn: "2024-03-04",
      identifiedRegionCode: "31.71.01.1005",
      exploitationForms: ["sexual_exploitation", "domestic_work"],
      means: ["deception", "abduction"],
      recruiterRelation: "agent_recruiter",
      recruitmentPlatform: "Facebook dan WA",
    });
    richCaseNumber = rich.number;
    const victim = await coordinator.post(`/api/cases/${rich.id}/people`, {
      role: "victim",
      identity: {
        name: "Siti Aminah",
        nik: "3171014506060002",
        birthDate: "2006-06-05",
        address: "Jl. Kebon Kelapa No. 3",
        phone: "0812-1111-2222",
      },
      demographics: {
        sexCode: "female",
        nationalityCode: "ID",
        educationCode: "lower_secondary",
        maritalStatusCode: "never_married",
        // What a spreadsheet would run as a formula if it were written as it is.
        occupation: '=HYPERLINK("http://contoh.test","klik")',
      },
    });
    expect(victim.status, JSON.stringify(victim.body)).toBe(201);
    richCode = victim.body.code;
    for (const suspect of [
      { sexCode: "male", birthYear: 1980, relation: "agent_recruiter" },
      { sexCode: "female", birthYear: 1990, relation: "relative" },
    ]) {
      const added = await coordinator.post(`/api/cases/${rich.id}/people`, {
        role: "suspect",
        demographics: { sexCode: suspect.sexCode, birthYear: suspect.birthYear },
        relationToVictimCode: suspect.relation,
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    await t.ctx.db.insert(services).values([
      {
        caseId: rich.id,
        casePersonId: victim.body.id,
        serviceTypeCode: "health_rehabilitation",
        providerOrganizationId: home.id,
        status: "delivered",
        startedOn: "2024-03-05",
      },
      {
        caseId: rich.id,
        casePersonId: victim.body.id,
        serviceTypeCode: "legal_aid",
        providerOrganizationId: home.id,
        status: "in_progress",
        startedOn: "2024-04-10",
      },
      {
        caseId: rich.id,
        casePersonId: victim.body.id,
        serviceTypeCode: "repatriation",
        providerOrganizationId: home.id,
        status: "planned",
      },
    ]);
    await t.ctx.db.insert(legalProcesses).values({
      caseId: rich.id,
      stageCode: "district_court_verdict",
      verdict: "convicted",
      verdictOn: "2024-11-20",
    });

    // Another kecamatan, the next year; and one outside the period.
    const sawahBesar = await t.factories.case({
      identifiedOn: "2025-02-01",
      identifiedRegionCode: "31.71.02.1001",
    });
    await t.factories.casePerson(sawahBesar.id, "victim", { sexCode: "male", nationalityCode: "MM" });
    const before = await t.factories.case({
      identifiedOn: "2023-12-31",
      identifiedRegionCode: "31.71.01.1005",
    });
    await t.factories.casePerson(before.id);
  });
  afterAll(() => t.close());

  describe("who may export", () => {
    it("refuses a case manager, who does not hold data.exchange, and audits the refusal", async () => {
      const manager = await t.as("case_manager");
      const res = await download(manager, { format: "htcds" });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
      const [denied] = await t.ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, "access.denied"), eq(auditEvents.actorUserId, manager.user.id)));
      expect(denied!.data).toMatchObject({ permission: "data.exchange", route: "/api/exports" });
    });

    it("refuses identity to a coordinator whose session has no second factor, naming includeIdentity", async () => {
      const res = await download(coordinator, { format: "htcds", includeIdentity: true });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain("includeIdentity");
      expect(res.body.error.message).toContain("dua langkah");
      const english = await coordinator.post(
        "/api/exports",
        { ...period, format: "simfoni", includeIdentity: true },
        { "accept-language": "en" },
      );
      expect(english.status).toBe(403);
      expect(english.body.error.message).toContain("includeIdentity");
      expect(english.body.error.message).toContain("two-step");
      const denied = await t.ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, "access.denied"), eq(auditEvents.actorUserId, coordinator.user.id)));
      expect(denied.map((d) => d.data)).toContainEqual(
        expect.objectContaining({ permission: "identity.reveal", includeIdentity: true }),
      );
    });

    it("exports only the task force's own victims", async () => {
      const [other] = await queryRows<{ id: string }>(
        t.ctx.db,
        sql`INSERT INTO task_forces (code, name, region_code) VALUES ('TF-LAIN', 'Gugus Tugas Lain', '31.71') RETURNING id`,
      );
      const org = await t.factories.organization({ taskForceId: other!.id });
      const foreign = await t.factories.case({
        identifiedOn: "2024-06-01",
        leadOrganizationId: org.id,
        taskForceId: other!.id,
      });
      const link = await t.factories.casePerson(foreign.id);
      const res = await download(coordinator, { format: "htcds" });
      expect(res.status).toBe(200);
      const codes = csvRecords(res.body).map((r) => r.gugus_PersonCode);
      expect(codes).toContain(richCode);
      expect(codes).not.toContain(link.code);
    });
  });

  describe("HTCDS 2.0", () => {
    it("names every column as a field of the standard (or a gugus_ extension) and writes only its picklist values", async () => {
      const identified = await verifiedCoordinator();
      const res = await download(identified, { format: "htcds", includeIdentity: true });
      expect(res.status).toBe(200);
      const header = csvHeader(res.body);
      const records = csvRecords(res.body);
      expect(records.length).toBeGreaterThanOrEqual(2);
      const standardColumns = header.filter((h) => !h.startsWith(HTCDS_EXTENSION_PREFIX));
      expect(standardColumns.length).toBeGreaterThan(15);
      const picklistOf = new Map(
        htcdsColumns(true).flatMap((c) => (c.picklist ? [[c.header, c.picklist]] : [])),
      );

      if (htcdsFilesPresent) {
        // The standard's own files: field names from the field list, values from the XLSForm
        // where it has the list, else from the field list's value names.
        const standard = htcdsStandard();
        const choices = xlsformChoices();
        for (const column of standardColumns) expect(standard.fields, column).toContain(column);
        for (const [column, list] of picklistOf) {
          const allowed = xlsformListOf[list]
            ? choices.get(xlsformListOf[list]!)!
            : standard.values.get(column)!;
          expect(allowed, `${column} has a list in the standard`).toBeDefined();
          for (const value of records.flatMap((r) => (r[column] ? r[column]!.split(";") : [])))
            expect(allowed, `${column}: ${value}`).toContain(value);
        }
        const citizenships = choices.get("citizenship")!;
        for (const r of records) if (r.prs_Citizenship) expect(citizenships).toContain(r.prs_Citizenship);
      } else {
        // A clone without ../shared/data: the values are at least those typed from the standard.
        console.info(
          "../shared/data/htcds is absent: checking against the picklists typed in shared/htcds.ts",
        );
        for (const [column, list] of picklistOf)
          for (const value of records.flatMap((r) => (r[column] ? r[column]!.split(";") : [])))
            expect(htcdsPicklists[list] as readonly string[]).toContain(value);
      }
    });

    it("maps a victim of two exploitation types, their means, services, suspects' relation and the case's stage", async () => {
      const res = await download(coordinator, { format: "htcds" });
      const row = csvRecords(res.body).find((r) => r.gugus_PersonCode === richCode)!;
      expect(row).toMatchObject({
        gugus_CaseNumber: richCaseNumber,
        gugus_IdentificationYear: "2024",
        gugus_IdentificationDate: "2024-03-04",
        gugus_IdentifiedRegionCode: "31.71.01.1005",
        prs_Gender: "Feminine",
        prs_Citizenship: "ID",
        prs_MaritalStatus: "Single",
        prs_HighestLevelOfEducation: "LowerSecondaryEducation",
        vic_AgeWhenTrafficked: "17",
        gugus_AgeGroup: "age_13_17",
        gugus_IsChild: "TRUE",
        vic_TypeOfExploitation: "ForcedLabour;SexualExploitation",
        vic_ForcedLabourIndustry: "T_ActivitiesOfHouseholdsAsEmployers",
        // Deception is False promises; abduction has no method of its own in the standard.
        vic_MethodsOfControl: "FalsePromises;Other",
        vic_RelationshipToTrafficker: "Acquainted",
        vic_RecruitmentWebsitesAndApps: "Facebook;WhatsApp",
        // Planned services have not reached the victim.
        spl_Type: "Health;Legal",
        gugus_ServicesReceived: "health_rehabilitation;legal_aid",
        cas_Status: "Active",
        gugus_LegalStage: "district_court_verdict",
        gugus_Verdict: "convicted",
      });
    });

    it("leaves the identity columns out unless identity is asked for, and then fills them for a verified session", async () => {
      const plain = await download(coordinator, { format: "htcds" });
      const header = csvHeader(plain.body);
      for (const column of [
        "prs_FirstName",
        "prs_Birthdate",
        "prs_IdentityNumber",
        "prs_MailingStreet",
        "prs_MobilePhone",
      ])
        expect(header).not.toContain(column);
      expect(plain.body).not.toContain("Siti Aminah");
      expect(plain.body).not.toContain("3171014506060002");

      const identified = await verifiedCoordinator();
      const res = await download(identified, { format: "htcds", includeIdentity: true });
      expect(res.status).toBe(200);
      const row = csvRecords(res.body).find((r) => r.gugus_PersonCode === richCode)!;
      expect(row).toMatchObject({
        prs_FirstName: "Siti Aminah",
        prs_Birthdate: "2006-06-05",
        prs_IdentityNumber: "3171014506060002",
        prs_MailingStreet: "Jl. Kebon Kelapa No. 3",
        prs_MobilePhone: "0812-1111-2222",
      });
      const [viewed] = await t.ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, "identity.viewed"), eq(auditEvents.actorUserId, identified.user.id)))
        .orderBy(desc(auditEvents.seq));
      expect(viewed).toMatchObject({
        recordType: "data_export",
        data: { via: "export", format: "htcds", rows: 2 },
      });
    });

    it("opens in exceljs with numbers as numbers and dates as dates", async () => {
      const res = await download(coordinator, { format: "htcds", fileType: "xlsx" });
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      expect(res.headers["content-disposition"]).toContain(
        'filename="gugus-htcds-2024-01-01_2025-12-31.xlsx"',
      );
      const sheet = await xlsxSheet(res.raw!);
      expect(sheet.header).toEqual(htcdsColumns(false).map((c) => c.header));
      const at = (name: string) => sheet.header.indexOf(name);
      const row = sheet.rows.find((r) => r[at("gugus_PersonCode")] === richCode)!;
      expect(row[at("gugus_IdentificationYear")]).toBe(2024);
      expect(row[at("vic_AgeWhenTrafficked")]).toBe(17);
      expect(row[at("gugus_IsChild")]).toBe(true);
      expect(row[at("gugus_IdentificationDate")]).toEqual(new Date(Date.UTC(2024, 2, 4)));
    });
  });

  describe("SIMFONI-style table", () => {
    it("writes the victim, the perpetrators and the date each service first reached them, under Indonesian headers", async () => {
      const res = await download(coordinator, { format: "simfoni" });
      expect(res.status).toBe(200);
      const records = csvRecords(res.body);
      const row = records.find((r) => r["Kode Korban"] === richCode)!;
      expect(row).toMatchObject({
        No: "1",
        "Nomor Kasus": richCaseNumber,
        "Tanggal Identifikasi": "2024-03-04",
        "Kecamatan Identifikasi": "Gambir",
        "Kelurahan Identifikasi": "Kebon Kelapa",
        "Jenis Kelamin": "Perempuan",
        "Anak / Dewasa": "Anak",
        Pendidikan: "SMP / sederajat",
        "Jumlah Pelaku": "2",
        "Pelaku Laki-laki": "1",
        "Pelaku Perempuan": "1",
        "Usia Pelaku": "44; 34",
        "Hubungan Pelaku dengan Korban": "Agen / perekrut; Keluarga",
        "Layanan: Rehabilitasi kesehatan (termasuk visum)": "2024-03-05",
        "Layanan: Bantuan hukum": "2024-04-10",
        "Layanan: Pemulangan": "",
        "Status Kasus": "Terbuka",
        "Tahap Proses Hukum": "Putusan Pengadilan Negeri",
        Putusan: "Terbukti bersalah",
      });
      expect(row["Bentuk Eksploitasi"]).toContain("Pekerja rumah tangga");
      expect(Object.keys(row)).not.toContain("Nama Korban");
    });

    it("neutralises a cell a spreadsheet would run as a formula", async () => {
      const res = await download(coordinator, { format: "simfoni" });
      const row = csvRecords(res.body).find((r) => r["Kode Korban"] === richCode)!;
      expect(row.Pekerjaan).toBe('\'=HYPERLINK("http://contoh.test","klik")');
      expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
      // In XLSX the text stays text: a string cell, never a formula.
      const xlsx = await download(coordinator, { format: "simfoni", fileType: "xlsx" });
      const sheet = await xlsxSheet(xlsx.raw!);
      const at = (name: string) => sheet.header.indexOf(name);
      const cells = sheet.rows.find((r) => r[at("Kode Korban")] === richCode)!;
      expect(cells[at("Pekerjaan")]).toBe('=HYPERLINK("http://contoh.test","klik")');
      expect(cells[at("Layanan: Bantuan hukum")]).toEqual(new Date(Date.UTC(2024, 3, 10)));
      expect(cells[at("Jumlah Pelaku")]).toBe(2);
    });
  });

  describe("filters, encryption and the audit", () => {
    it("narrows the rows by the period and by the region of identification, with everything below it", async () => {
      const codes = async (body: Record<string, unknown>) => {
        const res = await download(coordinator, { format: "htcds", ...body });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(Number(res.headers[exportHeaders.rows])).toBe(csvRecords(res.body).length);
        return csvRecords(res.body).map((r) => r.gugus_IdentifiedRegionCode);
      };
      expect((await codes({})).sort()).toEqual(["31.71.01.1005", "31.71.02.1001"]);
      expect(await codes({ from: "2024-01-01", to: "2024-12-31" })).toEqual(["31.71.01.1005"]);
      expect(await codes({ region: "31.71.02" })).toEqual(["31.71.02.1001"]);
      expect(await codes({ region: "31.71.01.1005" })).toEqual(["31.71.01.1005"]);
      expect(await codes({ from: "2023-01-01", to: "2023-12-31" })).toEqual(["31.71.01.1005"]);
    });

    it("puts the file in an AES-256 ZIP that opens with the password and refuses any other", async () => {
      const res = await download(coordinator, { format: "htcds", password: PASSWORD });
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toBe("application/zip");
      expect(res.headers["content-disposition"]).toContain(
        'filename="gugus-htcds-2024-01-01_2025-12-31.zip"',
      );
      expect(res.raw!.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      expect(res.raw!.includes(Buffer.from("gugus_PersonCode"))).toBe(false);
      const opened = await unzipText(res.raw!, PASSWORD);
      expect(opened.names).toEqual(["gugus-htcds-2024-01-01_2025-12-31.csv"]);
      expect(opened.encrypted).toBe(true);
      expect(csvRecords(opened.text).map((r) => r.gugus_PersonCode)).toContain(richCode);
      await expect(unzipText(res.raw!, "kata-sandi-yang-salah")).rejects.toThrow(/password/i);
    });

    it("audits every export with its layout, period, region and count, and never the password", async () => {
      const identified = await verifiedCoordinator();
      const res = await download(identified, {
        format: "simfoni",
        fileType: "xlsx",
        region: "31.71.01",
        includeIdentity: true,
        password: PASSWORD,
      });
      expect(res.status).toBe(200);
      const [exported] = await t.ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, "data.exported"), eq(auditEvents.actorUserId, identified.user.id)));
      expect(exported).toMatchObject({
        recordType: "data_export",
        data: {
          format: "simfoni",
          fileType: "xlsx",
          period: { from: "2024-01-01", to: "2025-12-31" },
          region: "31.71.01",
          rows: 1,
          identity: true,
          encrypted: true,
        },
      });
      const [viewed] = await t.ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, "identity.viewed"), eq(auditEvents.recordId, exported!.recordId!)));
      expect(viewed!.data).toMatchObject({ via: "export", rows: 1 });
      const everything = await t.ctx.db.select().from(auditEvents);
      expect(JSON.stringify(everything)).not.toContain(PASSWORD);
      const opened = await xlsxSheet(Buffer.from((await unzipRaw(res.raw!)).buffer));
      expect(opened.header).toContain("Nama Korban");
    });
  });

  describe("validation", () => {
    const problem = async (body: Record<string, unknown>, locale = "id") => {
      const res = await coordinator.post("/api/exports", body, { "accept-language": locale });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      return res.body.error.details as { field: string; message: string }[];
    };

    it("names the field of every mistake, in Indonesian and English", async () => {
      expect(await problem({ ...period, format: "simfoni-ppa" })).toEqual([
        expect.objectContaining({ field: "format", message: expect.stringContaining("htcds") }),
      ]);
      expect(await problem({ ...period, format: "htcds", region: "99.99" })).toEqual([
        { field: "region", message: "kode wilayah tidak dikenal" },
      ]);
      expect(await problem({ ...period, format: "htcds", region: "Gambir" }, "en")).toEqual([
        { field: "region", message: "unknown region code" },
      ]);
      expect(await problem({ format: "htcds", from: "2025-01-01", to: "2024-01-01" })).toEqual([
        { field: "to", message: "tanggal akhir harus sesudah tanggal awal" },
      ]);
      expect(await problem({ format: "htcds", from: "2024-13-01", to: "2024-12-31" })).toEqual([
        expect.objectContaining({ field: "from" }),
      ]);
      expect(await problem({ format: "htcds" })).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: "from" }),
          expect.objectContaining({ field: "to" }),
        ]),
      );
      expect(await problem({ ...period, format: "htcds", password: "pendek" }, "en")).toEqual([
        { field: "password", message: "must be at least 10 characters" },
      ]);
      expect(await problem({ ...period, format: "ctdc-k-anon", includeIdentity: true })).toEqual([
        expect.objectContaining({ field: "includeIdentity", message: expect.stringContaining("CTDC") }),
      ]);
      expect(await problem({ ...period, format: "htcds", k: 5 }, "en")).toEqual([
        expect.objectContaining({ field: "k", message: expect.stringContaining("CTDC") }),
      ]);
    });
  });

  /** The bytes of the one file inside an archive (XLSX is binary, so not through TextWriter). */
  async function unzipRaw(bytes: Buffer) {
    const { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } = await import("@zip.js/zip.js");
    const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(bytes)));
    const [entry] = await reader.getEntries();
    if (!entry || entry.directory) throw new Error("no file in the archive");
    const data = await entry.getData(new Uint8ArrayWriter(), { password: PASSWORD });
    await reader.close();
    return data;
  }
});
