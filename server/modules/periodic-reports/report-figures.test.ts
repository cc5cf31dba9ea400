import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import type { ReportDto } from "../../../shared/periodic-reports.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { readPdf } from "../prevention-reports/pdf-test-reader.ts";
import { buildReport, HEAD_NAME, seedReportData } from "./test-support.ts";

const squash = (text: string) => text.replace(/\s+/g, "");

async function workbookOf(raw: Buffer | undefined) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(raw as unknown as ArrayBuffer);
  return workbook;
}

/** A table of a section's sheet by its numbered title: the header, then the rows up to its note. */
function tableOf(workbook: ExcelJS.Workbook, sheetPrefix: string, titlePrefix: string): unknown[][] {
  const sheet = workbook.worksheets.find((ws) => ws.name.startsWith(sheetPrefix));
  expect(sheet, `sheet ${sheetPrefix}`).toBeDefined();
  const rows: unknown[][] = [];
  sheet!.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  const start = rows.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(titlePrefix));
  expect(start, `table ${titlePrefix}`).toBeGreaterThanOrEqual(0);
  const width = rows[start + 1]!.length;
  const body: unknown[][] = [];
  // The header follows the title; the rows run until the note (one text cell) before a blank row.
  // An empty cell (a change against a year with none) reads back as null.
  for (let i = start + 2; i < rows.length && (rows[i]?.length ?? 0) > 1; i++)
    body.push(Array.from({ length: width }, (_, j) => rows[i]![j] ?? null));
  return body;
}

describeEachDatabase("periodic report figures", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let leadership: Client;

  const dashboard = async (query: string): Promise<DashboardDto> => {
    const res = await coordinator.get(`/api/dashboard?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ coordinator, leadership } = await seedReportData(t));
  });
  afterAll(() => t.close());

  let annual: ReportDto;

  it("stores the dashboard's answer for the year as the annual report's figures", async () => {
    annual = await buildReport(coordinator, { kind: "annual", year: 2025 });
    expect(annual.status).toBe("draft");
    const expected = await dashboard("from=2025-01-01&to=2025-12-31");
    // The clock is fixed, so even the cut-off is the same instant.
    expect(annual.figures).toEqual(expected);
    expect(expected.totals).toEqual({ victims: 4, cases: 3 });
    expect(annual.comparison).toEqual({
      period: { from: "2024-01-01", to: "2024-12-31" },
      victims: 1,
      cases: 1,
    });
    expect(annual.narrative.cases).toMatch(
      /^Sepanjang 2025 tercatat 4 korban dalam 3 kasus, naik 300% dari 2024 \(1 korban\)\./,
    );
    expect(annual.narrative.cases).toContain("2 anak perempuan");
  });

  it("writes the same numbers into the XLSX, as numbers", async () => {
    const f = annual.figures!;
    const res = await coordinator.get(`/api/reports/${annual.id}/xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.raw!.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    const workbook = await workbookOf(res.raw);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Ringkasan",
      "Narasi",
      "2. Gambaran umum kasus",
      "3. Pemenuhan hak korban",
      "4. Penegakan hukum",
      "5. Pencegahan",
      "6. Koordinasi",
    ]);
    const summary = workbook.getWorksheet("Ringkasan")!;
    const summaryRows: unknown[][] = [];
    summary.eachRow((row) => {
      summaryRows.push((row.values as unknown[]).slice(1));
    });
    expect(summaryRows).toContainEqual(["Jumlah korban", f.totals.victims]);
    expect(summaryRows).toContainEqual(["Jumlah kasus", f.totals.cases]);

    expect(tableOf(workbook, "2.", "Tabel 2.1.")).toEqual(
      f.trend.map((r) => [r.year, r.victims, r.victimsChange ?? null, r.cases, r.casesChange ?? null]),
    );
    const cells = tableOf(workbook, "2.", "Tabel 2.4.");
    expect(cells.slice(0, -1).map((r) => r[1])).toEqual(f.fourCell.map((c) => c.victims));
    expect(cells.at(-1)).toEqual(["Jumlah", f.totals.victims, 1]);
    expect(cells.find((r) => r[0] === "Anak perempuan")?.[1]).toBe(2);

    const servicesTable = tableOf(workbook, "3.", "Tabel 3.1.");
    expect(servicesTable).toEqual(f.rights.services.map((s) => [s.label, s.victims, s.share]));
    expect(
      servicesTable.find((r) => r[0] === f.rights.services.find((s) => s.code === "outreach")!.label),
    ).toEqual([expect.any(String), 2, 0.5]);
    const restitution = tableOf(workbook, "3.", "Tabel 3.3.");
    expect(restitution.map((r) => r[1])).toEqual([2, 70_000_000, 30_000_000, 10_000_000, 1 / 3]);

    const reach = tableOf(workbook, "5.", "Tabel 5.1.");
    expect(reach.map((r) => r[1]).slice(0, 4)).toEqual([
      f.prevention.activities,
      f.prevention.peopleReached,
      f.prevention.kelurahanReached,
      f.prevention.kelurahanTotal,
    ]);
    expect(f.prevention.activities).toBe(2);
    expect(f.prevention.peopleReached).toBe(22);
    expect(tableOf(workbook, "5.", "Tabel 5.2.")).toEqual(
      f.prevention.perKecamatan.map((k) => [k.name, k.activities, k.peopleReached]),
    );
    expect(tableOf(workbook, "6.", "Tabel 6.1.")).toEqual([
      ["Rapat terselenggara", f.coordination.meetingsHeld],
    ]);
  });

  it("prints the same numbers in the PDF, with the letterhead, a DRAF watermark and the head's signature", async () => {
    const f = annual.figures!;
    const res = await coordinator.get(`/api/reports/${annual.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(String(res.headers["content-disposition"])).toContain(
      "laporan-tahunan-gugus-tugas-pp-tppo-kota-administrasi-jakarta-pusat-tahun-2025-draf.pdf",
    );
    expect(res.raw!.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = readPdf(res.raw!);
    expect(pdf.title).toBe(annual.title);
    const text = squash(pdf.text);
    expect(text).toContain(squash("GUGUS TUGAS PENCEGAHAN DAN PENANGANAN TINDAK PIDANA PERDAGANGAN ORANG"));
    expect(text).toContain(
      squash("LAPORAN TAHUNAN GUGUS TUGAS PP-TPPO KOTA ADMINISTRASI JAKARTA PUSAT TAHUN 2025"),
    );
    expect(text).toContain("DRAF");
    expect(text).toContain(squash("I. Pendahuluan"));
    expect(text).toContain(squash("IX. Penutup"));
    expect(text).toContain(squash("Sepanjang 2025 tercatat 4 korban dalam 3 kasus, naik 300% dari 2024"));
    for (const r of f.trend) expect(text).toContain(squash(`${r.year} ${r.victims}`));
    expect(text).toContain(squash(`Tabel 2.4. Korban menurut jenis kelamin dan usia`));
    expect(text).toContain(squash(`Anak perempuan 2 50%`));
    expect(text).toContain(squash(`Jumlah ${f.totals.victims} 100%`));
    expect(text).toContain(squash("Rp 30.000.000"));
    expect(text).toContain(squash(`Kegiatan terlaksana ${f.prevention.activities}`));
    expect(text).toContain(squash(`Orang terjangkau ${f.prevention.peopleReached}`));
    expect(text).toContain(squash("Satuan: korban; anak = berusia di bawah 18 tahun saat dieksploitasi."));
    expect(text).toContain(squash(`Sumber: ${f.source}`));
    expect(text).toContain(squash("data per 10 Maret 2026 10.00 WIB"));
    expect(text).toContain(
      squash(`Ketua Harian Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat, ${HEAD_NAME}`),
    );
    expect(pdf.pageCount).toBeGreaterThan(1);
    expect(text).toContain(squash(`Halaman 1 dari ${pdf.pageCount}`));
  });

  it("makes an English copy with the same numbers", async () => {
    const f = annual.figures!;
    const xlsx = await workbookOf((await coordinator.get(`/api/reports/${annual.id}/xlsx?lang=en`)).raw);
    expect(xlsx.worksheets.map((ws) => ws.name)).toContain("2. Overview of cases");
    expect(tableOf(xlsx, "2.", "Table 2.1.")).toEqual(
      f.trend.map((r) => [r.year, r.victims, r.victimsChange ?? null, r.cases, r.casesChange ?? null]),
    );
    const english = await dashboard("from=2025-01-01&to=2025-12-31");
    const en = await coordinator.get("/api/dashboard?from=2025-01-01&to=2025-12-31", {
      "accept-language": "en",
    });
    expect(tableOf(xlsx, "3.", "Table 3.1.")).toEqual(
      (en.body as DashboardDto).rights.services.map((s) => [s.label, s.victims, s.share]),
    );
    expect(english.rights.services.map((s) => s.victims)).toEqual(f.rights.services.map((s) => s.victims));
    const pdf = readPdf((await coordinator.get(`/api/reports/${annual.id}/pdf?lang=en`)).raw!);
    const text = squash(pdf.text);
    expect(text).toContain(squash("II. Overview of cases"));
    expect(text).toContain(squash("Girls 2 50%"));
    expect(text).toContain("DRAFT");
  });

  it("narrows a semester report to a kecamatan exactly as the dashboard does", async () => {
    const report = await buildReport(coordinator, {
      kind: "semester",
      year: 2025,
      semester: 1,
      region: "31.71.01",
    });
    expect(report.title).toBe(
      "Laporan Semester I Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat Tahun 2025 — Kecamatan Gambir",
    );
    expect(report.period).toEqual({ from: "2025-01-01", to: "2025-06-30" });
    expect(report.figures).toEqual(await dashboard("from=2025-01-01&to=2025-06-30&region=31.71.01"));
    expect(report.figures!.totals).toEqual({ victims: 3, cases: 2 });
    const text = squash(readPdf((await coordinator.get(`/api/reports/${report.id}/pdf`)).raw!).text);
    expect(text).toContain(squash("Kecamatan Gambir, Kota Administrasi Jakarta Pusat"));
    expect(text).toContain(squash("Angka koordinasi mencakup seluruh gugus tugas, tidak per wilayah."));
  });

  it("prints a final report without the watermark, the same for leadership", async () => {
    const res = await coordinator.post(`/api/reports/${annual.id}/finalise`, { version: annual.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const pdf = await leadership.get(`/api/reports/${annual.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(String(pdf.headers["content-disposition"])).toContain("tahun-2025.pdf");
    const text = squash(readPdf(pdf.raw!).text);
    expect(text).not.toContain("DRAF");
    expect(text).toContain(squash("Final, ditetapkan 10 Maret 2026"));
    const xlsx = await workbookOf((await leadership.get(`/api/reports/${annual.id}/xlsx`)).raw);
    expect(tableOf(xlsx, "2.", "Tabel 2.1.").map((r) => r[1])).toEqual(
      annual.figures!.trend.map((r) => r.victims),
    );
  });
});
