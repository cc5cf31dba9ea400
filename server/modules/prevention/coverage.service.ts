import type {
  AreaDto,
  CoverageDto,
  CoverageQuery,
  KecamatanCoverage,
  KelurahanCoverage,
  SchoolCoverageDto,
  SchoolCoverageQuery,
} from "../../../shared/prevention-coverage.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import { taskForceRegion } from "./activity-rules.ts";
import { areaRegions, coverageFacts, schoolReach } from "./coverage.repository.ts";
import { wibYear } from "./wib-periods.ts";

/** People per 1,000 residents, one decimal; nothing without a population. */
function perThousand(people: number, population: number | null): number | null {
  if (!population) return null;
  return Math.round((people / population) * 10_000) / 10;
}

/**
 * Where prevention reached in a year: every kelurahan of the task force's area by kecamatan,
 * including those with nothing (the gaps the secretariat plans from), with people reached
 * against population where a figure is known. A kecamatan's population is the sum of its
 * kelurahan only when every one of them has a figure; a partial sum would overstate reach.
 */
export async function getCoverage(
  ctx: AppContext,
  actor: UserActor,
  query: CoverageQuery,
): Promise<CoverageDto> {
  const scope = { taskForceId: actor.taskForceId, ...wibYear(query.year) };
  // One statement, one round trip: on a busy server each extra query waits its turn again.
  const facts = await coverageFacts(ctx.db, scope, query.year);
  const root = facts.root;
  const areas = {
    kecamatan: facts.areas.filter((r) => r.level === "kecamatan"),
    kelurahan: facts.areas.filter((r) => r.level === "kelurahan"),
  };
  const figures = new Map(
    facts.populations.map((r) => [
      r.region_code,
      { year: r.year, population: r.population, source: r.source },
    ]),
  );
  const totals = facts.perRegion.map((r) => ({
    regionCode: r.region_code,
    activities: r.activities,
    estimated: r.estimated,
    schools: r.schools,
  }));
  const listed = { kelurahan: new Map<string, number>(), kecamatan: new Map<string, number>(), total: 0 };
  for (const r of facts.listed) {
    if (r.by_kelurahan && r.region_code) listed.kelurahan.set(r.region_code, r.people);
    else if (r.by_kecamatan && r.kecamatan_code) listed.kecamatan.set(r.kecamatan_code, r.people);
    else if (!r.by_kelurahan && !r.by_kecamatan) listed.total = r.people;
  }
  const groups = new Map(facts.groups.map((g) => [g.region_code, g.codes]));
  const schools = new Map(facts.schools.map((r) => [r.region_code, r.n]));

  const byRegion = new Map(totals.filter((t) => t.regionCode).map((t) => [t.regionCode!, t]));
  const kelurahan: KelurahanCoverage[] = areas.kelurahan.map((k) => {
    const t = byRegion.get(k.code);
    const peopleListed = listed.kelurahan.get(k.code) ?? 0;
    const peopleEstimated = t?.estimated ?? 0;
    const figure = figures.get(k.code);
    const peopleReached = peopleListed + peopleEstimated;
    return {
      code: k.code,
      name: k.name,
      kecamatanCode: k.parent_code,
      activitiesHeld: t?.activities ?? 0,
      peopleReached,
      peopleListed,
      peopleEstimated,
      population: figure?.population ?? null,
      populationYear: figure?.year ?? null,
      populationSource: figure?.source ?? null,
      perThousand: perThousand(peopleReached, figure?.population ?? null),
      targetGroupCodes: groups.get(k.code) ?? [],
      schoolCount: schools.get(k.code) ?? 0,
      schoolsReached: t?.schools ?? 0,
    };
  });

  const sumOf = (rows: KelurahanCoverage[], pick: (r: KelurahanCoverage) => number) =>
    rows.reduce((sum, r) => sum + pick(r), 0);
  const populationOf = (rows: KelurahanCoverage[]) =>
    rows.length > 0 && rows.every((r) => r.population !== null) ? sumOf(rows, (r) => r.population!) : null;

  const kecamatan: KecamatanCoverage[] = areas.kecamatan.map((c) => {
    const rows = kelurahan.filter((k) => k.kecamatanCode === c.code);
    const peopleListed = listed.kecamatan.get(c.code) ?? 0;
    const peopleEstimated = sumOf(rows, (r) => r.peopleEstimated);
    const population = populationOf(rows);
    return {
      code: c.code,
      name: c.name,
      activitiesHeld: sumOf(rows, (r) => r.activitiesHeld),
      peopleReached: peopleListed + peopleEstimated,
      peopleListed,
      peopleEstimated,
      population,
      perThousand: perThousand(peopleListed + peopleEstimated, population),
      kelurahanCount: rows.length,
      kelurahanReached: rows.filter((r) => r.activitiesHeld > 0).length,
      schoolCount: sumOf(rows, (r) => r.schoolCount),
      schoolsReached: sumOf(rows, (r) => r.schoolsReached),
    };
  });

  // Online activities and any without a kelurahan count in the totals only.
  const unplaced = totals.find((t) => t.regionCode === null);
  const peopleEstimated = totals.reduce((sum, t) => sum + t.estimated, 0);
  const population = populationOf(kelurahan);
  return {
    year: query.year,
    regionCode: root,
    totals: {
      activitiesHeld: totals.reduce((sum, t) => sum + t.activities, 0),
      peopleReached: listed.total + peopleEstimated,
      peopleListed: listed.total,
      peopleEstimated,
      population,
      perThousand: perThousand(listed.total + peopleEstimated, population),
      kelurahanCount: kelurahan.length,
      kelurahanReached: kelurahan.filter((k) => k.activitiesHeld > 0).length,
      schoolCount: sumOf(kelurahan, (r) => r.schoolCount),
      schoolsReached: sumOf(kelurahan, (r) => r.schoolsReached),
      activitiesWithoutKelurahan: unplaced?.activities ?? 0,
    },
    kecamatan,
    kelurahan,
    abilities: {
      plan: actor.permissions.has("prevention.manage") || actor.permissions.has("prevention.coordinate"),
      editPopulation: actor.permissions.has("prevention.coordinate"),
    },
  };
}

/** The kecamatan and kelurahan under the task force's region. */
export async function getArea(ctx: AppContext, actor: UserActor): Promise<AreaDto> {
  const root = await taskForceRegion(ctx.db, actor.taskForceId);
  const areas = await areaRegions(ctx.db, root);
  return {
    regionCode: root,
    kecamatan: areas.kecamatan.map((k) => ({ code: k.code, name: k.name })),
    kelurahan: areas.kelurahan.map((k) => ({ code: k.code, name: k.name, kecamatanCode: k.parent_code })),
  };
}

/** Every active school (of one kecamatan or kelurahan, when asked) with its reach in the year. */
export async function getSchoolCoverage(
  ctx: AppContext,
  actor: UserActor,
  query: SchoolCoverageQuery,
): Promise<SchoolCoverageDto> {
  const scope = { taskForceId: actor.taskForceId, ...wibYear(query.year) };
  const rows = await schoolReach(ctx.db, scope, query.regionCode);
  const matching = query.gapsOnly === "true" ? rows.filter((r) => r.activitiesHeld === 0) : rows;
  return {
    year: query.year,
    total: matching.length,
    items: matching.slice(query.offset, query.offset + query.limit) as SchoolCoverageDto["items"],
  };
}
