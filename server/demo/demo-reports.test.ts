import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportDto } from "../../shared/periodic-reports.ts";
import { wibDate } from "../lib/wib.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { seedDemo } from "./seed-demo.ts";

describe("the demo's periodic reports", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("embedded");
    await seedDemo(t.ctx, 1);
  });
  afterAll(() => t.close());

  it("holds last year's annual report, final, with the dashboard's figures for that year", async () => {
    const year = Number(wibDate(new Date()).slice(0, 4));
    const leadership = await t.signIn("pimpinan@demo.gugus.id", DEMO_PASSWORD);
    const list = await leadership.get("/api/reports");
    expect(list.body.items.map((r: ReportDto) => [r.kind, r.year, r.status])).toEqual([
      ["annual", year - 1, "final"],
    ]);
    const annual = (await leadership.get(`/api/reports/${list.body.items[0].id}`)).body as ReportDto;
    expect(annual.title).toBe(
      `Laporan Tahunan Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat Tahun ${year - 1}`,
    );
    expect(annual.emptySections).toEqual([]);
    expect(annual.signatory?.position).toBe("ketua_harian");
    const dashboard = await leadership.get(`/api/dashboard?from=${year - 1}-01-01&to=${year - 1}-12-31`);
    const { cutoff: _cutoff, ...figures } = annual.figures!;
    const { cutoff: _now, ...expected } = dashboard.body;
    expect(figures).toEqual(expected);
    expect(figures.totals.victims).toBeGreaterThan(0);
  });

  it("holds this year's first-semester report as a draft the coordinator edits", async () => {
    const year = Number(wibDate(new Date()).slice(0, 4));
    const coordinator = await t.signIn("koordinator@demo.gugus.id", DEMO_PASSWORD);
    const list = await coordinator.get("/api/reports");
    const semester = list.body.items.find((r: ReportDto) => r.kind === "semester") as ReportDto;
    expect(semester).toMatchObject({ year, semester: 1, status: "draft", period: { from: `${year}-01-01` } });
    const one = (await coordinator.get(`/api/reports/${semester.id}`)).body as ReportDto;
    expect(one.narrative.cases).toMatch(/^Sepanjang semester I \d{4} tercatat \d+ korban dalam \d+ kasus/);
    expect(one.abilities.edit).toBe(true);
  });
});
