import { afterAll, beforeAll, expect, it } from "vitest";
import { type StatisticsDimension, statisticsDimensions } from "../../../shared/statistics.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { computeStatistics, computeStatisticsMany, type StatisticsQuery } from "./statistics.service.ts";
import { refreshStatisticsFacts } from "./statistics-facts.ts";
import { seedGeneratedCases } from "./test-support.ts";

/** Every grouping of one or two dimensions, in the order given. */
const groupings: StatisticsDimension[][] = statisticsDimensions.flatMap((a, i) => [
  [a],
  ...statisticsDimensions.slice(i + 1).map((b) => [a, b]),
]);

/**
 * The dashboard asks many questions at once (computeStatisticsMany, which counts those over the
 * same rows in one scan): each answer must be, to the row, the one computeStatistics gives alone.
 */
describeEachDatabase("statistics asked together", (kind) => {
  let t: TestApp;
  let taskForceId: string;
  const now = new Date("2025-03-01T00:00:00Z");

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedGeneratedCases(t, { seed: 23, count: 120, years: [2022, 2023, 2024] });
    const home = await t.factories.secretariat();
    taskForceId = home.taskForceId;
    // A case known only by its year, which a period cutting into that year leaves out.
    const old = await t.factories.case({
      identifiedOn: "2023-01-01",
      identifiedOnPrecision: "year",
      exploitationForms: ["forced_begging", "sexual_exploitation"],
    });
    await t.factories.casePerson(old.id, "victim", { sexCode: "male" });
    await t.factories.casePerson(old.id, "victim", { sexCode: "female" });
    await refreshStatisticsFacts(t.ctx.db, [old.id]);
  });
  afterAll(() => t.close());

  const scopes: Omit<StatisticsQuery, "unit" | "groupBy">[] = [
    {},
    { from: "2023-01-01", to: "2023-12-31" },
    { from: "2023-03-15", to: "2024-06-30", region: "31.71.01" },
    { filters: { sex: "female" } },
    { filters: { exploitationType: null }, originLevel: "regency" },
    { from: "2022-01-01", to: "2024-12-31", filters: { originRegion: "32" } },
  ];

  it("answers every grouping of up to two dimensions, in both units, as each question alone", async () => {
    for (const scope of scopes) {
      const queries: StatisticsQuery[] = (["victims", "cases"] as const).flatMap((unit) =>
        groupings.map((groupBy) => ({ ...scope, unit, groupBy })),
      );
      const together = await computeStatisticsMany(t.ctx.db, taskForceId, queries, { now });
      const alone = [];
      for (const query of queries) alone.push(await computeStatistics(t.ctx.db, taskForceId, query, { now }));
      expect(together.length).toBe(queries.length);
      for (const [i, query] of queries.entries())
        expect(together[i], `${JSON.stringify(scope)} ${query.unit} by ${query.groupBy}`).toEqual(alone[i]);
      // Not an empty agreement: the scope counts something.
      expect(alone[0]!.total).toBeGreaterThan(0);
    }
  });

  it("answers questions over different periods, places and totals in one call, in the order asked", async () => {
    const queries: StatisticsQuery[] = [
      { unit: "victims", groupBy: ["year"], from: "2022-01-01", to: "2024-12-31" },
      { unit: "cases", groupBy: [], from: "2023-01-01", to: "2023-06-30" },
      { unit: "cases", groupBy: ["sex", "exploitationType"], region: "31.71.02" },
      { unit: "victims", groupBy: ["exploitationType"], from: "2023-01-01", to: "2023-12-31" },
      { unit: "cases", groupBy: ["legalStage"], from: "2023-01-01", to: "2023-12-31" },
      { unit: "victims", groupBy: [] },
    ];
    const together = await computeStatisticsMany(t.ctx.db, taskForceId, queries, { now, locale: "en" });
    for (const [i, query] of queries.entries())
      expect(together[i]).toEqual(
        await computeStatistics(t.ctx.db, taskForceId, query, { now, locale: "en" }),
      );
    expect(together[0]!.rows.map((r) => r.year)).toEqual([2022, 2023, 2024]);
  });
});
