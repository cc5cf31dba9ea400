import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { queryRows } from "../../db/query-rows.ts";
import { cases } from "../../db/schema/index.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { rebuildStatisticsFacts, refreshStatisticsFacts } from "./statistics-facts.ts";

type Row = Record<string, unknown> & { count: number };
const flat = (rows: Row[], dims: string[]) =>
  rows.map((r) => `${dims.map((d) => String(r[d])).join("/")}=${r.count}`).sort();

const facts = (t: TestApp) =>
  queryRows<Record<string, unknown>>(
    t.ctx.db,
    sql`SELECT id, case_id, is_victim, is_case_row, year, year_only, identified_region_code, sex, age_group,
          child_status, nationality, origin_region, legal_stage, exploitation_types,
          destination_countries, victim_sex_child, first_of, import_format
        FROM statistics_facts ORDER BY id`,
  );

describeEachDatabase("statistics facts kept equal to the records", (kind) => {
  let t: TestApp;
  let coordinator: Client;
  const stats = async (unit: string, groupBy: string, extra = "") => {
    const res = await coordinator.get(`/api/statistics/${unit}?groupBy=${groupBy}${extra}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return flat(res.body.rows, groupBy.split(","));
  };
  /**
   * After a change made through the API: a read brings the facts up to date, and they equal what
   * a rebuild from scratch computes, row for row; no case is left marked.
   */
  const expectConsistent = async () => {
    await stats("victims", "year");
    const incremental = await facts(t);
    const [marked] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM statistics_stale_cases`,
    );
    expect(marked!.n).toBe(0);
    await rebuildStatisticsFacts(t.ctx.db);
    expect(await facts(t)).toEqual(incremental);
    return incremental;
  };
  const openCase = async (body: Record<string, unknown>) => {
    const res = await coordinator.post("/api/cases", {
      title: "Kasus uji statistik",
      identifiedOn: "2024-03-10",
      identifiedRegionCode: "31.71.01.1002",
      ...body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const addPerson = async (caseId: string, body: Record<string, unknown>) => {
    const res = await coordinator.post(`/api/cases/${caseId}/people`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; personId: string };
  };

  beforeAll(async () => {
    // The coordinator enters birth dates (identity) without a second factor in these tests.
    t = await createTestApp(kind, { GUGUS_2FA_REQUIRED_ROLES: "admin" });
    coordinator = await t.as("coordinator");
  });
  afterAll(() => t.close());

  it("follows every kind of change, made through the API, into the figures", async () => {
    const a = await openCase({
      exploitationForms: ["irregular_migrant_work"],
      route: [
        { kind: "origin", regionCode: "32" },
        { kind: "destination", countryCode: "MY" },
      ],
    });
    // A child by birth date (13 when identified), an adult by birth date, and a suspect.
    const ani = await addPerson(a, {
      role: "victim",
      identity: { birthDate: "2010-06-01" },
      demographics: { sexCode: "female", nationalityCode: "ID" },
    });
    const budi = await addPerson(a, {
      role: "victim",
      identity: { birthDate: "1990-01-15" },
      demographics: { sexCode: "male" },
    });
    await addPerson(a, { role: "suspect", demographics: { sexCode: "male" } });
    await expectConsistent();
    expect(await stats("victims", "sex,childStatus")).toEqual(["female/child=1", "male/adult=1"]);
    expect(await stats("victims", "ageGroup")).toEqual(["age_13_17=1", "age_25_44=1"]);

    // Sex and birth date corrected: Ani was in fact 18 and is recorded as male by mistake.
    await coordinator.patch(`/api/cases/${a}/people/${ani.id}`, {
      identity: { birthDate: "2005-06-01" },
      demographics: { sexCode: "male" },
    });
    await expectConsistent();
    expect(await stats("victims", "sex,childStatus")).toEqual(["male/adult=2"]);

    // Budi is a victim again in a second case; correcting his sex there changes the first case too.
    const b = await openCase({ identifiedOn: "2025-01-20", exploitationForms: ["ship_crew"] });
    await addPerson(b, { role: "victim", personId: budi.personId });
    const budiInB = (await coordinator.get(`/api/cases/${b}/people`)).body.items[0].id as string;
    await coordinator.patch(`/api/cases/${b}/people/${budiInB}`, { demographics: { sexCode: "female" } });
    await expectConsistent();
    expect(await stats("victims", "year,sex")).toEqual(["2024/female=1", "2024/male=1", "2025/female=1"]);

    // Exploitation forms and route changed.
    await coordinator.patch(`/api/cases/${a}`, {
      exploitationForms: ["sexual_exploitation", "domestic_work"],
      route: [{ kind: "destination", countryCode: "SA" }],
    });
    await expectConsistent();
    expect(await stats("victims", "exploitationType", "&year=2024")).toEqual([
      "ForcedLabour=2",
      "SexualExploitation=2",
    ]);
    expect(await stats("cases", "destinationCountry")).toEqual(["SA=1", "null=1"]);

    // A proceeding recorded, then moved on to the verdict.
    const legal = await coordinator.post(`/api/cases/${a}/legal`, { stageCode: "police_report" });
    expect(legal.status, JSON.stringify(legal.body)).toBe(201);
    await expectConsistent();
    expect(await stats("cases", "legalStage")).toEqual(["null=1", "police_report=1"]);
    await coordinator.patch(`/api/cases/${a}/legal/${legal.body.id}`, { stageCode: "investigation" });
    await expectConsistent();
    expect(await stats("cases", "legalStage")).toEqual(["investigation=1", "null=1"]);

    // A victim entered by mistake withdrawn; the second case loses its only victim.
    expect((await coordinator.delete(`/api/cases/${a}/people/${ani.id}`)).status).toBe(204);
    expect((await coordinator.delete(`/api/cases/${b}/people/${budiInB}`)).status).toBe(204);
    await expectConsistent();
    expect(await stats("victims", "year")).toEqual(["2024=1"]);
    expect(await stats("cases", "sex")).toEqual(["female=1", "null=1"]);

    // Two records of one person merged: the merged record's case now counts the survivor's sex.
    const c = await openCase({ identifiedOn: "2025-05-05", exploitationForms: ["forced_begging"] });
    const duplicate = await addPerson(c, { role: "victim", demographics: { sexCode: "unknown" } });
    await expectConsistent();
    expect(await stats("victims", "sex", "&year=2025")).toEqual(["null=1"]);
    const merge = await coordinator.post(`/api/people/${duplicate.personId}/merge`, {
      intoPersonId: budi.personId,
      reason: "Orang yang sama: NIK dan tanggal lahir cocok",
    });
    expect(merge.status, JSON.stringify(merge.body)).toBe(200);
    await expectConsistent();
    expect(await stats("victims", "sex", "&year=2025")).toEqual(["female=1"]);
    expect((await coordinator.post(`/api/person-merges/${merge.body.id}/undo`, {})).status).toBe(200);
    await expectConsistent();
    expect(await stats("victims", "sex", "&year=2025")).toEqual(["null=1"]);
  });

  // Only PostgreSQL has concurrent transactions; the embedded database runs one at a time.
  if (kind === "postgres") {
    it("rebuilds beside a long transaction that writes facts, without waiting for it to end", async () => {
      const home = await t.factories.secretariat();
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let writing!: () => void;
      const started = new Promise<void>((resolve) => {
        writing = resolve;
      });
      // An import's transaction: it has written a case and its facts and is still busy with its file.
      const importing = t.ctx.db.transaction(async (tx) => {
        const [imported] = await tx
          .insert(cases)
          .values({
            taskForceId: home.taskForceId,
            number: "TPPO-IMPOR-0001",
            year: 2019,
            seq: 1,
            title: "Kasus impor",
            leadOrganizationId: home.id,
            identifiedOn: "2019-07-01",
            exploitationForms: ["ship_crew"],
          })
          .returning();
        await refreshStatisticsFacts(tx, [imported!.id]);
        writing();
        await held;
      });
      await started;
      const t0 = Date.now();
      await rebuildStatisticsFacts(t.ctx.db);
      expect(Date.now() - t0).toBeLessThan(10_000);
      release();
      await importing;
      expect(await stats("cases", "year", "&year=2019")).toEqual(["2019=1"]);
      await expectConsistent();
    });
  }

  it("rebuilds everything when an administrator maps a form to another HTCDS type", async () => {
    const d = await openCase({ identifiedOn: "2023-08-08", exploitationForms: ["fake_cultural_envoy"] });
    await addPerson(d, { role: "victim", demographics: { sexCode: "female" } });
    expect(await stats("victims", "exploitationType", "&year=2023")).toEqual(["SexualExploitation=1"]);
    const admin = await t.as("admin");
    const remapped = await admin.patch("/api/vocabularies/exploitation_form/terms/fake_cultural_envoy", {
      htcds: "ForcedLabour",
    });
    expect(remapped.status, JSON.stringify(remapped.body)).toBe(200);
    expect(await stats("victims", "exploitationType", "&year=2023")).toEqual(["ForcedLabour=1"]);
    await expectConsistent();
  });
});
