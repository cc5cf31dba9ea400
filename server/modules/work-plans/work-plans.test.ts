import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indicatorProgress } from "../../../shared/work-plans.ts";
import { actionItems, activityAttendees, preventionActivities, services } from "../../db/schema/index.ts";
import { auditOf } from "../../test/audit-of.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { fixNow, meetingFixture } from "../action-items/test-support.ts";
import { refreshStatisticsFacts } from "../statistics/statistics-facts.ts";

describe("indicator progress", () => {
  it("reads more-is-better indicators against their target", () => {
    expect(indicatorProgress({ direction: "higher", target: 40, baseline: null, actual: 10 })).toEqual({
      ratio: 0.25,
      state: "not_met",
    });
    expect(indicatorProgress({ direction: "higher", target: 40, baseline: null, actual: 55 })).toEqual({
      ratio: 1,
      state: "met",
    });
    expect(indicatorProgress({ direction: "higher", target: 40, baseline: null, actual: null })).toEqual({
      ratio: null,
      state: "no_data",
    });
  });

  it("reads the zero-case target as met only at zero, and as the way down from the baseline until then", () => {
    const zero = { direction: "lower" as const, target: 0 };
    expect(indicatorProgress({ ...zero, baseline: 12, actual: 0 })).toEqual({ ratio: 1, state: "met" });
    expect(indicatorProgress({ ...zero, baseline: 12, actual: 3 })).toEqual({
      ratio: 0.75,
      state: "not_met",
    });
    // Worse than the baseline: no way covered, never a negative bar.
    expect(indicatorProgress({ ...zero, baseline: 12, actual: 15 })).toEqual({ ratio: 0, state: "not_met" });
    // Without a baseline there is no way to measure: met or not.
    expect(indicatorProgress({ ...zero, baseline: null, actual: 1 })).toEqual({ ratio: 0, state: "not_met" });
    expect(indicatorProgress({ direction: "lower", target: 5, baseline: 10, actual: 4 })).toEqual({
      ratio: 1,
      state: "met",
    });
  });
});

type Indicator = {
  id: string;
  name: string;
  metric: string | null;
  baseline: number | null;
  actual: { value: number; kind: string; source: string } | null;
  progress: { ratio: number | null; state: string };
};
const indicatorsOf = (plan: { programmes: { indicators: Indicator[] }[] }) =>
  Object.fromEntries(plan.programmes.flatMap((p) => p.indicators).map((i) => [i.name, i]));

describeEachDatabase("work plans", (kind) => {
  let t: TestApp;
  let secretariat: Client;
  let reader: Client;
  let groups: { id: string; number: number }[];
  let responsible: string;

  beforeAll(async () => {
    t = await createTestApp(kind, {
      GUGUS_2FA_REQUIRED_ROLES: "admin",
      GUGUS_REMINDER_INTERVAL_SECONDS: "0",
    });
    fixNow(t, "2026-06-15T03:00:00Z");
    secretariat = await t.as("coordinator");
    reader = await t.as("field_reporter");
    responsible = (await t.factories.organization({ name: "Sudin Sosial Uji" })).id;
    groups = (await secretariat.get("/api/working-groups")).body.items;
    await seedRecords(t);
  });
  afterAll(() => t.close());

  const groupNo = (n: number) => groups.find((g) => g.number === n)!.id;

  it("starts an empty plan for a year; members read it, only the secretariat changes it", async () => {
    const created = await secretariat.post("/api/work-plans", { year: 2025 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      year: 2025,
      title: "Rencana Aksi Daerah GT PP-TPPO Tahun 2025",
      programmes: [],
      abilities: { manage: true },
    });
    expect(await auditOf(t, "work_plan.created", created.body.id)).toHaveLength(1);
    expect((await secretariat.post("/api/work-plans", { year: 2025 })).status).toBe(422);
    const read = await reader.get("/api/work-plans/2025");
    expect(read.status).toBe(200);
    expect(read.body.abilities).toEqual({ manage: false });
    expect((await reader.post("/api/work-plans", { year: 2024 })).status).toBe(403);
    expect((await reader.get("/api/work-plans/2031")).status).toBe(404);
    const copyMissing = await secretariat.post("/api/work-plans", { year: 2027, copyFromYear: 2019 });
    expect(copyMissing.body.error.details).toEqual([
      { field: "copyFromYear", message: "tidak ada rencana aksi tahun 2019 untuk disalin" },
    ]);
  });

  it("counts each computed indicator from the records, with its source", async () => {
    const prevention = (
      await secretariat.post("/api/work-plans/2025/programmes", {
        workingGroupId: groupNo(1),
        title: "Sosialisasi pencegahan TPPO di setiap kelurahan",
        leadOrganizationId: responsible,
      })
    ).body.programmes[0];
    const add = (name: string, metric: string, target: number, direction = "higher") =>
      secretariat.post("/api/work-plans/2025/indicators", {
        programmeId: prevention.id,
        name,
        unit: "unit",
        target,
        direction,
        metric,
        responsibleOrganizationId: responsible,
      });
    await add("Kasus TPPO baru", "new_cases", 0, "lower");
    await add("Korban teridentifikasi", "victims_identified", 0, "lower");
    await add("Korban mendapat rehabilitasi", "victims_rehabilitated", 10);
    await add("Kegiatan pencegahan", "prevention_activities_held", 10);
    await add("Orang terjangkau", "people_reached", 100);
    await add("Kelurahan terjangkau", "kelurahan_reached", 44);
    await add("Rapat koordinasi", "meetings_held", 12);
    const last = await add("Tindak lanjut tepat waktu", "action_items_done_on_time", 80);
    expect(last.status).toBe(200);

    const plan = await secretariat.get("/api/work-plans/2025");
    const got = indicatorsOf(plan.body);
    // Hand-counted from seedRecords: 2025 holds 4 cases with 4 victims, 1 victim rehabilitated,
    // 1 held activity (25 estimated people, 1 kelurahan), 1 held meeting, 1 of 2 items on time.
    expect(
      Object.fromEntries(Object.entries(got).map(([name, i]) => [name, i.actual?.value ?? null])),
    ).toEqual({
      "Kasus TPPO baru": 4,
      "Korban teridentifikasi": 4,
      "Korban mendapat rehabilitasi": 1,
      "Kegiatan pencegahan": 1,
      "Orang terjangkau": 25,
      "Kelurahan terjangkau": 1,
      "Rapat koordinasi": 1,
      "Tindak lanjut tepat waktu": 50,
    });
    expect(got["Kasus TPPO baru"]!.actual).toMatchObject({ kind: "computed" });
    expect(got["Kasus TPPO baru"]!.actual!.source).toMatch(
      /^Dihitung dari data kasus Gugus — .+, per .+ WIB$/,
    );
    expect(got["Rapat koordinasi"]!.actual!.source).toMatch(/^Dihitung dari rapat koordinasi terlaksana/);
    expect(got["Kasus TPPO baru"]!.progress).toEqual({ ratio: 0, state: "not_met" });
    const en = await secretariat.get("/api/work-plans/2025", { "accept-language": "en" });
    expect(indicatorsOf(en.body)["Kasus TPPO baru"]!.actual!.source).toMatch(
      /^Computed from the case records of/,
    );
  });

  it("copies last year's plan into a new year, last year's actuals becoming baselines", async () => {
    const copied = await secretariat.post("/api/work-plans", { year: 2026, copyFromYear: 2025 });
    expect(copied.status).toBe(201);
    expect(copied.body.copiedFromYear).toBe(2025);
    const got = indicatorsOf(copied.body);
    expect(Object.keys(got)).toHaveLength(8);
    // 2026 by hand: 3 cases with 3 victims; 2 victims rehabilitated; 3 held activities reaching
    // 4 listed people (one came twice) and 10 estimated, in 2 kelurahan; 2 held meetings; 1 of 3
    // items that fell due so far was done on time.
    expect(
      Object.fromEntries(Object.entries(got).map(([name, i]) => [name, [i.baseline, i.actual?.value]])),
    ).toEqual({
      "Kasus TPPO baru": [4, 3],
      "Korban teridentifikasi": [4, 3],
      "Korban mendapat rehabilitasi": [1, 2],
      "Kegiatan pencegahan": [1, 3],
      "Orang terjangkau": [25, 14],
      "Kelurahan terjangkau": [1, 2],
      "Rapat koordinasi": [1, 2],
      "Tindak lanjut tepat waktu": [50, 33.3],
    });
    // The zero-case target, less is better: 4 cases last year, 3 so far this year, a quarter of the way to 0.
    expect(got["Kasus TPPO baru"]!.progress).toEqual({ ratio: 0.25, state: "not_met" });
    expect(got["Orang terjangkau"]!.progress).toEqual({ ratio: 0.14, state: "not_met" });
  });

  it("takes entered actuals for other indicators, the latest by date counting", async () => {
    const plan = (await secretariat.get("/api/work-plans/2026")).body;
    const programme = (
      await secretariat.post("/api/work-plans/2026/programmes", {
        workingGroupId: groupNo(4),
        title: "Penyusunan Peraturan Wali Kota tentang GT PP-TPPO",
      })
    ).body.programmes.find((p: { title: string }) => p.title.startsWith("Penyusunan"));
    expect(programme.workingGroupId).toBe(groupNo(4));
    const withIndicator = await secretariat.post("/api/work-plans/2026/indicators", {
      programmeId: programme.id,
      name: "Sekolah yang membentuk satgas",
      unit: "sekolah",
      target: 50,
      direction: "higher",
      responsibleOrganizationId: responsible,
    });
    const indicator = indicatorsOf(withIndicator.body)["Sekolah yang membentuk satgas"]!;
    const url = `/api/work-plans/2026/indicators/${indicator.id}/actuals`;
    await secretariat.post(url, { value: 25, measuredOn: "2026-05-01", note: "Laporan Sudin Pendidikan" });
    await secretariat.post(url, { value: 10, measuredOn: "2026-03-01" });
    const after = indicatorsOf((await secretariat.get("/api/work-plans/2026")).body)[
      "Sekolah yang membentuk satgas"
    ]!;
    expect(after.actual).toMatchObject({ value: 25, kind: "entered" });
    expect(after.actual!.source).toMatch(/^Diisi oleh .+, data per 1 Mei 2026: Laporan Sudin Pendidikan$/);
    expect(after.progress).toEqual({ ratio: 0.5, state: "not_met" });
    const future = await secretariat.post(url, { value: 30, measuredOn: "2026-07-01" });
    expect(future.body.error.details).toEqual([
      { field: "measuredOn", message: "tanggal tidak boleh setelah hari ini" },
    ]);
    const early = await secretariat.post(url, { value: 30, measuredOn: "2025-12-31" });
    expect(early.body.error.details[0].field).toBe("measuredOn");
    const computed = indicatorsOf(plan)["Kasus TPPO baru"]!;
    const refused = await secretariat.post(`/api/work-plans/2026/indicators/${computed.id}/actuals`, {
      value: 1,
      measuredOn: "2026-05-01",
    });
    expect(refused.status).toBe(409);
    expect((await reader.post(url, { value: 1, measuredOn: "2026-05-01" })).status).toBe(403);
    // A programme leaves the plan only once empty.
    expect((await secretariat.delete(`/api/work-plans/2026/programmes/${programme.id}`)).status).toBe(409);
    await secretariat.delete(`/api/work-plans/2026/indicators/${indicator.id}`);
    const gone = await secretariat.delete(`/api/work-plans/2026/programmes/${programme.id}`);
    expect(gone.body.programmes.map((p: { id: string }) => p.id)).not.toContain(programme.id);
    const list = await reader.get("/api/work-plans");
    expect(list.body.items.map((p: { year: number }) => p.year)).toEqual([2026, 2025]);
    expect(list.body.currentYear).toBe(2026);
  });
});

/**
 * The records the computed indicators count, by hand. 2025: 4 cases with one victim each, one
 * victim rehabilitated (and one who only had legal aid), one held activity with 25 people
 * estimated, one held meeting, two items due (one done on time). 2026, up to 15 June: 3 cases (2
 * victims in one, 1 in another, none in the third), 2 victims rehabilitated, 3 held activities
 * (4 distinct listed people, 10 estimated) in 2 kelurahan plus a planned one, 2 held meetings
 * plus a planned and a cancelled one, 3 items fallen due (one on time) besides a dropped one and
 * one not yet due.
 */
async function seedRecords(t: TestApp) {
  const db = t.ctx.db;
  const home = await t.factories.secretariat();
  const caseIds: string[] = [];
  const victim = async (caseId: string) => (await t.factories.casePerson(caseId, "victim")).id;
  const rehab: { caseId: string; casePersonId: string; type: string; status: string; startedOn: string }[] =
    [];
  for (const day of ["2025-02-01", "2025-05-01", "2025-08-01", "2025-11-01"]) {
    const c = await t.factories.case({ identifiedOn: day });
    caseIds.push(c.id);
    const v = await victim(c.id);
    if (day === "2025-05-01")
      rehab.push({
        caseId: c.id,
        casePersonId: v,
        type: "social_rehabilitation",
        status: "delivered",
        startedOn: "2025-05-03",
      });
    if (day === "2025-08-01")
      rehab.push({
        caseId: c.id,
        casePersonId: v,
        type: "legal_aid",
        status: "delivered",
        startedOn: "2025-08-03",
      });
  }
  const c1 = await t.factories.case({ identifiedOn: "2026-01-10" });
  const c2 = await t.factories.case({ identifiedOn: "2026-03-10" });
  const c3 = await t.factories.case({ identifiedOn: "2026-05-10" });
  caseIds.push(c1.id, c2.id, c3.id);
  const v1 = await victim(c1.id);
  const v2 = await victim(c1.id);
  const v3 = await victim(c2.id);
  rehab.push(
    {
      caseId: c1.id,
      casePersonId: v1,
      type: "health_rehabilitation",
      status: "delivered",
      startedOn: "2026-01-12",
    },
    {
      caseId: c1.id,
      casePersonId: v1,
      type: "social_rehabilitation",
      status: "in_progress",
      startedOn: "2026-02-01",
    },
    {
      caseId: c1.id,
      casePersonId: v2,
      type: "social_rehabilitation",
      status: "in_progress",
      startedOn: "2026-02-01",
    },
    // Planned only: not received yet.
    {
      caseId: c2.id,
      casePersonId: v3,
      type: "health_rehabilitation",
      status: "planned",
      startedOn: "2026-04-01",
    },
  );
  await db.insert(services).values(
    rehab.map((s) => ({
      caseId: s.caseId,
      casePersonId: s.casePersonId,
      serviceTypeCode: s.type,
      providerOrganizationId: home.id,
      status: s.status,
      startedOn: s.startedOn,
    })),
  );
  await refreshStatisticsFacts(db, caseIds);

  const activity = (
    startsAt: string,
    status: string,
    regionCode: string,
    estimated: number | null,
    listed = 0,
  ) => ({
    taskForceId: home.taskForceId,
    typeCode: "socialization",
    title: `Sosialisasi ${startsAt}`,
    status,
    startsAt: new Date(startsAt),
    placeKind: "kelurahan",
    regionCode,
    organizerOrganizationId: home.id,
    femaleAdults: estimated,
    attendeeCount: listed,
  });
  const acts = await db
    .insert(preventionActivities)
    .values([
      activity("2025-06-01T02:00:00Z", "held", "31.71.01.1002", 25),
      activity("2026-02-01T02:00:00Z", "held", "31.71.01.1002", 10),
      activity("2026-04-01T02:00:00Z", "held", "31.71.05.1003", null, 3),
      activity("2026-05-01T02:00:00Z", "held", "31.71.05.1003", null, 2),
      activity("2026-07-01T02:00:00Z", "planned", "31.71.06.1001", 40),
    ])
    .returning({ id: preventionActivities.id });
  const attendee = (activityId: string, personKey: string) => ({
    activityId,
    nameEnc: "sealed",
    personKey,
    sex: "female",
    ageBand: "adults",
  });
  // p1 came to both April and May: one person reached, not two.
  await db
    .insert(activityAttendees)
    .values([
      attendee(acts[2]!.id, "p1"),
      attendee(acts[2]!.id, "p2"),
      attendee(acts[2]!.id, "p3"),
      attendee(acts[3]!.id, "p1"),
      attendee(acts[3]!.id, "p4"),
    ]);

  await meetingFixture(t, { startsAt: "2025-03-01T02:00:00Z", status: "held" });
  await meetingFixture(t, { startsAt: "2026-01-20T02:00:00Z", status: "held" });
  await meetingFixture(t, { startsAt: "2026-04-20T02:00:00Z", status: "held" });
  await meetingFixture(t, { startsAt: "2026-05-20T02:00:00Z", status: "cancelled" });
  await meetingFixture(t, { startsAt: "2026-07-20T02:00:00Z", status: "planned" });

  const item = (dueOn: string, status: string, doneAt: string | null) => ({
    taskForceId: home.taskForceId,
    description: `Tindak lanjut ${dueOn}`,
    ownerOrganizationId: home.id,
    dueOn,
    status,
    doneAt: doneAt ? new Date(doneAt) : null,
  });
  await db.insert(actionItems).values([
    item("2025-04-30", "done", "2025-04-29T10:00:00Z"),
    item("2025-09-30", "done", "2025-10-15T10:00:00Z"),
    // Done at 23:00 WIB on the due date (16:00 UTC): on time.
    item("2026-02-28", "done", "2026-02-28T16:00:00Z"),
    item("2026-03-31", "done", "2026-04-02T01:00:00Z"),
    item("2026-05-31", "open", null),
    item("2026-04-30", "dropped", null),
    item("2026-08-31", "open", null),
  ]);
}
