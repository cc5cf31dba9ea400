import { PgTransaction } from "drizzle-orm/pg-core";
import { countryName } from "../../../shared/countries.ts";
import type { DashboardDto, DashboardQuery } from "../../../shared/dashboard.ts";
import type { StatisticsDimension, StatisticsResult, StatisticsUnit } from "../../../shared/statistics.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, type FieldProblem } from "../../lib/errors.ts";
import { type Locale, translate } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { summaryByOrganization } from "../action-items/action-items.repository.ts";
import { attendanceByOrganization } from "../meetings/meetings.repository.ts";
import { exploitationLabel } from "../portal/portal-texts.ts";
import { coverageFacts } from "../prevention/coverage.repository.ts";
import { computeStatisticsMany } from "../statistics/statistics.service.ts";
import { ensureStatisticsFacts } from "../statistics/statistics-facts.ts";
import {
  heldMeetings,
  kelurahanCases,
  recordsFacts,
  regionNames,
  regionWithinArea,
  servicesFacts,
  type Term,
  taskForceArea,
  termsOf,
} from "./dashboard.repository.ts";

/** A dashboard's question: the period (both days included, WIB) and the place, if narrowed. */
export type DashboardPeriod = { from: string; to: string; region: string | null };
export type DashboardOptions = { now?: Date; locale?: Locale };

/** The trend shows the period's last year and up to this many before it. */
const TREND_YEARS_BEFORE = 5;
/** The longest period one answer covers. */
export const MAX_PERIOD_YEARS = 10;

const DAY_MS = 86_400_000;
/** The instants of a WIB period, [first day 00:00, the day after the last 00:00). */
const wibInstants = (from: string, to: string) => {
  const start = new Date(`${from}T00:00:00+07:00`);
  return { from: start, to: new Date(new Date(`${to}T00:00:00+07:00`).getTime() + DAY_MS) };
};

/** null when nothing is counted under it: no share of nothing. */
const shareOf = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : null);
/** A year-on-year change as a ratio (0.25 = a quarter more), null when the year before had none. */
const changeOf = (current: number, previous: number) =>
  previous > 0 ? Math.round(((current - previous) / previous) * 10_000) / 10_000 : null;

/**
 * Runs the reads together, or one after another inside a transaction: one connection cannot
 * run two statements at once, and the engine may open a savepoint of its own.
 */
async function gather<T extends Record<string, unknown>>(
  db: Db,
  tasks: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  const entries = Object.entries(tasks) as [keyof T, () => Promise<T[keyof T]>][];
  const values =
    db instanceof PgTransaction
      ? await entries.reduce<Promise<unknown[]>>(
          async (done, [, task]) => [...(await done), await task()],
          Promise.resolve([]),
        )
      : await Promise.all(entries.map(([, task]) => task()));
  return Object.fromEntries(entries.map(([key], i) => [key, values[i]])) as T;
}

type Row = StatisticsResult["rows"][number];
const countsBy = (result: StatisticsResult, dimension: StatisticsDimension) =>
  new Map(result.rows.map((r: Row) => [(r[dimension] ?? null) as string | number | null, r.count]));

/** Known values first, most victims (then cases) first; the unknown (null) row last. */
const byCountThenUnknown = <T extends { code: string | null; victims: number; cases?: number }>(a: T, b: T) =>
  Number(a.code === null) - Number(b.code === null) ||
  b.victims - a.victims ||
  (b.cases ?? 0) - (a.cases ?? 0) ||
  String(a.code).localeCompare(String(b.code));

/** A term's label in the locale; a code no longer in its list shows as itself. */
function labelOf(terms: Term[], code: string, locale: Locale) {
  const term = terms.find((t) => t.code === code);
  if (!term) return code;
  return locale === "en" ? term.labelEn : term.labelId;
}

/**
 * The task force's dashboard for a period and, optionally, a kecamatan or kelurahan of its
 * area: the same answer for the page and for the periodic reports, whoever asks (no actor).
 *
 * Every count of victims and cases is the statistics engine's (computeStatisticsMany, each answer
 * computeStatistics' own), with the same period and place; the rest reads the engine's facts for
 * the same victims and cases (rights, verdicts, the kelurahan of the zero-case goal), prevention's
 * coverage query for the period and area, and coordination's figures (not per area). Services, restitution and verdicts are as
 * recorded at the cut-off, for the victims and cases of the period.
 */
export async function computeDashboard(
  db: Db,
  taskForceId: string,
  query: DashboardPeriod,
  options: DashboardOptions = {},
): Promise<DashboardDto> {
  const now = options.now ?? new Date();
  const locale = options.locale ?? "id";
  const unknown = translate(locale, "dashboard.unknown");
  // Once, before the reads run together: each engine call then finds the facts up to date.
  await ensureStatisticsFacts(db);
  const area = (await taskForceArea(db, taskForceId))!;
  // The area itself is the whole dashboard: cases with no place recorded belong to it too.
  const region = query.region && query.region !== area.code ? query.region : null;
  const { from, to } = query;
  const lastYear = Number(to.slice(0, 4));
  // One year more than shown: the first row's change needs the year before it.
  const trendFrom = `${String(lastYear - TREND_YEARS_BEFORE - 1).padStart(4, "0")}-01-01`;
  const instants = wibInstants(from, to);
  const ask = (unit: StatisticsUnit, groupBy: StatisticsDimension[], since = from) => ({
    unit,
    groupBy,
    from: since,
    to,
    region,
  });
  // The engine answers the questions over one period together (one scan each period).
  const stats = (queries: ReturnType<typeof ask>[]) => () =>
    computeStatisticsMany(db, taskForceId, queries, { now, locale });

  const r = await gather(db, {
    trend: stats([ask("victims", ["year"], trendFrom), ask("cases", ["year"], trendFrom)]),
    period: stats([
      ask("victims", ["exploitationType"]),
      ask("cases", ["exploitationType"]),
      ask("victims", ["sex", "childStatus"]),
      ask("victims", ["originRegion"]),
      ask("victims", ["destinationCountry"]),
      ask("cases", ["legalStage"]),
    ]),
    kelurahan: () =>
      kelurahanCases(db, { taskForceId, from: `${to.slice(0, 4)}-01-01`, to, region: region ?? area.code }),
    received: () => servicesFacts(db, { taskForceId, from, to, region }),
    records: () => recordsFacts(db, { taskForceId, from, to, region }),
    coverage: () => coverageFacts(db, { taskForceId, ...instants }, lastYear),
    terms: () => termsOf(db, ["service_type", "legal_stage"]),
    meetingsHeld: () => heldMeetings(db, taskForceId, instants),
    attendance: () => attendanceByOrganization(db, taskForceId, instants),
    actionItems: () => summaryByOrganization(db, { taskForceId, organizationId: null, today: wibDate(now) }),
  });
  const [victimsByYear, casesByYear] = r.trend as [StatisticsResult, StatisticsResult];
  const [victimsByType, casesByType, fourCellCounts, originCounts, destinationCounts, stageCounts] =
    r.period as [
      StatisticsResult,
      StatisticsResult,
      StatisticsResult,
      StatisticsResult,
      StatisticsResult,
      StatisticsResult,
    ];

  const originCodes = originCounts.rows.flatMap((row) => (row.originRegion ? [row.originRegion] : []));
  const names = await regionNames(db, [...originCodes, ...(region ? [region] : [])]);
  const totals = { victims: victimsByType.total, cases: casesByType.total };

  // ——— Trend and the zero-case goal ———
  const victimsIn = countsBy(victimsByYear, "year");
  const casesIn = countsBy(casesByYear, "year");
  const yearRow = (year: number) => {
    const victims = victimsIn.get(year) ?? 0;
    const cases = casesIn.get(year) ?? 0;
    return {
      year,
      victims,
      cases,
      victimsChange: changeOf(victims, victimsIn.get(year - 1) ?? 0),
      casesChange: changeOf(cases, casesIn.get(year - 1) ?? 0),
    };
  };
  const years = Array.from({ length: TREND_YEARS_BEFORE + 1 }, (_, i) => lastYear - TREND_YEARS_BEFORE + i);
  // Years before anything was recorded are not years of zero cases: the trend starts with the
  // first recorded year (always showing the last two, which the zero-case goal compares).
  const firstRecorded = years.findIndex((y) => (victimsIn.get(y) ?? 0) + (casesIn.get(y) ?? 0) > 0);
  const shown = years.slice(Math.min(firstRecorded === -1 ? years.length : firstRecorded, years.length - 2));
  const trend = shown.map(yearRow);
  const withCases = r.kelurahan
    .filter((k) => k.cases > 0)
    .sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name));

  // ——— Victims by sex × child status: the four cells always, unknowns as they come ———
  const sexOrder = (s: string | null) => (s === "female" ? 0 : s === "male" ? 1 : s === null ? 3 : 2);
  const childOrder = (c: string | null) => (c === "adult" ? 0 : c === "child" ? 1 : 2);
  const cells = new Map<string, { sex: string | null; childStatus: string | null; victims: number }>();
  for (const sex of ["female", "male"])
    for (const childStatus of ["adult", "child"])
      cells.set(`${sex}|${childStatus}`, { sex, childStatus, victims: 0 });
  for (const row of fourCellCounts.rows) {
    const sex = row.sex ?? null;
    const childStatus = row.childStatus ?? null;
    cells.set(`${sex}|${childStatus}`, { sex, childStatus, victims: row.count });
  }
  const fourCell = [...cells.values()].sort(
    (a, b) =>
      sexOrder(a.sex) - sexOrder(b.sex) ||
      String(a.sex).localeCompare(String(b.sex)) ||
      childOrder(a.childStatus) - childOrder(b.childStatus),
  );

  // ——— Exploitation, origin, destination ———
  const victimsOfType = countsBy(victimsByType, "exploitationType");
  const casesOfType = countsBy(casesByType, "exploitationType");
  // A type may have cases and no victim: a case with none recorded still counts as a case.
  const exploitation = [...new Set([...victimsOfType.keys(), ...casesOfType.keys()])]
    .map((value) => {
      const code = value === null ? null : String(value);
      return {
        code,
        label: code === null ? unknown : exploitationLabel(locale, code),
        victims: victimsOfType.get(value) ?? 0,
        cases: casesOfType.get(value) ?? 0,
      };
    })
    .sort(byCountThenUnknown);
  const origin = originCounts.rows
    .map((row) => {
      const code = row.originRegion ?? null;
      return { code, label: code === null ? unknown : (names.get(code) ?? code), victims: row.count };
    })
    .sort(byCountThenUnknown);
  const destination = destinationCounts.rows
    .map((row) => {
      const code = row.destinationCountry ?? null;
      return { code, label: code === null ? unknown : countryName(code, locale), victims: row.count };
    })
    .sort(byCountThenUnknown);

  // ——— Rights fulfilled ———
  const termsOfKind = (kind: string) => r.terms.filter((t) => t.kind === kind);
  const receivedBy = new Map(r.received.services.map((s) => [s.code, s.victims]));
  const serviceTerms = termsOfKind("service_type");
  const services = [
    ...serviceTerms.filter((t) => t.active || receivedBy.has(t.code)).map((t) => t.code),
    // A code no longer in the list still counts, under its own code.
    ...[...receivedBy.keys()].filter((code) => !serviceTerms.some((t) => t.code === code)).sort(),
  ].map((code) => {
    const victims = receivedBy.get(code) ?? 0;
    return {
      code,
      label: labelOf(serviceTerms, code, locale),
      victims,
      share: shareOf(victims, totals.victims),
    };
  });

  // ——— Legal process: every stage of the list in its order, cases without one last ———
  const casesAt = countsBy(stageCounts, "legalStage");
  const stageTerms = termsOfKind("legal_stage");
  const stageCodes: (string | null)[] = [
    ...stageTerms.filter((t) => t.active || casesAt.has(t.code)).map((t) => t.code),
    ...[...casesAt.keys()]
      .filter((code): code is string => code !== null && !stageTerms.some((t) => t.code === code))
      .sort(),
    ...(casesAt.has(null) ? [null] : []),
  ];
  const stages = stageCodes.map((code) => ({
    code,
    label: code === null ? unknown : labelOf(stageTerms, code, locale),
    cases: casesAt.get(code) ?? 0,
  }));

  return {
    period: { from, to },
    area,
    region: region ? { code: region, name: names.get(region) ?? region } : null,
    cutoff: now.toISOString(),
    source: sourceOf([
      victimsByYear,
      casesByYear,
      victimsByType,
      casesByType,
      fourCellCounts,
      originCounts,
      destinationCounts,
      stageCounts,
    ]),
    totals,
    trend,
    zeroCase: {
      year: lastYear,
      cases: casesIn.get(lastYear) ?? 0,
      previousCases: casesIn.get(lastYear - 1) ?? 0,
      victims: victimsIn.get(lastYear) ?? 0,
      previousVictims: victimsIn.get(lastYear - 1) ?? 0,
      kelurahanTotal: r.kelurahan.length,
      kelurahanWithoutCases: r.kelurahan.length - withCases.length,
      kelurahanWithCases: withCases,
    },
    fourCell,
    exploitation,
    origin,
    destination,
    rights: {
      victims: totals.victims,
      services,
      firstService: {
        measured: r.received.measured,
        medianDays: r.received.median,
        within7Days: r.received.within7,
        within7DaysShare: shareOf(r.received.within7, r.received.measured),
      },
      restitution: {
        ...r.records.restitution,
        paidShare: shareOf(r.records.restitution.paid, r.records.restitution.awarded),
      },
    },
    legal: { stages, convictions: r.records.convictions, acquittals: r.records.acquittals },
    prevention: preventionOf(r.coverage, region),
    coordination: {
      meetingsHeld: r.meetingsHeld,
      attendance: attendanceOf(r.attendance),
      actionItems: r.actionItems.map((a) => ({
        organizationId: a.organization.id,
        name: a.organization.name,
        open: a.open,
        inProgress: a.inProgress,
        overdue: a.overdue,
        done: a.done,
      })),
    },
  };
}

/**
 * The source the whole answer names: every engine answer names the task force and the imports
 * counted in its scope; the widest (the trend reaches years the period may not) names them all.
 */
function sourceOf(results: StatisticsResult[]): string {
  return results.map((s) => s.source).reduce((a, b) => (b.length > a.length ? b : a), "");
}

type Coverage = Awaited<ReturnType<typeof coverageFacts>>;

/**
 * Prevention's reach in the period, from the coverage query: over the whole area (online
 * activities and those without a place count in its totals only, as on the coverage page), or
 * within one kecamatan or kelurahan. People on attendance lists count once per area however many
 * of its activities they attended; counts entered without a list are added as entered.
 */
function preventionOf(coverage: Coverage, region: string | null): DashboardDto["prevention"] {
  const level = region === null ? "area" : region.split(".").length === 3 ? "kecamatan" : "kelurahan";
  const inRegion = (code: string) => region === null || code === region || code.startsWith(`${region}.`);
  const kelurahanAreas = coverage.areas.filter((a) => a.level === "kelurahan" && inRegion(a.code));
  const kecamatanAreas = coverage.areas.filter(
    (a) => a.level === "kecamatan" && kelurahanAreas.some((k) => k.parent_code === a.code),
  );
  const held = new Map(coverage.perRegion.map((p) => [p.region_code, p]));
  const listed = { kelurahan: new Map<string, number>(), kecamatan: new Map<string, number>(), total: 0 };
  for (const l of coverage.listed) {
    if (l.by_kelurahan && l.region_code) listed.kelurahan.set(l.region_code, l.people);
    else if (l.by_kecamatan && l.kecamatan_code) listed.kecamatan.set(l.kecamatan_code, l.people);
    else if (!l.by_kelurahan && !l.by_kecamatan) listed.total = l.people;
  }
  const schools = new Map(coverage.schools.map((s) => [s.region_code, s.n]));

  const perKelurahan = kelurahanAreas.map((k) => ({
    code: k.code,
    name: k.name,
    kecamatanCode: k.parent_code,
    activities: held.get(k.code)?.activities ?? 0,
    peopleReached: (listed.kelurahan.get(k.code) ?? 0) + (held.get(k.code)?.estimated ?? 0),
    estimated: held.get(k.code)?.estimated ?? 0,
    schoolCount: schools.get(k.code) ?? 0,
    schoolsReached: held.get(k.code)?.schools ?? 0,
  }));
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const perKecamatan = kecamatanAreas.map((c) => {
    const rows = perKelurahan.filter((k) => k.kecamatanCode === c.code);
    // Within one kelurahan, its own list; a person listed in two kelurahan counts once in the kecamatan.
    const people =
      level === "kelurahan"
        ? sum(rows, (k) => k.peopleReached)
        : (listed.kecamatan.get(c.code) ?? 0) + sum(rows, (k) => k.estimated);
    return { code: c.code, name: c.name, activities: sum(rows, (k) => k.activities), peopleReached: people };
  });

  const activities =
    level === "area"
      ? coverage.perRegion.reduce((total, p) => total + p.activities, 0)
      : sum(perKelurahan, (k) => k.activities);
  const peopleReached =
    level === "area"
      ? listed.total + coverage.perRegion.reduce((total, p) => total + p.estimated, 0)
      : sum(perKecamatan, (c) => c.peopleReached);
  return {
    activities,
    peopleReached,
    kelurahanTotal: perKelurahan.length,
    kelurahanReached: perKelurahan.filter((k) => k.activities > 0).length,
    schoolCount: sum(perKelurahan, (k) => k.schoolCount),
    schoolsReached: sum(perKelurahan, (k) => k.schoolsReached),
    perKecamatan,
    perKelurahan: perKelurahan.map(({ code, name, kecamatanCode, activities, peopleReached }) => ({
      code,
      name,
      kecamatanCode,
      activities,
      peopleReached,
    })),
  };
}

type Attendance = Awaited<ReturnType<typeof attendanceByOrganization>>;

/** Invited and attended per organisation over the period's held meetings; the lowest rate first. */
function attendanceOf(rows: Attendance): DashboardDto["coordination"]["attendance"] {
  const byOrganization = new Map<
    string,
    { organizationId: string; name: string; invited: number; attended: number }
  >();
  for (const row of rows) {
    const entry = byOrganization.get(row.organizationId) ?? {
      organizationId: row.organizationId,
      name: row.organizationName,
      invited: 0,
      attended: 0,
    };
    entry.invited += row.invited;
    entry.attended += row.attended;
    byOrganization.set(row.organizationId, entry);
  }
  return [...byOrganization.values()]
    .map((e) => ({ ...e, rate: shareOf(e.attended, e.invited) }))
    .sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || b.invited - a.invited || a.name.localeCompare(b.name));
}

// ——— The API: defaults and checks, then the same computation ———

const EARLIEST = "1900-01-01";
const addYears = (date: string, years: number) =>
  `${String(Number(date.slice(0, 4)) + years).padStart(4, "0")}${date.slice(4)}`;

/**
 * GET /api/dashboard: the caller's task force. The period defaults to 1 January of the end's
 * year (today's, WIB, when no end is given) to today; each problem is named by its field. Labels
 * are in the reader's language (the app names it in Accept-Language).
 */
export async function getDashboard(
  ctx: AppContext,
  actor: UserActor,
  input: DashboardQuery,
  locale: Locale,
): Promise<DashboardDto> {
  const today = wibDate(ctx.now());
  const to = input.to ?? today;
  const from = input.from ?? `${to.slice(0, 4)}-01-01`;
  const problems: FieldProblem[] = [];
  // Before the records of any task force; year 0 is not a date to the database either.
  if (from < EARLIEST) {
    problems.push({ field: "from", key: "field.too_small", params: { minimum: EARLIEST } });
  } else if (to < from) {
    problems.push(
      input.to
        ? { field: "to", key: "dashboard.period_order" }
        : { field: "from", key: "dashboard.from_after_today" },
    );
  } else if (addYears(from, MAX_PERIOD_YEARS) <= to) {
    problems.push({ field: "from", key: "dashboard.period_too_long", params: { years: MAX_PERIOD_YEARS } });
  }
  if (input.region !== undefined) {
    const area = (await taskForceArea(ctx.db, actor.taskForceId))!;
    if (!(await regionWithinArea(ctx.db, area.code, input.region)))
      problems.push({ field: "region", key: "dashboard.region_outside_area", params: { area: area.name } });
  }
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
  return computeDashboard(
    ctx.db,
    actor.taskForceId,
    { from, to, region: input.region ?? null },
    { now: ctx.now(), locale },
  );
}
