import { createHash } from "node:crypto";
import type {
  PublicStatisticsDimension,
  PublicStatisticsRow,
  StatisticsUnit,
} from "../../../shared/statistics.ts";
import type { AtomRow } from "./statistics.repository.ts";
import { type Atom, type Protection, protectCells } from "./statistics-suppression.ts";

/**
 * Public figures: every cell of a year is sex × child status × exploitation type, each fixed to a
 * value (null included) or left open ("*"). A year's cells are protected together
 * (statistics-suppression.ts); a figure over several years is published only when each year's
 * part is, so it adds nothing an attacker could not add up already, and years stay independent.
 */

const ANY = "*";
const NONE = "~";
type CellParts = { sex: string; childStatus: string; exploitationType: string };
type CellDimension = keyof CellParts;
const cellDimensions: readonly CellDimension[] = ["sex", "childStatus", "exploitationType"];

const cellKey = (p: CellParts) => `${p.sex}|${p.childStatus}|${p.exploitationType}`;
function partsOf(key: string): CellParts {
  const [sex, childStatus, exploitationType] = key.split("|") as [string, string, string];
  return { sex, childStatus, exploitationType };
}
const keyOfValue = (value: string | null) => value ?? NONE;
const valueOfKey = (key: string) => (key === NONE ? null : key);

/** How much hiding a published cell costs: its count, ten times more for each open dimension. */
export function cellWeight(key: string, value: number): number {
  const open = key.split("|").filter((p) => p === ANY).length;
  return value * 10 ** open;
}

/** An atom row as the suppression sees it, with every cell it counts in. */
export function toAtom(row: AtomRow, unit: StatisticsUnit): Atom {
  const profiles = row.profiles.map((p) => {
    const [sex = "", child = ""] = p.split("|");
    return { sex: sex || NONE, child: child || NONE };
  });
  const types = row.types.length > 0 ? [...row.types].sort() : [NONE];
  const pairs = new Set<string>([`${ANY}|${ANY}`]);
  for (const p of profiles) {
    pairs.add(`${p.sex}|${ANY}`);
    pairs.add(`${ANY}|${p.child}`);
    pairs.add(`${p.sex}|${p.child}`);
  }
  const cells = [...pairs].flatMap((pair) => [ANY, ...types].map((t) => `${pair}|${t}`));
  const typesKey = row.types.length > 0 ? types.join(",") : NONE;
  // Components are what a witness may vary one at a time: a victim's sex and child status
  // separately; a case's whole set of victims' profiles at once.
  const components =
    unit === "victims"
      ? [profiles[0]!.sex, profiles[0]!.child, typesKey]
      : [profiles.map((p) => `${p.sex}|${p.child}`).join(";"), typesKey];
  return { components, n: row.n, cells };
}

const cache = new Map<string, Protection>();
const CACHE_SIZE = 256;

/**
 * A year's protection, remembered by the exact counts it was computed from: the same data
 * always gives the same suppressed cells, and an unchanged year costs nothing to answer again.
 */
export function protectYear(atoms: readonly Atom[], threshold: number, unit: StatisticsUnit): Protection {
  const sorted = [...atoms].sort((a, b) => (a.components.join("/") < b.components.join("/") ? -1 : 1));
  const digest = createHash("sha256")
    .update(JSON.stringify([unit, threshold, sorted.map((a) => [a.components, a.n])]))
    .digest("hex");
  const cached = cache.get(digest);
  if (cached) {
    cache.delete(digest);
    cache.set(digest, cached);
    return cached;
  }
  const protection = protectCells(sorted, threshold, cellWeight);
  cache.set(digest, protection);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return protection;
}

export type PublicFilters = Partial<Record<PublicStatisticsDimension, string | number | null>>;

type Figure = { count: number; suppressed: boolean };

/**
 * The rows and total of a public query from each year's protected cells. A filtered dimension
 * is fixed to its value, a grouped one to each value in turn, the others left open.
 */
export function publicFigures(
  protections: ReadonlyMap<number, Protection>,
  groupBy: readonly PublicStatisticsDimension[],
  filters: PublicFilters,
): { rows: PublicStatisticsRow[]; total: Figure } {
  const years = [...protections.keys()].filter((y) => filters.year === undefined || y === filters.year);
  const fixed = (d: CellDimension): string | undefined =>
    filters[d] === undefined ? undefined : keyOfValue(filters[d] as string | null);
  const groups = new Map<string, { year: number | null; parts: CellParts; figure: Figure }>();
  for (const year of years) {
    const { values, suppressed } = protections.get(year)!;
    for (const [key, value] of values) {
      const parts = partsOf(key);
      const fits = cellDimensions.every((d) => {
        if (groupBy.includes(d)) return parts[d] !== ANY;
        return parts[d] === (fixed(d) ?? ANY);
      });
      if (!fits || value === 0) continue;
      const rowYear = groupBy.includes("year") ? year : null;
      const id = `${rowYear}|${key}`;
      const group = groups.get(id) ?? { year: rowYear, parts, figure: { count: 0, suppressed: false } };
      group.figure.count += value;
      group.figure.suppressed ||= suppressed.has(key);
      groups.set(id, group);
    }
  }
  const totalKey = cellKey({
    sex: fixed("sex") ?? ANY,
    childStatus: fixed("childStatus") ?? ANY,
    exploitationType: fixed("exploitationType") ?? ANY,
  });
  const total: Figure = { count: 0, suppressed: false };
  for (const year of years) {
    const { values, suppressed } = protections.get(year)!;
    total.count += values.get(totalKey) ?? 0;
    total.suppressed ||= suppressed.has(totalKey);
  }
  // Without grouping the one row is the total, shown even when it is 0, as the engine does.
  if (groupBy.length === 0) {
    return { rows: [{ count: total.suppressed ? null : total.count, suppressed: total.suppressed }], total };
  }
  const rows = [...groups.values()].map(({ year, parts, figure }) => {
    const row: PublicStatisticsRow = {
      count: figure.suppressed ? null : figure.count,
      suppressed: figure.suppressed,
    };
    for (const d of groupBy) {
      if (d === "year") row.year = year;
      else (row as Record<string, unknown>)[d] = valueOfKey(parts[d]);
    }
    return row;
  });
  rows.sort((a, b) => compareRows(a, b, groupBy));
  return { rows, total };
}

function compareRows(
  a: PublicStatisticsRow,
  b: PublicStatisticsRow,
  groupBy: readonly PublicStatisticsDimension[],
): number {
  for (const d of groupBy) {
    const x = a[d] ?? null;
    const y = b[d] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}
