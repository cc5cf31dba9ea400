import { randomUUID } from "node:crypto";
import { jakartaPusatRegions } from "../../../shared/regions-jakarta-pusat.ts";
import { seedVocabularies } from "../../../shared/vocabularies.ts";
import { casePeople, caseRoutePoints, cases, legalProcesses, people } from "../../db/schema/index.ts";
import { seededRandom } from "../../demo/random.ts";
import type { TestApp } from "../../test/test-app.ts";
import { refreshStatisticsFacts } from "./statistics-facts.ts";

/**
 * The attacker of the suppression tests: exact linear algebra over the rationals (BigInt,
 * fraction-free), independent of the witnesses the suppression itself relies on. A figure is
 * worked out by subtraction exactly when its vector of atoms is a linear combination of the
 * vectors of the figures published.
 */

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
};

function normalise(row: bigint[]): bigint[] {
  let g = 0n;
  for (const v of row) if (v) g = gcd(g, v);
  return g > 1n ? row.map((v) => v / g) : row;
}

/** The span of the published figures' vectors, in echelon form. */
export class Span {
  private readonly rows: { pivot: number; row: bigint[] }[] = [];

  private reduce(vector: readonly number[]): bigint[] {
    let row = vector.map(BigInt);
    for (const { pivot, row: b } of this.rows) {
      const x = row[pivot]!;
      if (x === 0n) continue;
      const p = b[pivot]!;
      row = normalise(row.map((v, i) => v * p - b[i]! * x));
    }
    return row;
  }

  add(vector: readonly number[]): void {
    const row = this.reduce(vector);
    const pivot = row.findIndex((v) => v !== 0n);
    if (pivot >= 0) this.rows.push({ pivot, row });
  }

  /** True when the vector is a combination of what was added: its figure can be worked out. */
  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((v) => v === 0n);
  }
}

/**
 * The attacker's second tool: bounds on each atom from published sums, non-negative counts and
 * suppressed figures being at least 1 (a suppressed row is not empty), tightened until nothing
 * moves. Answers the range each figure is left with.
 */
export function boundsOf(
  size: number,
  published: { vector: readonly number[]; value: number }[],
  suppressed: (readonly number[])[],
): (vector: readonly number[]) => [number, number] {
  const lower = new Array<number>(size).fill(0);
  const upper = new Array<number>(size).fill(Number.POSITIVE_INFINITY);
  const members = (vector: readonly number[]) => vector.flatMap((x, i) => (x ? [i] : []));
  const sums = published.map((p) => ({ atoms: members(p.vector), value: p.value }));
  const nonEmpty = suppressed.map(members);
  for (let changed = true; changed; ) {
    changed = false;
    const raise = (i: number, to: number) => {
      if (to > lower[i]!) [lower[i], changed] = [to, true];
    };
    const cap = (i: number, to: number) => {
      if (to < upper[i]!) [upper[i], changed] = [to, true];
    };
    for (const { atoms, value } of sums) {
      const low = atoms.reduce((t, i) => t + lower[i]!, 0);
      const unbounded = atoms.filter((i) => upper[i] === Number.POSITIVE_INFINITY).length;
      const high = atoms.reduce((t, i) => (upper[i] === Number.POSITIVE_INFINITY ? t : t + upper[i]!), 0);
      for (const i of atoms) {
        cap(i, value - (low - lower[i]!));
        const open = upper[i] === Number.POSITIVE_INFINITY;
        if (unbounded - (open ? 1 : 0) === 0) raise(i, value - (high - (open ? 0 : upper[i]!)));
      }
    }
    for (const atoms of nonEmpty) {
      const open = atoms.filter((i) => upper[i]! > 0);
      if (open.length === 1) raise(open[0]!, 1);
    }
  }
  return (vector) => {
    const atoms = members(vector);
    return [atoms.reduce((t, i) => t + lower[i]!, 0), atoms.reduce((t, i) => t + upper[i]!, 0)];
  };
}

// ——— A generated data set, written straight to the tables, and its counts worked out in plain code ———

export type GeneratedVictim = {
  sex: string | null;
  childStatus: "child" | "adult" | null;
  ageGroup: string | null;
  nationality: string | null;
  origin: string | null;
};
export type GeneratedCase = {
  id: string;
  identifiedOn: string;
  year: number;
  region: string;
  forms: string[];
  types: string[];
  destinations: string[];
  routeOrigin: string | null;
  legalStage: string | null;
  victims: GeneratedVictim[];
};

const htcdsOf = new Map(seedVocabularies.exploitation_form.map((t) => [t.code, t.htcds ?? "Other"]));
const stageOrder = seedVocabularies.legal_stage.map((t) => t.code);
const ageOf: Record<string, [number, boolean]> = {
  age_6_12: [9, true],
  age_13_17: [15, true],
  age_18_24: [20, false],
  age_25_44: [30, false],
};

/** The furthest stage: the list's order, a stopped investigation only when nothing else is under way. */
function furthest(stages: string[]): string | null {
  if (stages.length === 0) return null;
  const going = stages.filter((s) => s !== "investigation_stopped");
  if (going.length === 0) return "investigation_stopped";
  return going.sort((a, b) => stageOrder.indexOf(b) - stageOrder.indexOf(a))[0]!;
}

/**
 * `count` cases over `years` of the secretariat's task force, each with up to three victims of
 * mixed sex, age (unknowns included), forms, routes and proceedings, from a fixed seed.
 */
export async function seedGeneratedCases(
  t: TestApp,
  options: { seed: number; count: number; years: number[] },
): Promise<GeneratedCase[]> {
  const random = seededRandom(options.seed);
  const home = await t.factories.secretariat();
  const kelurahan = jakartaPusatRegions.filter((r) => r.level === "kelurahan").map((r) => r.code);
  const generated: GeneratedCase[] = [];
  const rows = {
    cases: [] as never[],
    people: [] as never[],
    links: [] as never[],
    route: [] as never[],
    legal: [] as never[],
  };
  const push = <K extends keyof typeof rows>(k: K, row: Record<string, unknown>) =>
    rows[k].push(row as never);
  for (let i = 0; i < options.count; i++) {
    const year = random.pick(options.years);
    const identifiedOn = `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
    const forms = [
      ...new Set(
        Array.from({ length: random.int(0, 2) }, () =>
          random.pick([
            "irregular_migrant_work",
            "sexual_exploitation",
            "child_exploitation",
            "domestic_work",
            "forced_begging",
          ]),
        ),
      ),
    ];
    const destinations = [
      ...new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(["MY", "SA", "KH", "region"]))),
    ];
    const routeOrigin = random.chance(0.6) ? random.pick(["32", "33", "35"]) : null;
    const stages = Array.from({ length: random.int(0, 2) }, () =>
      random.pick(["police_report", "investigation", "district_court_verdict", "investigation_stopped"]),
    );
    const id = randomUUID();
    const seq = options.seed * 10_000 + i + 1;
    const region = random.pick(kelurahan);
    push("cases", {
      id,
      taskForceId: home.taskForceId,
      number: `TPPO-GEN-${seq}`,
      year,
      seq,
      title: `Kasus ${seq}`,
      leadOrganizationId: home.id,
      identifiedOn,
      identifiedRegionCode: region,
      exploitationForms: forms,
    });
    if (routeOrigin) push("route", { caseId: id, position: 0, kind: "origin", regionCode: routeOrigin });
    for (const [j, d] of destinations.entries()) {
      push("route", {
        caseId: id,
        position: j + 1,
        kind: "destination",
        ...(d === "region" ? { regionCode: random.pick(kelurahan) } : { countryCode: d }),
      });
    }
    for (const stage of stages) push("legal", { caseId: id, stageCode: stage });
    const victims: GeneratedVictim[] = [];
    for (let v = random.pick([0, 1, 1, 1, 2, 3]); v > 0; v--) {
      const ageGroup = random.pick([...Object.keys(ageOf), "unknown"]);
      const [age, child] = ageOf[ageGroup] ?? [null, null];
      const victim: GeneratedVictim = {
        sex: random.pick(["female", "female", "male", null]),
        childStatus: child === null ? null : child ? "child" : "adult",
        ageGroup: ageGroup === "unknown" ? null : ageGroup,
        nationality: random.pick(["ID", "ID", null]),
        origin: random.pick([null, null, "36", "31.71.01.1001"]),
      };
      victims.push(victim);
      const personId = randomUUID();
      push("people", {
        id: personId,
        taskForceId: home.taskForceId,
        code: `ORG-GEN-${randomUUID().slice(0, 12)}`,
        sexCode: victim.sex ?? "unknown",
        nationalityCode: victim.nationality,
        originRegionCode: victim.origin,
      });
      push("links", {
        caseId: id,
        personId,
        role: "victim",
        ageAtExploitation: age,
        isChild: child,
        ageGroupCode: ageGroup,
      });
    }
    generated.push({
      id,
      identifiedOn,
      year,
      region,
      forms,
      types: [...new Set(forms.map((f) => htcdsOf.get(f)!))].sort(),
      destinations: [...new Set(destinations.map((d) => (d === "region" ? "ID" : d)))],
      routeOrigin,
      legalStage: furthest(stages),
      victims,
    });
  }
  const db = t.ctx.db;
  await db.insert(cases).values(rows.cases);
  await db.insert(people).values(rows.people);
  await db.insert(casePeople).values(rows.links);
  if (rows.route.length) await db.insert(caseRoutePoints).values(rows.route);
  if (rows.legal.length) await db.insert(legalProcesses).values(rows.legal);
  await refreshStatisticsFacts(
    db,
    generated.map((c) => c.id),
  );
  return generated;
}

type Value = string | number | null;
export type ReferenceQuery = {
  unit: "victims" | "cases";
  groupBy: readonly string[];
  filters?: Record<string, Value>;
  years?: readonly number[];
};

/** Each value a victim of a case takes for a dimension (several for types and destinations). */
function valuesOf(c: GeneratedCase, v: GeneratedVictim | null, dimension: string): Value[] {
  const many = (list: string[]) => (list.length > 0 ? list : [null]);
  switch (dimension) {
    case "year":
      return [c.year];
    case "exploitationType":
      return many(c.types);
    case "destinationCountry":
      return many(c.destinations);
    case "legalStage":
      return [c.legalStage];
    case "originRegion":
      // The victim's own origin, else the route's, by province.
      return [(v?.origin ?? c.routeOrigin)?.slice(0, 2) ?? null];
    default:
      return [v ? ((v as Record<string, Value>)[dimension] ?? null) : null];
  }
}

/**
 * The counts the engine should give, by brute force: every combination of values a victim (or a
 * case, through its victims) takes, each victim or case once per combination.
 */
export function referenceCounts(data: readonly GeneratedCase[], query: ReferenceQuery) {
  const counts = new Map<string, number>();
  let total = 0;
  const filters = Object.entries(query.filters ?? {});
  for (const c of data) {
    if (query.years && !query.years.includes(c.year)) continue;
    const members: (GeneratedVictim | null)[] = c.victims.length > 0 ? c.victims : [null];
    const seen = new Set<string>();
    let inTotal = false;
    for (const v of members) {
      if (query.unit === "victims" && v === null) continue;
      if (!filters.every(([d, want]) => valuesOf(c, v, d).includes(want))) continue;
      let combos: Value[][] = [[]];
      for (const d of query.groupBy) combos = combos.flatMap((p) => valuesOf(c, v, d).map((x) => [...p, x]));
      for (const combo of combos) {
        const key = JSON.stringify(combo);
        if (query.unit === "cases" && seen.has(key)) continue;
        seen.add(key);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (query.unit === "victims") total++;
      inTotal = true;
    }
    if (query.unit === "cases" && inTotal) total++;
  }
  return { counts, total };
}
