import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryName } from "../../../shared/countries.ts";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import {
  actionItems,
  casePeople,
  caseRoutePoints,
  legalProcesses,
  meetingAttendance,
  meetingInvitations,
  restitutions,
  services,
} from "../../db/schema/index.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { meetingFixture } from "../action-items/test-support.ts";
import {
  CIDENG,
  EN,
  fieldsOf,
  GAMBIR,
  heldSocialisation,
  messageOf,
  NOW,
  PASAR_BARU,
  preventionCast,
} from "../prevention/test-support.ts";
import { refreshStatisticsFacts } from "../statistics/statistics-facts.ts";
import { computeDashboard } from "./dashboard.service.ts";

/**
 * A small task force, every figure worked out by hand (clock: 10 March 2026, 10:00 WIB).
 *
 * | case | identified | kelurahan (kecamatan)      | forms → HTCDS               | destination | proceedings                         |
 * | C1   | 2025-03-10 | Cideng (Gambir)            | migrant work + sexual → FL, SE | MY        | PN verdict convicted; PN acquitted  |
 * | C2   | 2025-06-15 | Gambir (Gambir)            | domestic → FL               | SA          | investigation                       |
 * | C3   | 2025-08-01 | Pasar Baru (Sawah Besar)   | sexual → SE                 | none        | none                                |
 * | C4   | 2024-05-05 | Cideng (Gambir)            | domestic → FL               |             | PN verdict convicted (not 2025)      |
 * | C5   | 2023-02-02 | Pasar Baru                 | domestic, no victim         |             |                                     |
 * | C6   | 2026-02-01 | Gambir                     | domestic, no victim         |             |                                     |
 *
 * Victims of 2025: V1 (C1) female, born 2008-06-01: 16, a child (entered with her birth date);
 * V2 (C1) male, 30, origin 32; V3 (C2) sex and age unknown, origin 31.71.03.1001 (province 31);
 * V4 (C3) female, born 2007-08-02: 17 on 1 August 2025, still a child, origin 32. V5 (C4, 2024).
 *
 * Services: V1 outreach under way from 03-12 and health rehabilitation delivered 03-20 (first
 * after 2 days); V2 shelter delivered 03-25 (15 days) and psychological support only planned;
 * V3 outreach delivered without a date; V4 declined one; V5 (2024) outreach.
 * Restitution (C1's conviction): V1 asked 50 M, awarded 30 M, paid 10 M; V2 asked 20 M.
 *
 * Prevention, 2025: A1 at SD Cideng 01 (list: Siti, Budi), A2 in Pasar Baru (20 men counted),
 * A3 in Cideng in 2024. Schools: SD Cideng 01, SMP Pasar Baru.
 * Meetings: M1 2025-05-05 held (Cideng and Gambir invited, Cideng came); M2 2024 held; M3 2025
 * planned; M4 held at 1 January 2026 01:00 WIB (still 31 December in UTC).
 * Action items now: Cideng one open past due, one done; Gambir one in progress, due later.
 */
async function seed(t: TestApp, cast: Awaited<ReturnType<typeof preventionCast>>) {
  const f = t.factories;
  const db = t.ctx.db;
  const home = await f.secretariat();
  const kase = (identifiedOn: string, identifiedRegionCode: string, exploitationForms: string[]) =>
    f.case({ identifiedOn, identifiedRegionCode, exploitationForms });
  const c1 = await kase("2025-03-10", CIDENG, ["irregular_migrant_work", "sexual_exploitation"]);
  const c2 = await kase("2025-06-15", GAMBIR, ["domestic_work"]);
  const c3 = await kase("2025-08-01", PASAR_BARU, ["sexual_exploitation"]);
  const c4 = await kase("2024-05-05", CIDENG, ["domestic_work"]);
  const c5 = await kase("2023-02-02", PASAR_BARU, ["domestic_work"]);
  const c6 = await kase("2026-02-01", GAMBIR, ["domestic_work"]);

  // Children by their birth date, through the API that works out the age at identification.
  const addVictim = async (caseId: string, birthDate: string, originRegionCode: string | null) => {
    const res = await cast.coordinator.post(`/api/cases/${caseId}/people`, {
      role: "victim",
      identity: { birthDate },
      demographics: { sexCode: "female", originRegionCode },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.isChild).toBe(true);
    return res.body.id as string;
  };
  const v1 = await addVictim(c1.id, "2008-06-01", null);
  const v4 = await addVictim(c3.id, "2007-08-02", "32");
  const v2 = await f.casePerson(c1.id, "victim", { sexCode: "male", originRegionCode: "32" });
  await db
    .update(casePeople)
    .set({ ageAtExploitation: 30, isChild: false, ageGroupCode: "age_25_44" })
    .where(eq(casePeople.id, v2.id));
  const v3 = await f.casePerson(c2.id, "victim", { sexCode: "unknown", originRegionCode: "31.71.03.1001" });
  await db
    .update(casePeople)
    .set({ ageAtExploitation: null, isChild: null, ageGroupCode: "unknown" })
    .where(eq(casePeople.id, v3.id));
  const v5 = await f.casePerson(c4.id, "victim");
  await f.casePerson(c1.id, "suspect", { sexCode: "male" });

  await db.insert(caseRoutePoints).values([
    { caseId: c1.id, position: 0, kind: "destination", countryCode: "MY" },
    { caseId: c2.id, position: 0, kind: "destination", countryCode: "SA" },
  ]);
  const [convicted, ,] = await db
    .insert(legalProcesses)
    .values([
      { caseId: c1.id, stageCode: "district_court_verdict", verdict: "convicted" },
      { caseId: c1.id, stageCode: "district_court_verdict", verdict: "acquitted" },
      { caseId: c2.id, stageCode: "investigation" },
      { caseId: c4.id, stageCode: "district_court_verdict", verdict: "convicted" },
    ])
    .returning();
  const service = (
    caseId: string,
    casePersonId: string,
    serviceTypeCode: string,
    status: string,
    startedOn: string | null,
  ) => ({ caseId, casePersonId, serviceTypeCode, status, startedOn, providerOrganizationId: home.id });
  await db
    .insert(services)
    .values([
      service(c1.id, v1, "outreach", "in_progress", "2025-03-12"),
      service(c1.id, v1, "health_rehabilitation", "delivered", "2025-03-20"),
      service(c1.id, v2.id, "temporary_shelter", "delivered", "2025-03-25"),
      service(c1.id, v2.id, "psychological_support", "planned", "2025-03-11"),
      service(c2.id, v3.id, "outreach", "delivered", null),
      service(c3.id, v4, "outreach", "declined_by_victim", "2025-08-02"),
      service(c4.id, v5.id, "outreach", "delivered", "2024-05-06"),
    ]);
  await db.insert(restitutions).values([
    {
      legalProcessId: convicted!.id,
      casePersonId: v1,
      stageCode: "paid",
      requestedRupiah: 50_000_000,
      awardedRupiah: 30_000_000,
      paidRupiah: 10_000_000,
    },
    {
      legalProcessId: convicted!.id,
      casePersonId: v2.id,
      stageCode: "requested",
      requestedRupiah: 20_000_000,
    },
  ]);
  // Written straight to the tables, past the services that mark cases stale: built here.
  await refreshStatisticsFacts(
    db,
    [c1, c2, c3, c4, c5, c6].map((c) => c.id),
  );

  // ——— Prevention ———
  const { coordinator } = cast;
  const school = await coordinator.post("/api/prevention/schools", {
    name: "SD Negeri Cideng 01",
    level: "sd_mi",
    ownership: "public",
    regionCode: CIDENG,
  });
  await coordinator.post("/api/prevention/schools", {
    name: "SMP Swasta Pasar Baru",
    level: "smp_mts",
    ownership: "private",
    regionCode: PASAR_BARU,
  });
  const activity = async (body: object) => {
    const res = await coordinator.post("/api/prevention/activities", body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const noCounts = { femaleChildren: 0, femaleAdults: 0, femaleOlder: 0, maleChildren: 0, maleOlder: 0 };
  const a1 = await activity(
    heldSocialisation({
      placeKind: "school",
      schoolId: school.body.id,
      regionCode: null,
      startsAt: "2025-04-10T09:00:00+07:00",
      endsAt: null,
    }),
  );
  for (const [name, sex, ageBand] of [
    ["Siti Rahmawati", "female", "children"],
    ["Budi Santoso", "male", "adults"],
  ])
    await coordinator.post(`/api/prevention/activities/${a1}/attendees`, { name, sex, ageBand });
  await activity(
    heldSocialisation({
      regionCode: PASAR_BARU,
      startsAt: "2025-09-01T09:00:00+07:00",
      endsAt: null,
      counts: { ...noCounts, maleAdults: 20 },
    }),
  );
  await activity(
    heldSocialisation({
      startsAt: "2024-11-20T09:00:00+07:00",
      endsAt: null,
      counts: { ...noCounts, maleAdults: 5 },
    }),
  );

  // ——— Coordination ———
  const m1 = await meetingFixture(t, { startsAt: "2025-05-05T03:00:00Z" });
  const m2 = await meetingFixture(t, { startsAt: "2024-06-01T03:00:00Z" });
  const m3 = await meetingFixture(t, { startsAt: "2025-11-01T03:00:00Z", status: "planned" });
  const m4 = await meetingFixture(t, { startsAt: "2025-12-31T18:00:00Z" });
  const invite = async (meetingId: string, organizationId: string) => {
    const [row] = await db
      .insert(meetingInvitations)
      .values({ meetingId, kind: "organization", organizationId })
      .returning();
    return row!;
  };
  const cameM1 = await invite(m1.id, cast.cideng.id);
  await invite(m1.id, cast.gambir.id);
  const cameM2 = await invite(m2.id, cast.cideng.id);
  await invite(m3.id, cast.gambir.id);
  await invite(m4.id, cast.gambir.id);
  await db.insert(meetingAttendance).values(
    [
      [m1.id, cameM1.id],
      [m2.id, cameM2.id],
    ].map(([meetingId, invitationId]) => ({
      meetingId: meetingId!,
      invitationId,
      name: "Lurah Cideng",
      organizationId: cast.cideng.id,
      checkedInAt: NOW,
    })),
  );
  const item = (ownerOrganizationId: string, status: string, dueOn: string, doneAt: Date | null = null) => ({
    taskForceId: home.taskForceId,
    description: `Tindak lanjut ${status}`,
    ownerOrganizationId,
    status,
    dueOn,
    doneAt,
  });
  await db
    .insert(actionItems)
    .values([
      item(cast.cideng.id, "open", "2026-01-15"),
      item(cast.cideng.id, "done", "2026-01-20", new Date("2026-01-10T03:00:00Z")),
      item(cast.gambir.id, "in_progress", "2026-12-01"),
    ]);
  return { taskForceId: home.taskForceId };
}

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
    ({ taskForceId } = await seed(t, cast));
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
