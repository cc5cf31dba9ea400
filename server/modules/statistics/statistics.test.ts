import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { casePeople, caseRoutePoints, cases, legalProcesses, taskForces } from "../../db/schema/index.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { computeStatistics } from "./statistics.service.ts";
import { refreshStatisticsFacts } from "./statistics-facts.ts";

type Row = Record<string, unknown> & { count: number };
/** Rows as "value/value…=count", order-free, for comparing with hand-made lists. */
const flat = (rows: Row[], dims: string[]) =>
  rows.map((r) => `${dims.map((d) => String(r[d])).join("/")}=${r.count}`).sort();

/**
 * A small data set whose every count is worked out by hand in the tests below:
 *
 * | case | identified | where         | forms → HTCDS types                 | route              | legal stages                       |
 * | C1   | 2023-05-10 | 31.71.01.1002 | migrant work + sexual → FL, SE      | origin 32, dest MY | police report; district verdict    |
 * | C2   | 2023-11-02 | 31.71.02.1001 | domestic + migrant work → FL        | dest SA; dest 31.71.07.1001 (ID) | SP3                 |
 * | C3   | 2024-02-20 | 31.71.01.1001 | none                                | none               | none                               |
 * | C4   | 2024-07-01 | 31.71.04.1001 | sexual → SE                          | none               | SP3; police report                 |
 *
 * Victims: V1 (C1) female, 17, child, ID, from 33; V2 (C1) male, 25, adult, no nationality or
 * origin (the route says 32); V3 (C2) female, 30, adult, ID, from 31.71.03.1001; V4 (C2) sex,
 * age and child status unknown; V5 (C3) female, 8, child, MY. C4 has no victim; C1 and C2 have a
 * suspect too. Another task force's case with one victim must never count.
 */
async function seedHandMade(t: TestApp) {
  const f = t.factories;
  const db = t.ctx.db;
  const c1 = await f.case({
    identifiedOn: "2023-05-10",
    identifiedRegionCode: "31.71.01.1002",
    exploitationForms: ["irregular_migrant_work", "sexual_exploitation"],
  });
  const c2 = await f.case({
    identifiedOn: "2023-11-02",
    identifiedRegionCode: "31.71.02.1001",
    exploitationForms: ["domestic_work", "irregular_migrant_work"],
  });
  const c3 = await f.case({
    identifiedOn: "2024-02-20",
    identifiedRegionCode: "31.71.01.1001",
    exploitationForms: [],
  });
  const c4 = await f.case({
    identifiedOn: "2024-07-01",
    identifiedRegionCode: "31.71.04.1001",
    exploitationForms: ["sexual_exploitation"],
  });
  const victim = async (
    caseId: string,
    person: { sexCode: string; nationalityCode?: string | null; originRegionCode?: string | null },
    age: { ageAtExploitation: number | null; isChild: boolean | null; ageGroupCode: string },
  ) => {
    const link = await f.casePerson(caseId, "victim", person);
    await db.update(casePeople).set(age).where(eq(casePeople.id, link.id));
  };
  await victim(
    c1.id,
    { sexCode: "female", nationalityCode: "ID", originRegionCode: "33" },
    { ageAtExploitation: 17, isChild: true, ageGroupCode: "age_13_17" },
  );
  await victim(
    c1.id,
    { sexCode: "male" },
    { ageAtExploitation: 25, isChild: false, ageGroupCode: "age_25_44" },
  );
  await victim(
    c2.id,
    { sexCode: "female", nationalityCode: "ID", originRegionCode: "31.71.03.1001" },
    { ageAtExploitation: 30, isChild: false, ageGroupCode: "age_25_44" },
  );
  await victim(
    c2.id,
    { sexCode: "unknown" },
    { ageAtExploitation: null, isChild: null, ageGroupCode: "unknown" },
  );
  await victim(
    c3.id,
    { sexCode: "female", nationalityCode: "MY" },
    { ageAtExploitation: 8, isChild: true, ageGroupCode: "age_6_12" },
  );
  await f.casePerson(c1.id, "suspect", { sexCode: "male" });
  await f.casePerson(c2.id, "suspect", { sexCode: "male" });
  await db.insert(caseRoutePoints).values([
    { caseId: c1.id, position: 0, kind: "origin", regionCode: "32" },
    { caseId: c1.id, position: 1, kind: "destination", countryCode: "MY" },
    { caseId: c2.id, position: 0, kind: "destination", countryCode: "SA" },
    { caseId: c2.id, position: 1, kind: "destination", regionCode: "31.71.07.1001" },
  ]);
  await db.insert(legalProcesses).values([
    { caseId: c1.id, stageCode: "police_report" },
    { caseId: c1.id, stageCode: "district_court_verdict" },
    { caseId: c2.id, stageCode: "investigation_stopped" },
    { caseId: c4.id, stageCode: "investigation_stopped" },
    { caseId: c4.id, stageCode: "police_report" },
  ]);
  const [elsewhere] = await db
    .insert(taskForces)
    .values({ code: "31.72", name: "Gugus Tugas PP-TPPO Jakarta Utara", regionCode: "31" })
    .returning();
  const org = await f.organization({ taskForceId: elsewhere!.id, name: "Sudin PPAPP Jakarta Utara" });
  const [foreign] = await db
    .insert(cases)
    .values({
      taskForceId: elsewhere!.id,
      number: "TPPO-3172-2024-0001",
      year: 2024,
      seq: 1,
      title: "Kasus di gugus tugas lain",
      leadOrganizationId: org.id,
      identifiedOn: "2024-03-03",
      exploitationForms: ["sexual_exploitation"],
    })
    .returning();
  await f.casePerson(foreign!.id, "victim", { sexCode: "female", taskForceId: elsewhere!.id });
  // Written straight to the tables, past the services that mark cases stale: built here.
  await refreshStatisticsFacts(db, [c1.id, c2.id, c3.id, c4.id, foreign!.id]);
  return { c1, c2, c3, c4, elsewhere: elsewhere!, foreignOrg: org };
}

describeEachDatabase("statistics engine", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  let seeded: Awaited<ReturnType<typeof seedHandMade>>;
  const get = async (path: string, client: Client = coordinator) => {
    const res = await client.get(path);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { rows: Row[]; total: number } & Record<string, unknown>;
  };
  const grouped = async (unit: string, groupBy: string, extra = "") => {
    const body = await get(`/api/statistics/${unit}?groupBy=${groupBy}${extra}`);
    return { rows: flat(body.rows, groupBy.split(",")), total: body.total };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    seeded = await seedHandMade(t);
    coordinator = await t.as("coordinator");
  });
  afterAll(() => t.close());

  it("answers the contract's shape: unit, groupBy, rows with a count, total, cut-off and source", async () => {
    const before = Date.now();
    const body = await get("/api/statistics/victims?groupBy=year");
    expect(body).toMatchObject({
      unit: "victims",
      groupBy: ["year"],
      rows: [
        { year: 2023, count: 4 },
        { year: 2024, count: 1 },
      ],
      total: 5,
      source: "Gugus — Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat",
      filters: { from: null, to: null, region: null },
      originLevel: "province",
    });
    expect(Date.parse(body.cutoff as string)).toBeGreaterThanOrEqual(before - 1000);
    const english = await coordinator.get("/api/statistics/cases", { "accept-language": "en" });
    expect(english.body).toMatchObject({ unit: "cases", groupBy: [], rows: [{ count: 4 }], total: 4 });
  });

  it("counts a victim once in the total and once under each exploitation type, and keeps the unknown row", async () => {
    expect(await grouped("victims", "exploitationType")).toEqual({
      rows: ["ForcedLabour=4", "SexualExploitation=2", "null=1"],
      total: 5,
    });
    expect(await grouped("cases", "exploitationType")).toEqual({
      rows: ["ForcedLabour=2", "SexualExploitation=2", "null=1"],
      total: 4,
    });
    expect(await grouped("victims", "destinationCountry")).toEqual({
      rows: ["ID=2", "MY=2", "SA=2", "null=1"],
      total: 5,
    });
  });

  it("counts people's dimensions with unknowns as rows of their own", async () => {
    expect((await grouped("victims", "sex")).rows).toEqual(["female=3", "male=1", "null=1"]);
    expect((await grouped("victims", "childStatus")).rows).toEqual(["adult=2", "child=2", "null=1"]);
    expect((await grouped("victims", "ageGroup")).rows).toEqual([
      "age_13_17=1",
      "age_25_44=2",
      "age_6_12=1",
      "null=1",
    ]);
    expect((await grouped("victims", "nationality")).rows).toEqual(["ID=2", "MY=1", "null=2"]);
    // A victim's own origin first, else where the case's route starts.
    expect((await grouped("victims", "originRegion")).rows).toEqual(["31=1", "32=1", "33=1", "null=2"]);
    expect((await grouped("victims", "originRegion", "&originLevel=regency")).rows).toEqual([
      "31.71=1",
      "32=1",
      "33=1",
      "null=2",
    ]);
    // A case counts once under each of its victims' values; a case without a victim is unknown.
    expect(await grouped("cases", "sex")).toEqual({ rows: ["female=3", "male=1", "null=2"], total: 4 });
  });

  it("takes a case's furthest legal stage, and a stopped investigation only when every proceeding stopped", async () => {
    expect((await grouped("victims", "legalStage")).rows).toEqual([
      "district_court_verdict=2",
      "investigation_stopped=2",
      "null=1",
    ]);
    expect((await grouped("cases", "legalStage")).rows).toEqual([
      "district_court_verdict=1",
      "investigation_stopped=1",
      "null=1",
      "police_report=1",
    ]);
  });

  it("groups by three dimensions at once", async () => {
    expect((await grouped("victims", "year,sex,childStatus")).rows).toEqual([
      "2023/female/adult=1",
      "2023/female/child=1",
      "2023/male/adult=1",
      "2023/null/null=1",
      "2024/female/child=1",
    ]);
    expect((await grouped("cases", "year,exploitationType,destinationCountry")).rows).toEqual([
      "2023/ForcedLabour/ID=1",
      "2023/ForcedLabour/MY=1",
      "2023/ForcedLabour/SA=1",
      "2023/SexualExploitation/MY=1",
      "2024/SexualExploitation/null=1",
      "2024/null/null=1",
    ]);
  });

  it("filters by any dimension, by period and by the region where the case was identified", async () => {
    expect(await grouped("victims", "year", "&sex=female")).toEqual({ rows: ["2023=2", "2024=1"], total: 3 });
    expect(await grouped("victims", "sex", "&exploitationType=unknown")).toEqual({
      rows: ["female=1"],
      total: 1,
    });
    expect(await grouped("victims", "year", "&from=2023-06-01&to=2024-03-01")).toEqual({
      rows: ["2023=2", "2024=1"],
      total: 3,
    });
    expect((await grouped("victims", "year", "&region=31.71.01")).total).toBe(3);
    expect((await grouped("victims", "year", "&region=31.71.01.1002")).total).toBe(2);
    expect((await grouped("victims", "sex", "&originRegion=31")).rows).toEqual(["female=1"]);
    expect((await grouped("victims", "sex", "&legalStage=unknown&year=2024")).rows).toEqual(["female=1"]);
    // Cases with a female victim; cases of sexual exploitation by their victims' sex.
    expect((await grouped("cases", "year", "&sex=female")).total).toBe(3);
    expect(await grouped("cases", "sex", "&exploitationType=SexualExploitation")).toEqual({
      rows: ["female=1", "male=1", "null=1"],
      total: 2,
    });
  });

  it("counts a case known only by its year in a period only when the period takes in the whole year", async () => {
    const old = await t.factories.case({
      identifiedOn: "2022-01-01",
      identifiedOnPrecision: "year",
      exploitationForms: ["forced_begging"],
    });
    await t.factories.casePerson(old.id, "victim", { sexCode: "male" });
    await refreshStatisticsFacts(t.ctx.db, [old.id]);
    expect((await grouped("victims", "year", "&from=2022-01-01&to=2022-06-30")).total).toBe(0);
    expect(await grouped("victims", "exploitationType", "&from=2022-01-01&to=2022-12-31")).toEqual({
      rows: ["ForcedBegging=1"],
      total: 1,
    });
    expect((await grouped("victims", "year", "&year=2022")).total).toBe(1);
  });

  it("is the same engine in process: the dashboard and reports get the API's numbers", async () => {
    const api = await get("/api/statistics/victims?groupBy=sex,legalStage&year=2023");
    const home = await t.factories.secretariat();
    const direct = await computeStatistics(t.ctx.db, home.taskForceId, {
      unit: "victims",
      groupBy: ["sex", "legalStage"],
      filters: { year: 2023 },
    });
    expect(direct.rows).toEqual(api.rows);
    expect(direct.total).toBe(api.total);
  });

  it("counts only the caller's task force", async () => {
    const neighbour = await t.as("coordinator", { organizationId: seeded.foreignOrg.id });
    const theirs = await get("/api/statistics/victims?groupBy=sex", neighbour);
    expect(theirs).toMatchObject({ rows: [{ sex: "female", count: 1 }], total: 1 });
    expect(theirs.source).toBe("Gugus — Gugus Tugas PP-TPPO Jakarta Utara");
  });

  it("asks the public which task force when the deployment hosts several", async () => {
    const unnamed = await t.anonymous.get("/api/public/statistics/victims");
    expect(unnamed.status).toBe(422);
    expect(unnamed.body.error.details[0]).toMatchObject({ field: "taskForce" });
    expect(unnamed.body.error.details[0].message).toContain("31.72");
    const named = await t.anonymous.get("/api/public/statistics/victims?taskForce=31.72&groupBy=sex");
    expect(named.status).toBe(200);
    // One victim: below the threshold, so hidden, total included.
    expect(named.body).toMatchObject({
      rows: [{ sex: "female", count: null, suppressed: true }],
      total: null,
      totalSuppressed: true,
      source: "Gugus — Gugus Tugas PP-TPPO Jakarta Utara",
    });
  });

  it("needs statistics.read: leadership and field reporters read it, the administrator may not", async () => {
    for (const role of ["leadership", "field_reporter", "case_manager", "service_provider"] as const) {
      expect((await (await t.as(role)).get("/api/statistics/cases")).status).toBe(200);
    }
    const admin = await t.as("admin");
    expect((await admin.get("/api/statistics/victims")).status).toBe(403);
    expect((await t.anonymous.get("/api/statistics/victims")).status).toBe(401);
  });

  it("names every wrong parameter, in the caller's language", async () => {
    const problems = async (query: string, lang = "id") => {
      const res = await coordinator.get(`/api/statistics/victims?${query}`, { "accept-language": lang });
      expect(res.status, query).toBe(422);
      expect(res.body.error.code).toBe("validation_failed");
      return res.body.error.details as { field: string; message: string }[];
    };
    const [unknown] = await problems("groupBy=year,colour");
    expect(unknown).toEqual({ field: "groupBy", message: expect.stringContaining("colour") });
    expect(unknown!.message).toContain("exploitationType");
    expect((await problems("groupBy=year,colour", "en"))[0]!.message).toMatch(/^unknown dimension colour/);
    expect((await problems("groupBy=year,sex,ageGroup,childStatus"))[0]).toMatchObject({ field: "groupBy" });
    expect((await problems("groupBy=sex,sex"))[0]).toMatchObject({ field: "groupBy" });
    const many = await problems("sex=perempuan&childStatus=baby&exploitationType=Slavery&nationality=XX");
    expect(many.map((p) => p.field)).toEqual(["sex", "childStatus", "exploitationType", "nationality"]);
    expect(many[0]!.message).toContain("female");
    expect((await problems("from=2024-05-01&to=2024-01-01"))[0]).toMatchObject({ field: "to" });
    expect((await problems("from=2024-02-30"))[0]).toMatchObject({ field: "from" });
    expect((await problems("year=20x4"))[0]).toMatchObject({ field: "year" });
    expect((await problems("region=31.71.99"))[0]).toMatchObject({ field: "region" });
    expect((await problems("originRegion=Jawa"))[0]).toMatchObject({ field: "originRegion" });
    // Origins are counted by province or kabupaten/kota, not by kecamatan.
    expect((await problems("originRegion=31.71.01"))[0]).toMatchObject({ field: "originRegion" });
    expect((await problems("legalStage=trial"))[0]).toMatchObject({ field: "legalStage" });
    expect((await problems("colour=red"))[0]).toMatchObject({ field: "colour" });
    expect((await coordinator.get("/api/statistics/people")).status).toBe(422);
  });
});
