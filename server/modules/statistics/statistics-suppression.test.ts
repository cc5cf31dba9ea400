import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exploitationTypes } from "../../../shared/statistics.ts";
import type { AtomRow } from "./statistics.repository.ts";
import { cellWeight, publicFigures, toAtom } from "./statistics-public.ts";
import { type Atom, protectCells } from "./statistics-suppression.ts";
import { Span } from "./test-support.ts";

/**
 * Checks a protection the way an attacker would: the suppressed cells, and the groups smaller
 * than the threshold that share every characteristic (atoms), they could work out.
 */
function attack(atoms: readonly Atom[], threshold: number) {
  const { values, suppressed, witnesses } = protectCells(atoms, threshold, cellWeight);
  const vectorOf = (cell: string) => atoms.map((a) => (a.cells.includes(cell) ? 1 : 0));
  const span = new Span();
  for (const cell of values.keys()) if (!suppressed.has(cell)) span.add(vectorOf(cell));
  const revealed = [...suppressed].filter((cell) => span.contains(vectorOf(cell)));
  for (const [i, atom] of atoms.entries()) {
    if (atom.n < threshold && span.contains(atoms.map((_, j) => (i === j ? 1 : 0))))
      revealed.push(`atom ${atom.components.join("/")}`);
  }
  return { values, suppressed, witnesses, revealed };
}

/** A victim-level atom of one year: sex, child status, the exact set of types, and how many. */
const victimAtom = (sex: string, child: string, types: string[], n: number): Atom =>
  toAtom({ year: 2024, profiles: [`${sex}|${child}`], types, n }, "victims");

describe("small-cell suppression", () => {
  it("hides a small cell and enough others that no subtraction brings it back", () => {
    // Female/male × child/adult, one type: the male children are 3.
    const atoms = [
      victimAtom("female", "adult", ["ForcedLabour"], 40),
      victimAtom("female", "child", ["ForcedLabour"], 15),
      victimAtom("male", "adult", ["ForcedLabour"], 25),
      victimAtom("male", "child", ["ForcedLabour"], 3),
    ];
    const { values, suppressed, revealed } = attack(atoms, 11);
    expect(values.get("male|child|*")).toBe(3);
    expect(suppressed.has("male|child|*")).toBe(true);
    // The four-cell split is hidden as a whole, the margins and the total stay published.
    expect(suppressed.has("female|adult|*")).toBe(true);
    expect(suppressed.has("male|*|*")).toBe(false);
    expect(suppressed.has("*|child|*")).toBe(false);
    expect(suppressed.has("*|*|*")).toBe(false);
    expect(revealed).toEqual([]);
  });

  it("protects the few victims of two types, whom no cell shows but the type cells would give away", () => {
    const atoms = [
      victimAtom("female", "adult", ["ForcedLabour"], 30),
      victimAtom("female", "adult", ["ForcedLabour", "SexualExploitation"], 2),
      victimAtom("female", "adult", ["SexualExploitation"], 20),
      victimAtom("male", "adult", ["ForcedLabour"], 18),
      victimAtom("male", "adult", ["SexualExploitation"], 12),
      victimAtom("", "", [], 14),
    ];
    const { suppressed, revealed } = attack(atoms, 11);
    expect(suppressed.size).toBeGreaterThan(0);
    expect(suppressed.has("*|*|*")).toBe(false);
    expect(revealed).toEqual([]);
  });

  it("does not leave two suppressed ones whose sum is published: whole, non-negative counts would give them", () => {
    // Female 23, male 1, unknown 1 of a total of 25: hiding the two 1s alone tells that each is 1.
    const atoms = [
      victimAtom("female", "adult", [], 23),
      victimAtom("male", "adult", [], 1),
      victimAtom("", "adult", [], 1),
    ];
    const { suppressed, revealed } = attack(atoms, 11);
    expect(revealed).toEqual([]);
    expect(suppressed.has("female|*|*")).toBe(true);
    expect(suppressed.has("*|*|*")).toBe(false);
  });

  it("leaves everything published when no count is small", () => {
    const atoms = [victimAtom("female", "adult", ["ForcedLabour"], 12), victimAtom("male", "adult", [], 30)];
    const { suppressed } = attack(atoms, 11);
    expect(suppressed.size).toBe(0);
  });

  it("never leaves a suppressed cell worked out, for any table (property)", () => {
    const sexes = ["female", "male", ""];
    const children = ["child", "adult", ""];
    const typeSets = fc.subarray([...exploitationTypes.slice(0, 4)], { maxLength: 3 });
    const atomArb = fc.record({
      sex: fc.constantFrom(...sexes),
      child: fc.constantFrom(...children),
      types: typeSets,
      n: fc.integer({ min: 1, max: 25 }),
    });
    fc.assert(
      fc.property(
        fc.array(atomArb, { minLength: 1, maxLength: 14 }),
        fc.constantFrom(3, 5, 11),
        (list, threshold) => {
          const merged = new Map<string, AtomRow>();
          for (const a of list) {
            const key = `${a.sex}|${a.child}|${[...a.types].sort().join(",")}`;
            const row = merged.get(key) ?? {
              year: 2024,
              profiles: [`${a.sex}|${a.child}`],
              types: a.types,
              n: 0,
            };
            row.n += a.n;
            merged.set(key, row);
          }
          const atoms = [...merged.values()].map((r) => toAtom(r, "victims"));
          const { values, suppressed, witnesses, revealed } = attack(atoms, threshold);
          for (const [cell, value] of values) if (value < threshold) expect(suppressed.has(cell)).toBe(true);
          expect(revealed).toEqual([]);
          // Each witness moves no published cell, and a step along it keeps every count possible.
          for (const witness of witnesses) {
            const changes = [...values.keys()].map((cell) => {
              let change = 0;
              for (const [atom, by] of witness) if (atoms[atom]!.cells.includes(cell)) change += by;
              return { cell, change };
            });
            for (const { cell, change } of changes) if (!suppressed.has(cell)) expect(change).toBe(0);
            const possible = [1, -1].some(
              (k) =>
                changes.every(({ cell, change }) => change === 0 || values.get(cell)! + k * change >= 1) &&
                [...witness].every(([atom, by]) => atoms[atom]!.n + k * by >= 0),
            );
            expect(possible).toBe(true);
          }
        },
      ),
      { numRuns: 150, seed: 20240515 },
    );
  });

  it("protects cases counted by their victims' profiles (property)", () => {
    const profile = fc.constantFrom("female|adult", "female|child", "male|adult", "male|child", "|");
    const caseArb = fc.record({
      profiles: fc.uniqueArray(profile, { minLength: 1, maxLength: 3 }),
      types: fc.subarray(["ForcedLabour", "SexualExploitation", "ChildLabour"], { maxLength: 2 }),
      n: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 10 }), (list) => {
        const merged = new Map<string, AtomRow>();
        for (const c of list) {
          const profiles = [...c.profiles].sort();
          const key = `${profiles.join(";")}/${[...c.types].sort().join(",")}`;
          const row = merged.get(key) ?? { year: 2024, profiles, types: c.types, n: 0 };
          row.n += c.n;
          merged.set(key, row);
        }
        const atoms = [...merged.values()].map((r) => toAtom(r, "cases"));
        expect(attack(atoms, 11).revealed).toEqual([]);
      }),
      { numRuns: 100, seed: 20240521 },
    );
  });

  it("publishes a figure over several years only when each year's part is published", () => {
    const year = (n: number) => protectCells([victimAtom("female", "adult", [], n)], 11, cellWeight);
    const protections = new Map([
      [2023, year(40)],
      [2024, year(4)],
    ]);
    const { rows, total } = publicFigures(protections, ["sex"], {});
    expect(rows).toEqual([{ sex: "female", count: null, suppressed: true }]);
    expect(total).toEqual({ count: 44, suppressed: true });
    const first = publicFigures(protections, ["year"], { sex: "female" });
    expect(first.rows).toEqual([
      { year: 2023, count: 40, suppressed: false },
      { year: 2024, count: null, suppressed: true },
    ]);
  });
});
