import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryName } from "../../../shared/countries.ts";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import {
  CIDENG,
  EN,
  fieldsOf,
  GAMBIR,
  messageOf,
  NOW,
  PASAR_BARU,
  preventionCast,
} from "../prevention/test-support.ts";
import { computeDashboard } from "./dashboard.service.ts";
import { seedDashboardData } from "./test-support.ts";

describeEachDatabase("dashboard", (kind) => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof preventionCast>>;
  let taskForceId: string;
  const get = async (query: string, client = () => cast.coordinator, headers?: Record<string, string>) => {
    const res = await client().get(`/api/dashboard${query}`, headers);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as DashboardDto;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    cast = await preventionCast(t);
    ({ taskForceId } = await seedDashboardData(t, cast));
  });
  afterAll(() => t.close());

  describe("a year over the whole area", () => {
    let d: DashboardDto;
    beforeAll(async () => {
      d = await get("?from=2025-01-01&to=2025-12-31");
    });

    it("counts each victim once however many exploitation types, and cases apart", () => {
      expect(d.period).toEqual({ from: "2025-01-01", to: "2025-12-31" });
      expect(d.area).toEqual({ code: "31.71", name: "Kota Administrasi Jakarta Pusat" });
      expect(d.region).toBeNull();
      expect(d.cutoff).toBe(NOW.toISOString());
      expect(d.source).toBe("Gugus — Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat");
      expect(d.totals).toEqual({ victims: 4, cases: 3 });
      expect(d.exploitation).toEqual([
        { code: "ForcedLabour", label: "Kerja paksa", victims: 3, cases: 2 },
        { code: "SexualExploitation", label: "Eksploitasi seksual", victims: 3, cases: 2 },
      ]);
    });

    it("shows the trend from the first recorded year, with the change as a ratio", () => {
      expect(d.trend).toEqual([
        { year: 2023, victims: 0, cases: 1, victimsChange: null, casesChange: null },
        { year: 2024, victims: 1, cases: 1, victimsChange: null, casesChange: 0 },
        { year: 2025, victims: 4, cases: 3, victimsChange: 3, casesChange: 2 },
      ]);
    });

    it("compares the year with the one before and names the kelurahan with cases", () => {
      expect(d.zeroCase).toEqual({
        year: 2025,
        cases: 3,
        previousCases: 1,
        victims: 4,
        previousVictims: 1,
        kelurahanTotal: 44,
        kelurahanWithoutCases: 41,
        kelurahanWithCases: [
          { code: CIDENG, name: "Cideng", cases: 1 },
          { code: GAMBIR, name: "Gambir", cases: 1 },
          { code: PASAR_BARU, name: "Pasar Baru", cases: 1 },
        ],
      });
    });

    it("splits victims into the four cells, children by their birth date, unknowns apart", () => {
      expect(d.fourCell).toEqual([
        { sex: "female", childStatus: "adult", victims: 0 },
        { sex: "female", childStatus: "child", victims: 2 },
        { sex: "male", childStatus: "adult", victims: 1 },
        { sex: "male", childStatus: "child", victims: 0 },
        { sex: null, childStatus: null, victims: 1 },
      ]);
    });

    it("places origins by province and destinations by country, named, unknowns last", () => {
      expect(d.origin).toEqual([
        { code: "32", label: "Jawa Barat", victims: 2 },
        { code: "31", label: "DKI Jakarta", victims: 1 },
        { code: null, label: "Tidak diketahui", victims: 1 },
      ]);
      expect(d.destination).toEqual([
        { code: "MY", label: countryName("MY", "id"), victims: 2 },
        { code: "SA", label: countryName("SA", "id"), victims: 1 },
        { code: null, label: "Tidak diketahui", victims: 1 },
      ]);
    });

    it("measures rights over the same victims: services received, days to the first, restitution", () => {
      expect(d.rights.victims).toBe(d.totals.victims);
      const service = (code: string) => d.rights.services.find((s) => s.code === code);
      expect(service("outreach")).toEqual({
        code: "outreach",
        label: "Penjangkauan",
        victims: 2,
        share: 0.5,
      });
      expect(service("health_rehabilitation")).toMatchObject({ victims: 1, share: 0.25 });
      expect(service("temporary_shelter")).toMatchObject({ victims: 1, share: 0.25 });
      // Planned is not received.
      expect(service("psychological_support")).toMatchObject({ victims: 0, share: 0 });
      expect(d.rights.services.map((s) => s.code)).toContain("legal_aid");
      expect(d.rights.firstService).toEqual({
        measured: 2,
        medianDays: 8.5,
        within7Days: 1,
        within7DaysShare: 0.5,
      });
      expect(d.rights.restitution).toEqual({
        victims: 2,
        requested: 70_000_000,
        awarded: 30_000_000,
        paid: 10_000_000,
        paidShare: 1 / 3,
      });
    });

    it("shows every legal stage in order, cases without a proceeding last, and the verdicts", () => {
      const { stages } = d.legal;
      expect(stages).toHaveLength(13);
      expect(stages[0]).toEqual({ code: "police_report", label: "Laporan polisi (LP)", cases: 0 });
      expect(stages.find((s) => s.code === "investigation")?.cases).toBe(1);
      expect(stages.find((s) => s.code === "district_court_verdict")).toEqual({
        code: "district_court_verdict",
        label: "Putusan Pengadilan Negeri",
        cases: 1,
      });
      expect(stages.at(-1)).toEqual({ code: null, label: "Tidak diketahui", cases: 1 });
      expect(stages.reduce((sum, s) => sum + s.cases, 0)).toBe(d.totals.cases);
      // C4's conviction is of 2024.
      expect(d.legal).toMatchObject({ convictions: 1, acquittals: 1 });
    });

    it("counts prevention held in the period over the area, people on a list once", () => {
      const { perKecamatan, perKelurahan, ...totals } = d.prevention;
      expect(totals).toEqual({
        activities: 2,
        peopleReached: 22,
        kelurahanTotal: 44,
        kelurahanReached: 2,
        schoolCount: 2,
        schoolsReached: 1,
      });
      expect(perKecamatan).toHaveLength(8);
      expect(perKecamatan.find((k) => k.code === "31.71.01")).toEqual({
        code: "31.71.01",
        name: "Gambir",
        activities: 1,
        peopleReached: 2,
      });
      expect(perKecamatan.find((k) => k.code === "31.71.02")).toMatchObject({
        activities: 1,
        peopleReached: 20,
      });
      expect(perKelurahan).toHaveLength(44);
      expect(perKelurahan.find((k) => k.code === CIDENG)).toEqual({
        code: CIDENG,
        name: "Cideng",
        kecamatanCode: "31.71.01",
        activities: 1,
        peopleReached: 2,
      });
    });

    it("counts the period's held meetings in Jakarta time, attendance per organisation, action items now", () => {
      expect(d.coordination.meetingsHeld).toBe(1);
      expect(d.coordination.attendance).toEqual([
        { organizationId: cast.gambir.id, name: "Kelurahan Gambir (uji)", invited: 1, attended: 0, rate: 0 },
        { organizationId: cast.cideng.id, name: "Kelurahan Cideng (uji)", invited: 1, attended: 1, rate: 1 },
      ]);
      expect(d.coordination.actionItems).toEqual([
        {
          organizationId: cast.cideng.id,
          name: "Kelurahan Cideng (uji)",
          open: 1,
          inProgress: 0,
          overdue: 1,
          done: 1,
        },
        {
          organizationId: cast.gambir.id,
          name: "Kelurahan Gambir (uji)",
          open: 0,
          inProgress: 1,
          overdue: 0,
          done: 0,
        },
      ]);
    });

    it("answers as computeDashboard does, in or outside a transaction, and leadership reads it", async () => {
      const query = { from: "2025-01-01", to: "2025-12-31", region: null };
      const direct = await computeDashboard(t.ctx.db, taskForceId, query, { now: NOW, locale: "id" });
      expect(d).toEqual(direct);
      const inTransaction = await t.ctx.db.transaction((tx) =>
        computeDashboard(tx, taskForceId, query, { now: NOW, locale: "id" }),
      );
      expect(inTransaction).toEqual(direct);
      expect(await get("?from=2025-01-01&to=2025-12-31", () => cast.leadership)).toEqual(direct);
    });
  });

  it("narrows every count to a kecamatan, and prevention to it", async () => {
    const d = await get("?from=2025-01-01&to=2025-12-31&region=31.71.01");
    expect(d.region).toEqual({ code: "31.71.01", name: "Gambir" });
    expect(d.totals).toEqual({ victims: 3, cases: 2 });
    expect(d.trend).toEqual([
      { year: 2024, victims: 1, cases: 1, victimsChange: null, casesChange: null },
      { year: 2025, victims: 3, cases: 2, victimsChange: 2, casesChange: 1 },
    ]);
    expect(d.zeroCase).toMatchObject({
      cases: 2,
      previousCases: 1,
      kelurahanTotal: 6,
      kelurahanWithoutCases: 4,
      kelurahanWithCases: [
        { code: CIDENG, name: "Cideng", cases: 1 },
        { code: GAMBIR, name: "Gambir", cases: 1 },
      ],
    });
    expect(d.fourCell.filter((c) => c.victims > 0)).toEqual([
      { sex: "female", childStatus: "child", victims: 1 },
      { sex: "male", childStatus: "adult", victims: 1 },
      { sex: null, childStatus: null, victims: 1 },
    ]);
    expect(d.rights.services.find((s) => s.code === "outreach")).toMatchObject({ victims: 2, share: 2 / 3 });
    expect(d.legal.stages.at(-1)?.code).toBe("investigation_stopped");
    const { perKecamatan, perKelurahan, ...prevention } = d.prevention;
    expect(prevention).toEqual({
      activities: 1,
      peopleReached: 2,
      kelurahanTotal: 6,
      kelurahanReached: 1,
      schoolCount: 1,
      schoolsReached: 1,
    });
    expect(perKecamatan).toEqual([{ code: "31.71.01", name: "Gambir", activities: 1, peopleReached: 2 }]);
    expect(perKelurahan).toHaveLength(6);
    // Coordination is the task force's, whatever the place.
    expect(d.coordination.meetingsHeld).toBe(1);
  });

  it("narrows to one kelurahan; the area itself is the whole dashboard", async () => {
    const d = await get(`?from=2025-01-01&to=2025-12-31&region=${PASAR_BARU}`);
    expect(d.region).toEqual({ code: PASAR_BARU, name: "Pasar Baru" });
    expect(d.totals).toEqual({ victims: 1, cases: 1 });
    expect(d.zeroCase).toMatchObject({ kelurahanTotal: 1, kelurahanWithoutCases: 0 });
    const { perKecamatan, perKelurahan, ...prevention } = d.prevention;
    expect(prevention).toEqual({
      activities: 1,
      peopleReached: 20,
      kelurahanTotal: 1,
      kelurahanReached: 1,
      schoolCount: 1,
      schoolsReached: 0,
    });
    expect(perKecamatan).toEqual([
      { code: "31.71.02", name: "Sawah Besar", activities: 1, peopleReached: 20 },
    ]);
    expect(perKelurahan.map((k) => k.code)).toEqual([PASAR_BARU]);
    const whole = await get("?from=2025-01-01&to=2025-12-31&region=31.71");
    expect(whole.region).toBeNull();
    expect(whole.totals).toEqual({ victims: 4, cases: 3 });
  });

  it("defaults to this year in Jakarta up to today", async () => {
    const d = await get("");
    expect(d.period).toEqual({ from: "2026-01-01", to: "2026-03-10" });
    expect(d.totals).toEqual({ victims: 0, cases: 1 });
    expect(d.zeroCase).toMatchObject({
      year: 2026,
      cases: 1,
      previousCases: 3,
      victims: 0,
      previousVictims: 4,
    });
    expect(d.zeroCase.kelurahanWithCases).toEqual([{ code: GAMBIR, name: "Gambir", cases: 1 }]);
    expect(d.rights.firstService).toEqual({
      measured: 0,
      medianDays: null,
      within7Days: 0,
      within7DaysShare: null,
    });
    expect(d.rights.services.every((s) => s.share === null)).toBe(true);
    // M4 began at 01:00 WIB on 1 January 2026.
    expect(d.coordination.meetingsHeld).toBe(1);
    // An end alone: the period starts on 1 January of its year.
    expect((await get("?to=2024-06-30")).period).toEqual({ from: "2024-01-01", to: "2024-06-30" });
  });

  it("labels in English for an English reader", async () => {
    const d = await get("?from=2025-01-01&to=2025-12-31", undefined, EN);
    expect(d.exploitation.map((e) => e.label)).toEqual(["Forced labour", "Sexual exploitation"]);
    expect(d.origin.at(-1)).toEqual({ code: null, label: "Unknown", victims: 1 });
    expect(d.destination[1]).toEqual({ code: "SA", label: countryName("SA", "en"), victims: 1 });
    expect(d.legal.stages.find((s) => s.code === "district_court_verdict")?.label).toBe(
      "District court verdict",
    );
  });

  it("refuses a period backwards, too long, or a place outside the area, naming the field", async () => {
    const refused = async (query: string, headers?: Record<string, string>) => {
      const res = await cast.coordinator.get(`/api/dashboard${query}`, headers);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      return res;
    };
    const backwards = await refused("?from=2025-06-01&to=2025-05-31", EN);
    expect(fieldsOf(backwards)).toEqual(["to"]);
    expect(messageOf(backwards, "to")).toBe("cannot be before the start date (from)");
    expect(fieldsOf(await refused("?from=2026-04-01"))).toEqual(["from"]);
    const tooLong = await refused("?from=2015-01-01&to=2025-01-01");
    expect(fieldsOf(tooLong)).toEqual(["from"]);
    expect(messageOf(tooLong, "from")).toBe("periode paling panjang 10 tahun");
    expect(fieldsOf(await refused("?from=0000-01-01&to=0001-01-01"))).toEqual(["from"]);
    // Exactly ten years is allowed.
    await get("?from=2015-01-02&to=2025-01-01");
    for (const region of ["31.72.01", "32", "31", "31.71.09"]) {
      const outside = await refused(`?region=${region}`);
      expect(fieldsOf(outside)).toEqual(["region"]);
      expect(messageOf(outside, "region")).toContain("Kota Administrasi Jakarta Pusat");
    }
    expect(fieldsOf(await refused("?region=Gambir"))).toEqual(["region"]);
  });

  it("is for roles that read statistics: the administrator gets 403, no session 401", async () => {
    const admin = await t.as("admin");
    expect((await admin.get("/api/dashboard")).status).toBe(403);
    expect((await t.anonymous.get("/api/dashboard")).status).toBe(401);
    expect((await (await t.as("field_reporter")).get("/api/dashboard")).status).toBe(200);
  });
});
