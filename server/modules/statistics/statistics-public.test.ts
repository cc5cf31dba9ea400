import { afterAll, beforeAll, expect, it } from "vitest";
import { publicStatisticsDimensions, statisticsDimensions } from "../../../shared/statistics.ts";
import { type Client, createTestApp, describeEachDatabase, type TestApp } from "../../test/test-app.ts";
import { boundsOf, type GeneratedCase, referenceCounts, Span, seedGeneratedCases } from "./test-support.ts";

const YEARS = [2022, 2023, 2024];
const THRESHOLD = 11;

/** Every subset of the list with at most `max` members, the empty one included. */
function subsets<T>(list: readonly T[], max: number): T[][] {
  let all: T[][] = [[]];
  for (const item of list) all = [...all, ...all.filter((s) => s.length < max).map((s) => [...s, item])];
  return all;
}

type Figure = {
  years: number[];
  sex?: string | null;
  childStatus?: string | null;
  exploitationType?: string | null;
};
type Published = { figure: Figure; count: number | null; suppressed: boolean };

/** The groups an attacker's equations run over: records sharing every public characteristic. */
function atomsOf(data: readonly GeneratedCase[], unit: "victims" | "cases") {
  const atoms = new Map<
    string,
    { year: number; profiles: [string | null, string | null][]; types: string[]; n: number }
  >();
  for (const c of data) {
    const people =
      unit === "victims"
        ? c.victims.map((v) => [[v.sex, v.childStatus]] as [string | null, string | null][])
        : [
            c.victims.length > 0
              ? ([...new Set(c.victims.map((v) => JSON.stringify([v.sex, v.childStatus])))].map((p) =>
                  JSON.parse(p),
                ) as [string | null, string | null][])
              : ([[null, null]] as [string | null, string | null][]),
          ];
    for (const profiles of people) {
      const key = JSON.stringify([c.year, [...profiles].sort(), c.types]);
      const atom = atoms.get(key) ?? { year: c.year, profiles, types: c.types, n: 0 };
      atom.n++;
      atoms.set(key, atom);
    }
  }
  return [...atoms.values()];
}

function matches(atom: ReturnType<typeof atomsOf>[number], f: Figure): boolean {
  if (!f.years.includes(atom.year)) return false;
  const person = atom.profiles.some(
    ([sex, child]) =>
      (f.sex === undefined || f.sex === sex) && (f.childStatus === undefined || f.childStatus === child),
  );
  const type =
    f.exploitationType === undefined ||
    (f.exploitationType === null ? atom.types.length === 0 : atom.types.includes(f.exploitationType));
  return person && type;
}

const filterValues: Record<string, (string | number)[]> = {
  year: YEARS,
  sex: ["female", "male", "unknown"],
  childStatus: ["child", "adult", "unknown"],
  exploitationType: ["ForcedLabour", "SexualExploitation", "ChildLabour", "ForcedBegging", "unknown"],
};
const periods: { query: string; years: number[] }[] = [
  { query: "", years: YEARS },
  { query: "&from=2022-01-01&to=2023-12-31", years: [2022, 2023] },
  { query: "&from=2024-01-01&to=2024-12-31", years: [2024] },
];
const unknownIsNull = (v: string | number) => (v === "unknown" ? null : v);

describeEachDatabase("public statistics", (kind) => {
  let t: TestApp;
  let data: GeneratedCase[];
  let coordinator: Client;

  beforeAll(async () => {
    t = await createTestApp(kind, {
      GUGUS_PUBLIC_STATS_LIMIT: "100000",
      GUGUS_PUBLIC_STATS_THRESHOLD: String(THRESHOLD),
    });
    data = await seedGeneratedCases(t, { seed: 7, count: 150, years: YEARS });
    coordinator = await t.as("coordinator");
  });
  afterAll(() => t.close());

  it("counts the generated data set exactly as plain code does, for every grouping of up to three dimensions", async () => {
    let checked = 0;
    for (const unit of ["victims", "cases"] as const) {
      for (const groupBy of subsets(statisticsDimensions, 3).filter((g) => g.length > 0)) {
        const filters = [
          undefined,
          { sex: "female" },
          { exploitationType: "unknown" },
          { originRegion: "32" },
        ];
        for (const filter of filters) {
          const query = filter ? `&${Object.entries(filter)[0]!.join("=")}` : "";
          const res = await coordinator.get(`/api/statistics/${unit}?groupBy=${groupBy.join(",")}${query}`);
          expect(res.status).toBe(200);
          const expected = referenceCounts(data, {
            unit,
            groupBy,
            filters:
              filter && Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, unknownIsNull(v)])),
          });
          const actual = new Map<string, number>(
            res.body.rows.map((r: Record<string, unknown>) => [
              JSON.stringify(groupBy.map((d) => r[d])),
              r.count,
            ]),
          );
          expect(actual, `${unit} by ${groupBy} ${query}`).toEqual(expected.counts);
          expect(res.body.total, `${unit} by ${groupBy} ${query}`).toBe(expected.total);
          checked++;
        }
      }
    }
    expect(checked).toBe(2 * 129 * 4);
  });

  it("answers the public shape, with the threshold, and refuses what only signed-in users may ask", async () => {
    const res = await t.anonymous.get("/api/public/statistics/victims?groupBy=year");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      unit: "victims",
      groupBy: ["year"],
      threshold: THRESHOLD,
      totalSuppressed: false,
      source: "Gugus — Gugus Tugas PP-TPPO Kota Administrasi Jakarta Pusat",
    });
    expect(res.body.total).toBe(referenceCounts(data, { unit: "victims", groupBy: [] }).total);
    const outside = await t.anonymous.get("/api/public/statistics/cases?year=2022&from=2023-01-01");
    expect(outside.body).toMatchObject({ rows: [{ count: 0, suppressed: false }], total: 0 });
    const refused = async (query: string, field: string) => {
      const r = await t.anonymous.get(`/api/public/statistics/victims?${query}`);
      expect(r.status, query).toBe(422);
      expect(r.body.error.details[0].field, query).toBe(field);
    };
    await refused("groupBy=ageGroup", "groupBy");
    await refused("groupBy=year,originRegion", "groupBy");
    await refused("region=31.71.01", "region");
    await refused("from=2024-03-01", "from");
    await refused("to=2024-06-30", "to");
    await refused("groupBy=exploitationType&exploitationType=ForcedLabour", "exploitationType");
    await refused("taskForce=99.99", "taskForce");
  });

  for (const unit of ["victims", "cases"] as const) {
    it(`withstands an attacker who asks every public question about ${unit} and subtracts`, async () => {
      const atoms = atomsOf(data, unit);
      const vectorOf = (f: Figure): number[] => atoms.map((a) => (matches(a, f) ? 1 : 0));
      const truthOf = (p: Published) => vectorOf(p.figure).reduce((sum, x, i) => sum + x * atoms[i]!.n, 0);
      const published = new Map<string, Published>();
      const record = (figure: Figure, count: number | null, suppressed: boolean) => {
        const key = JSON.stringify(figure);
        const before = published.get(key);
        // One figure, one answer, whichever question brought it.
        if (before)
          expect({ count, suppressed }, key).toEqual({ count: before.count, suppressed: before.suppressed });
        published.set(key, { figure, count, suppressed });
      };
      let questions = 0;
      for (const groupBy of subsets(publicStatisticsDimensions, 3)) {
        const free = publicStatisticsDimensions.filter((d) => !groupBy.includes(d));
        const filters = [
          {} as Record<string, string | number>,
          ...free.flatMap((d) => filterValues[d]!.map((v) => ({ [d]: v }))),
        ];
        for (const filter of filters) {
          for (const period of periods) {
            if (filter.year !== undefined && period.query) continue;
            const query = Object.entries(filter)
              .map(([k, v]) => `&${k}=${v}`)
              .join("");
            const res = await t.anonymous.get(
              `/api/public/statistics/${unit}?groupBy=${groupBy.join(",")}${query}${period.query}`,
            );
            expect(res.status, JSON.stringify(res.body)).toBe(200);
            questions++;
            const base: Figure = { years: filter.year ? [Number(filter.year)] : period.years };
            for (const [d, v] of Object.entries(filter))
              if (d !== "year") (base as Record<string, unknown>)[d] = unknownIsNull(v);
            record(base, res.body.total, res.body.totalSuppressed);
            for (const row of res.body.rows) {
              const figure: Figure = { ...base };
              for (const d of groupBy) {
                if (d === "year") figure.years = [row.year];
                else (figure as Record<string, unknown>)[d] = row[d];
              }
              record(figure, row.count, row.suppressed);
            }
          }
        }
      }
      expect(questions).toBeGreaterThan(300);

      const span = new Span();
      const hidden: Published[] = [];
      for (const p of published.values()) {
        const truth = truthOf(p);
        if (p.suppressed) {
          expect(p.count).toBeNull();
          hidden.push(p);
        } else {
          // Published figures are exact, and none is small (zero is not shown as a row).
          expect(p.count, JSON.stringify(p.figure)).toBe(truth);
          if (truth > 0) expect(truth).toBeGreaterThanOrEqual(THRESHOLD);
          span.add(vectorOf(p.figure));
        }
      }
      // The data set is small enough that suppression happens, complementary suppression included.
      expect(hidden.some((p) => truthOf(p) < THRESHOLD)).toBe(true);
      expect(hidden.some((p) => truthOf(p) >= THRESHOLD)).toBe(true);
      expect([...published.values()].some((p) => !p.suppressed && truthOf(p) > 0)).toBe(true);

      // No hidden figure, and no group of fewer than THRESHOLD records sharing every public
      // characteristic, is a linear combination of what was published.
      const worked = hidden.filter((p) => span.contains(vectorOf(p.figure))).map((p) => p.figure);
      expect(worked).toEqual([]);
      const small = atoms.filter(
        (a, i) => a.n < THRESHOLD && span.contains(atoms.map((_, j) => (j === i ? 1 : 0))),
      );
      expect(small).toEqual([]);

      // Nor does knowing that counts are whole, not negative, and at least 1 where suppressed.
      const range = boundsOf(
        atoms.length,
        [...published.values()]
          .filter((p) => !p.suppressed)
          .map((p) => ({ vector: vectorOf(p.figure), value: p.count! })),
        hidden.map((p) => vectorOf(p.figure)),
      );
      const pinned = hidden.filter((p) => {
        const [low, high] = range(vectorOf(p.figure));
        return low === high;
      });
      expect(pinned.map((p) => p.figure)).toEqual([]);
    });
  }
});
