import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import {
  CIDENG,
  EN,
  fieldsOf,
  GAMBIR,
  heldSocialisation,
  PASAR_BARU,
  preventionCast,
} from "./test-support.ts";

/**
 * A small year, counted by hand (2026, clock at 10 March):
 *  A1 Cideng, at SD Negeri Cideng 01, held: list Siti Rahmawati (F child), Budi Santoso (M adult); students
 *  A2 Cideng, held: counts 3 female adults + 2 older men = 5 (estimate); parents
 *  A3 Gambir, held: list "Siti Rahmawatie" (the same Siti, spelt otherwise), Ani (F adult); community leaders
 *  A4 Cideng, planned (not reached yet); A5 Cideng held in 2025 (another year); A6 cancelled in Pasar Baru
 *  A7 online, held: counts 10 (in the totals, in no kelurahan)
 * Cideng: 2 activities, 2 listed + 5 estimated = 7; Gambir: 1, 2 listed; kecamatan Gambir: 3 activities,
 * 3 distinct listed (Siti once) + 5 = 8; Pasar Baru and every other kelurahan: nothing.
 * Totals: 4 activities, 3 listed + 15 estimated = 18, 2 of 44 kelurahan reached.
 */
describeEachDatabase("prevention coverage", (kind) => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof preventionCast>>;
  let schoolId: string;
  let otherSchoolId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    cast = await preventionCast(t);
    const { coordinator, lurahCideng, lurahGambir } = cast;
    const school = await coordinator.post("/api/prevention/schools", {
      name: "SD Negeri Cideng 01",
      level: "sd_mi",
      ownership: "public",
      npsn: "20100001",
      regionCode: CIDENG,
    });
    schoolId = school.body.id;
    const other = await coordinator.post("/api/prevention/schools", {
      name: "SMP Swasta Pasar Baru",
      level: "smp_mts",
      ownership: "private",
      regionCode: PASAR_BARU,
    });
    otherSchoolId = other.body.id;
    const post = async (client: typeof lurahCideng, body: object) => {
      const res = await client.post("/api/prevention/activities", body);
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      return res.body.id as string;
    };
    const attend = (client: typeof lurahCideng, id: string, name: string, sex: string, ageBand: string) =>
      client.post(`/api/prevention/activities/${id}/attendees`, { name, sex, ageBand });

    const a1 = await post(
      lurahCideng,
      heldSocialisation({ placeKind: "school", schoolId, regionCode: null, targetGroupCodes: ["students"] }),
    );
    await attend(lurahCideng, a1, "Siti Rahmawati", "female", "children");
    await attend(lurahCideng, a1, "Budi Santoso", "male", "adults");
    await post(
      lurahCideng,
      heldSocialisation({
        startsAt: "2026-01-15T19:00:00+07:00",
        endsAt: null,
        targetGroupCodes: ["parents"],
        counts: {
          femaleChildren: 0,
          femaleAdults: 3,
          femaleOlder: 0,
          maleChildren: 0,
          maleAdults: 0,
          maleOlder: 2,
        },
      }),
    );
    const a3 = await post(
      lurahGambir,
      heldSocialisation({ regionCode: GAMBIR, targetGroupCodes: ["community_leaders"] }),
    );
    await attend(lurahGambir, a3, "Siti Rahmawatie", "female", "children");
    await attend(lurahGambir, a3, "Ani", "female", "adults");
    await post(
      lurahCideng,
      heldSocialisation({ status: "planned", startsAt: "2026-04-01T09:00:00+07:00", endsAt: null }),
    );
    await post(lurahCideng, heldSocialisation({ startsAt: "2025-11-20T09:00:00+07:00", endsAt: null }));
    await post(
      cast.coordinator,
      heldSocialisation({ status: "cancelled", cancelReason: "Banjir", regionCode: PASAR_BARU }),
    );
    await post(
      lurahCideng,
      heldSocialisation({
        placeKind: "online",
        regionCode: null,
        placeDetail: "https://zoom.example/tppo",
        // 31 Dec 2025 23:30 WIB would be 2025; this is 1 Jan 2026 00:30 WIB, already the new year.
        startsAt: "2025-12-31T17:30:00Z",
        endsAt: null,
        counts: {
          femaleChildren: 4,
          femaleAdults: 2,
          femaleOlder: 0,
          maleChildren: 3,
          maleAdults: 1,
          maleOlder: 0,
        },
      }),
    );
    await coordinator.post("/api/prevention/populations", {
      year: 2024,
      source: "Data uji",
      items: [
        { regionCode: CIDENG, population: 14_000 },
        { regionCode: GAMBIR, population: 8_000 },
      ],
    });
  });
  afterAll(() => t.close());

  it("shows every kelurahan of the area by kecamatan, with the hand-counted reach and the gaps", async () => {
    const res = await cast.leadership.get("/api/prevention/coverage?year=2026");
    expect(res.status).toBe(200);
    const { totals, kelurahan, kecamatan } = res.body;
    expect(kelurahan).toHaveLength(44);
    expect(kecamatan).toHaveLength(8);
    expect(totals).toMatchObject({
      activitiesHeld: 4,
      peopleListed: 3,
      peopleEstimated: 15,
      peopleReached: 18,
      kelurahanCount: 44,
      kelurahanReached: 2,
      schoolCount: 2,
      schoolsReached: 1,
      activitiesWithoutKelurahan: 1,
      // Only two kelurahan have a population figure: no total per 1,000.
      population: null,
      perThousand: null,
    });
    const byCode = (code: string) => kelurahan.find((k: { code: string }) => k.code === code);
    expect(byCode(CIDENG)).toEqual({
      code: CIDENG,
      name: "Cideng",
      kecamatanCode: "31.71.01",
      activitiesHeld: 2,
      peopleListed: 2,
      peopleEstimated: 5,
      peopleReached: 7,
      population: 14_000,
      populationYear: 2024,
      populationSource: "Data uji",
      perThousand: 0.5,
      targetGroupCodes: ["parents", "students"],
      schoolCount: 1,
      schoolsReached: 1,
    });
    expect(byCode(GAMBIR)).toMatchObject({ activitiesHeld: 1, peopleReached: 2, perThousand: 0.3 });
    expect(byCode(PASAR_BARU)).toMatchObject({
      activitiesHeld: 0,
      peopleReached: 0,
      targetGroupCodes: [],
      schoolCount: 1,
      schoolsReached: 0,
      population: null,
      perThousand: null,
    });
    const gambir = kecamatan.find((k: { code: string }) => k.code === "31.71.01");
    expect(gambir).toMatchObject({
      name: "Gambir",
      activitiesHeld: 3,
      peopleListed: 3,
      peopleEstimated: 5,
      peopleReached: 8,
      kelurahanCount: 6,
      kelurahanReached: 2,
      // Four of Gambir's six kelurahan have no figure: no kecamatan population.
      population: null,
    });
    expect(kecamatan.find((k: { code: string }) => k.code === "31.71.02")).toMatchObject({
      activitiesHeld: 0,
      kelurahanReached: 0,
      schoolCount: 1,
    });
  });

  it("counts a year in Jakarta time and nothing from other years", async () => {
    const lastYear = await cast.leadership.get("/api/prevention/coverage?year=2025");
    expect(lastYear.body.totals).toMatchObject({ activitiesHeld: 1, peopleReached: 0, kelurahanReached: 1 });
    const empty = await cast.leadership.get("/api/prevention/coverage?year=2019");
    expect(empty.body.totals).toMatchObject({ activitiesHeld: 0, kelurahanReached: 0 });
    expect(empty.body.kelurahan.every((k: { activitiesHeld: number }) => k.activitiesHeld === 0)).toBe(true);
    // No figure on or before 2019: the earliest one after it applies.
    expect(empty.body.kelurahan.find((k: { code: string }) => k.code === CIDENG).populationYear).toBe(2024);
  });

  it("shows every school with its reach, or only the gaps, of one area", async () => {
    const all = await cast.leadership.get("/api/prevention/coverage/schools?year=2026");
    expect(all.body.items).toEqual([
      expect.objectContaining({
        id: schoolId,
        activitiesHeld: 1,
        peopleReached: 2,
        targetGroupCodes: ["students"],
      }),
      expect.objectContaining({ id: otherSchoolId, activitiesHeld: 0, peopleReached: 0 }),
    ]);
    expect(all.body.total).toBe(2);
    const gaps = await cast.leadership.get("/api/prevention/coverage/schools?year=2026&gapsOnly=true");
    expect(gaps.body.items.map((s: { id: string }) => s.id)).toEqual([otherSchoolId]);
    expect(gaps.body.total).toBe(1);
    const page = await cast.leadership.get("/api/prevention/coverage/schools?year=2026&offset=1&limit=1");
    expect(page.body).toMatchObject({ total: 2, items: [{ id: otherSchoolId }] });
    const gambir = await cast.leadership.get(
      "/api/prevention/coverage/schools?year=2026&regionCode=31.71.01",
    );
    expect(gambir.body.items.map((s: { id: string }) => s.id)).toEqual([schoolId]);
  });

  it("counts a person listed at two activities once, and the same name of another sex apart", async () => {
    const id = (await cast.lurahGambir.get("/api/prevention/activities?regionCode=31.71.01.1001")).body
      .items[0].id;
    await cast.lurahGambir.post(`/api/prevention/activities/${id}/attendees`, {
      name: "Budi Santoso",
      sex: "male",
      ageBand: "adults",
    });
    const once = await cast.leadership.get("/api/prevention/coverage?year=2026");
    // Budi now attended in Cideng and in Gambir: once in the kecamatan and the total, once in each kelurahan.
    expect(once.body.totals.peopleListed).toBe(3);
    const gambirKec = once.body.kecamatan.find((k: { code: string }) => k.code === "31.71.01");
    expect(gambirKec.peopleListed).toBe(3);
    expect(once.body.kelurahan.find((k: { code: string }) => k.code === GAMBIR).peopleListed).toBe(3);
    await cast.lurahGambir.post(`/api/prevention/activities/${id}/attendees`, {
      name: "Ani",
      sex: "male",
      ageBand: "adults",
    });
    const apart = await cast.leadership.get("/api/prevention/coverage?year=2026");
    expect(apart.body.totals.peopleListed).toBe(4);
  });

  it("shows reach per 1,000 for the whole area once every kelurahan has a population", async () => {
    const items = (await cast.coordinator.get("/api/prevention/populations?year=2026")).body.items.map(
      (k: { regionCode: string }) => ({ regionCode: k.regionCode, population: 10_000 }),
    );
    const saved = await cast.coordinator.post("/api/prevention/populations", {
      year: 2025,
      source: "Uji",
      items,
    });
    expect(saved.status).toBe(200);
    const res = await cast.leadership.get("/api/prevention/coverage?year=2026");
    expect(res.body.totals.population).toBe(440_000);
    expect(res.body.totals.perThousand).toBe(
      Math.round((res.body.totals.peopleReached / 440_000) * 10_000) / 10,
    );
    expect(res.body.kecamatan.find((k: { code: string }) => k.code === "31.71.01").population).toBe(60_000);
    // Only the secretariat keeps population figures, and only for the area's kelurahan.
    const byLurah = await cast.lurahCideng.post("/api/prevention/populations", {
      year: 2025,
      source: "x",
      items,
    });
    expect(byLurah.status).toBe(403);
    const outside = await cast.coordinator.post(
      "/api/prevention/populations",
      { year: 2025, source: "x", items: [{ regionCode: "31.71.01", population: 5 }] },
      EN,
    );
    expect(fieldsOf(outside)).toEqual(["items.0.regionCode"]);
  });
});
