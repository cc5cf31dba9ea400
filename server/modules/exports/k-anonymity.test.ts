import { describe, expect, it } from "vitest";
import { seededRandom } from "../../demo/random.ts";
import { kAnonymise } from "./k-anonymity.ts";

const counts = (rows: string[][], skip: ReadonlySet<number> = new Set()) => {
  const byKey = new Map<string, number>();
  rows.forEach((row, i) => {
    if (skip.has(i)) return;
    const key = JSON.stringify(row);
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  });
  return byKey;
};

/** Rows of year, sex, age band and nationality: common values with a long tail of rare ones. */
function generated(seed: number, size: number): string[][] {
  const random = seededRandom(seed);
  return Array.from({ length: size }, () => [
    String(random.pick([2019, 2020, 2020, 2021, 2021, 2021])),
    random.pick(["Female", "Female", "Male", ""]),
    random.pick(["18--20", "21--23", "30--38", "30--38", "9--17", "48+"]),
    random.pick(["ID", "ID", "ID", "MM", "KH", "TL", "PH"]),
  ]);
}

describe("k-anonymity by local suppression", () => {
  it.each([2, 5, 10, 25])("leaves every combination shared by at least k = %i rows", (k) => {
    for (const seed of [1, 2, 3]) {
      const rows = generated(seed, 400);
      const before = rows.map((r) => [...r]);
      const { withheld } = kAnonymise(rows, k, [0], [3, 2, 1]);
      for (const [key, n] of counts(rows, withheld)) expect(n, key).toBeGreaterThanOrEqual(k);
      // Only blanks are introduced, and never in the fixed column.
      rows.forEach((row, i) => {
        expect(row[0]).toBe(before[i]![0]);
        expect(row.every((value, c) => value === "" || value === before[i]![c])).toBe(true);
      });
      expect(withheld.size).toBe(0);
    }
  });

  it("blanks nothing in data that is already k-anonymous", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ["2020", i % 2 ? "Male" : "Female", "30--38"]);
    const result = kAnonymise(rows, 10, [0], [2, 1]);
    expect(result).toEqual({ withheld: new Set(), suppressedValues: 0 });
  });

  it("gives up the columns in the order asked, the first one first", () => {
    const rows = [
      ...Array.from({ length: 10 }, () => ["2020", "Female", "30--38"]),
      ...Array.from({ length: 10 }, () => ["2020", "Female", "48+"]),
      ["2020", "Male", "9--17"],
    ];
    const lone = ["2020", "Male", "9--17"];
    const partly = [...lone];
    kAnonymise([partly, ...Array.from({ length: 10 }, () => ["2020", "Male", ""])], 10, [0], [2, 1]);
    // Blanking the age is enough to join ten other boys: the sex stays.
    expect(partly).toEqual(["2020", "Male", ""]);
    // Alone among girls, the boy loses his age first, then his sex; the blanks then need company,
    // taken whole from the smallest group that has to give rows.
    kAnonymise(rows, 10, [0], [2, 1]);
    for (const [key, n] of counts(rows)) expect(n, key).toBeGreaterThanOrEqual(10);
    expect(rows[20]).toEqual(["2020", "", ""]);
    expect(counts(rows).get(JSON.stringify(["2020", "", ""]))).toBe(11);
  });

  it("withholds the rows of a year that holds fewer than k, and only those", () => {
    const rows = [
      ...Array.from({ length: 20 }, (_, i) => ["2020", i % 2 ? "Male" : "Female"]),
      ["2021", "Female"],
      ["2021", "Male"],
    ];
    const { withheld } = kAnonymise(rows, 5, [0], [1]);
    expect([...withheld].sort((a, b) => a - b)).toEqual([20, 21]);
  });

  it("tops up a too-small group of blanks from the largest group of its year, leaving that one at least k", () => {
    const rows = [
      ...Array.from({ length: 15 }, () => ["2020", "Female"]),
      ["2020", "Male"],
      ["2020", "Male"],
    ];
    const { withheld } = kAnonymise(rows, 5, [0], [1]);
    expect(withheld.size).toBe(0);
    const result = counts(rows);
    expect(result.get(JSON.stringify(["2020", ""]))).toBe(5);
    expect(result.get(JSON.stringify(["2020", "Female"]))).toBe(12);
  });
});
