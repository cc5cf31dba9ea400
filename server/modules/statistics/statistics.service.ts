import { eq, inArray } from "drizzle-orm";
import { countryCodes } from "../../../shared/countries.ts";
import {
  exploitationTypes,
  MAX_GROUP_BY,
  type OriginLevel,
  type PublicStatisticsDimension,
  type PublicStatisticsQueryInput,
  type PublicStatisticsResult,
  publicStatisticsDimensions,
  type StatisticsDimension,
  type StatisticsFilters,
  type StatisticsQueryInput,
  type StatisticsResult,
  type StatisticsRow,
  type StatisticsUnit,
  statisticsDimensions,
  UNKNOWN,
} from "../../../shared/statistics.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { regions, vocabularyTerms } from "../../db/schema/index.ts";
import { AppError, type FieldProblem } from "../../lib/errors.ts";
import { isMessageKey, type Locale, translate } from "../../lib/messages.ts";
import {
  type AtomRow,
  countGroups,
  countGroupsMany,
  type FactScope,
  findTaskForce,
  type GroupRow,
  importFormats,
  importFormatsMany,
  listTaskForces,
  publicAtoms,
} from "./statistics.repository.ts";
import { ensureStatisticsFacts } from "./statistics-facts.ts";
import { protectYear, publicFigures, toAtom } from "./statistics-public.ts";

/** A statistics question as the engine takes it: the same for the API, the dashboard and reports. */
export type StatisticsQuery = {
  unit: StatisticsUnit;
  groupBy: readonly StatisticsDimension[];
  /** Identification dates, both ends included (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
  filters?: StatisticsFilters;
  /** Where the case was identified: this region and everything below it. */
  region?: string | null;
  originLevel?: OriginLevel;
};

export type ComputeOptions = { now?: Date; locale?: Locale };

/** The source a figure names: the task force, and the imported data sets counted in it. */
async function sourceOf(db: Db, taskForceId: string, importFormats: readonly string[], locale: Locale) {
  const taskForce = (await findTaskForce(db, taskForceId))?.name ?? taskForceId;
  return sourceText(taskForce, importFormats, locale);
}

function sourceText(taskForce: string, importFormats: readonly string[], locale: Locale) {
  if (importFormats.length === 0) return translate(locale, "statistics.source", { taskForce });
  const imports = [...importFormats]
    .sort()
    .map((format) => {
      const key = `statistics.import.${format}`;
      return isMessageKey(key) ? translate(locale, key) : format;
    })
    .join(", ");
  return translate(locale, "statistics.source_with_imports", { taskForce, imports });
}

/** The engine's scope of a question. */
function scopeOf(taskForceId: string, query: StatisticsQuery): FactScope {
  const filters = Object.fromEntries(
    Object.entries(query.filters ?? {}).filter(([, v]) => v !== undefined),
  ) as StatisticsFilters;
  return {
    unit: query.unit,
    taskForceId,
    from: query.from ?? null,
    to: query.to ?? null,
    region: query.region ?? null,
    filters,
    originLevel: query.originLevel ?? "province",
  };
}

/** An answer from its counts, the imports in its scope and the source named. */
function resultOf(
  query: StatisticsQuery,
  scope: FactScope,
  { groups, total }: { groups: GroupRow[]; total: number },
  cutoff: string,
  source: string,
): StatisticsResult {
  const rows: StatisticsRow[] = groups.map(({ values, count }) => {
    const row: Record<string, unknown> = {};
    for (const [i, d] of query.groupBy.entries()) row[d] = values[i];
    return { ...(row as Omit<StatisticsRow, "count">), count };
  });
  if (query.groupBy.length === 0) rows.push({ count: total });
  return {
    unit: query.unit,
    groupBy: [...query.groupBy],
    rows,
    total,
    cutoff,
    source,
    filters: {
      from: scope.from,
      to: scope.to,
      ...(scope.filters as StatisticsFilters),
      region: scope.region,
    },
    originLevel: scope.originLevel,
  };
}

/**
 * Counts the task force's victims or cases grouped by up to three dimensions. The one engine
 * behind the API, the dashboard and the reports, so a number is the same wherever it is read.
 * Unknown values are rows of their own (null); a victim counts once in the total and once
 * under each of their case's exploitation types or destination countries.
 */
export async function computeStatistics(
  db: Db,
  taskForceId: string,
  query: StatisticsQuery,
  options: ComputeOptions = {},
): Promise<StatisticsResult> {
  await ensureStatisticsFacts(db);
  const cutoff = (options.now ?? new Date()).toISOString();
  const scope = scopeOf(taskForceId, query);
  const counts = await countGroups(db, scope, query.groupBy);
  const formats = await importFormats(db, scope);
  const source = await sourceOf(db, taskForceId, formats, options.locale ?? "id");
  return resultOf(query, scope, counts, cutoff, source);
}

/**
 * Several questions to the engine at once, each answered exactly as computeStatistics answers it
 * alone: the facts brought up to date and the task force read once, and the questions over the
 * same period, place and filters (whatever their unit and grouping) counted in one scan.
 */
export async function computeStatisticsMany(
  db: Db,
  taskForceId: string,
  queries: readonly StatisticsQuery[],
  options: ComputeOptions = {},
): Promise<StatisticsResult[]> {
  await ensureStatisticsFacts(db);
  const cutoff = (options.now ?? new Date()).toISOString();
  const scopes = queries.map((q) => scopeOf(taskForceId, q));
  const counts = await countGroupsMany(
    db,
    queries.map((q, i) => ({ scope: scopes[i]!, groupBy: q.groupBy })),
  );
  const formats = await importFormatsMany(db, scopes);
  const taskForce = await findTaskForce(db, taskForceId);
  const locale = options.locale ?? "id";
  return queries.map((q, i) =>
    resultOf(
      q,
      scopes[i]!,
      counts[i]!,
      cutoff,
      sourceText(taskForce?.name ?? taskForceId, formats[i]!, locale),
    ),
  );
}

// ——— Reading a query string, every problem named by its field ———

type Problems = FieldProblem[];

function parseGroupBy(
  raw: string | undefined,
  allowed: readonly string[],
  problems: Problems,
): StatisticsDimension[] {
  const names = (raw ?? "")
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  for (const name of names) {
    if (!allowed.includes(name)) {
      problems.push({
        field: "groupBy",
        key: "statistics.dimension_unknown",
        params: { dimension: name, allowed: allowed.join(", ") },
      });
    } else if (seen.has(name)) {
      problems.push({ field: "groupBy", key: "statistics.dimension_repeated", params: { dimension: name } });
    }
    seen.add(name);
  }
  if (seen.size > MAX_GROUP_BY)
    problems.push({
      field: "groupBy",
      key: "statistics.too_many_dimensions",
      params: { maximum: MAX_GROUP_BY },
    });
  return [...seen] as StatisticsDimension[];
}

/** A value from a closed list, or `unknown`. */
function oneOf(
  field: string,
  value: string | undefined,
  allowed: readonly string[],
  problems: Problems,
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === UNKNOWN) return null;
  if (allowed.includes(value)) return value;
  problems.push({
    field,
    key: "statistics.value_unknown",
    params: { value, allowed: [...allowed, UNKNOWN].join(", ") },
  });
  return undefined;
}

function country(field: string, value: string | undefined, problems: Problems): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === UNKNOWN) return null;
  const code = value.toUpperCase();
  if ((countryCodes as readonly string[]).includes(code)) return code;
  problems.push({ field, key: "statistics.country_unknown" });
  return undefined;
}

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
/** Origins are counted by province or kabupaten/kota: a filter names one of those. */
const ORIGIN_CODE = /^\d{2}(\.\d{2})?$/;

/** Every term of the lists a filter may name, inactive ones too: old records still carry them. */
async function termsOf(db: Db) {
  const rows = await db
    .select({ kind: vocabularyTerms.kind, code: vocabularyTerms.code })
    .from(vocabularyTerms)
    .where(inArray(vocabularyTerms.kind, ["sex", "age_group", "legal_stage"]));
  const of = (kind: string) => rows.filter((r) => r.kind === kind && r.code !== UNKNOWN).map((r) => r.code);
  return { sex: of("sex"), ageGroup: of("age_group"), legalStage: of("legal_stage") };
}

function refuse(problems: Problems): void {
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
}

/** The engine's query from the API's query string; 422 naming each field that is wrong. */
export async function parseStatisticsQuery(
  db: Db,
  unit: StatisticsUnit,
  input: StatisticsQueryInput,
): Promise<StatisticsQuery> {
  const problems: Problems = [];
  const groupBy = parseGroupBy(input.groupBy, statisticsDimensions, problems);
  if (input.from && input.to && input.to < input.from)
    problems.push({ field: "to", key: "statistics.period_order" });
  const terms = await termsOf(db);
  const filters: StatisticsFilters = {
    year: input.year,
    sex: oneOf("sex", input.sex, terms.sex, problems),
    ageGroup: oneOf("ageGroup", input.ageGroup, terms.ageGroup, problems),
    childStatus: oneOf("childStatus", input.childStatus, ["child", "adult"], problems),
    exploitationType: oneOf("exploitationType", input.exploitationType, exploitationTypes, problems),
    nationality: country("nationality", input.nationality, problems),
    destinationCountry: country("destinationCountry", input.destinationCountry, problems),
    legalStage: oneOf("legalStage", input.legalStage, terms.legalStage, problems),
  };
  if (input.originRegion !== undefined) {
    if (input.originRegion === UNKNOWN) filters.originRegion = null;
    else if (ORIGIN_CODE.test(input.originRegion)) filters.originRegion = input.originRegion;
    else problems.push({ field: "originRegion", key: "statistics.region_code_invalid" });
  }
  if (input.region !== undefined) {
    const [known] = REGION_CODE.test(input.region)
      ? await db.select({ code: regions.code }).from(regions).where(eq(regions.code, input.region))
      : [];
    if (!known) problems.push({ field: "region", key: "statistics.region_unknown" });
  }
  refuse(problems);
  return {
    unit,
    groupBy,
    from: input.from ?? null,
    to: input.to ?? null,
    filters,
    region: input.region ?? null,
    originLevel: input.originLevel ?? "province",
  };
}

/** GET /api/statistics/{unit}: the caller's task force, nothing else. */
export async function getStatistics(
  ctx: AppContext,
  actor: UserActor,
  unit: StatisticsUnit,
  input: StatisticsQueryInput,
): Promise<StatisticsResult> {
  const query = await parseStatisticsQuery(ctx.db, unit, input);
  return computeStatistics(ctx.db, actor.taskForceId, query, { now: ctx.now(), locale: actor.locale });
}

// ——— Public statistics ———

/** The task force a public figure is about: the one named, else the deployment's only one. */
async function publicTaskForce(db: Db, code: string | undefined, problems: Problems): Promise<string | null> {
  const all = await listTaskForces(db);
  const allowed = all.map((tf) => tf.code).join(", ");
  if (code !== undefined) {
    const named = all.find((tf) => tf.code === code);
    if (!named)
      problems.push({ field: "taskForce", key: "statistics.task_force_unknown", params: { allowed } });
    return named?.id ?? null;
  }
  if (all.length === 1) return all[0]!.id;
  problems.push({ field: "taskForce", key: "statistics.task_force_required", params: { allowed } });
  return null;
}

const ATOMS_FRESH_MS = 5_000;
type RecentAtoms = { at: number; atoms: AtomRow[]; cutoff: string };
// By database first: tests open many, copied from one template, so ids repeat across them.
const recentByDb = new WeakMap<Db, Map<string, RecentAtoms>>();

/**
 * The public atoms, read at most every few seconds per question's years: a public page asks
 * several questions at once, and each read scans every fact. The cut-off says when they were read.
 */
async function recentAtoms(
  ctx: AppContext,
  unit: StatisticsUnit,
  taskForceId: string,
  years: { from: number | null; to: number | null },
) {
  const recent = recentByDb.get(ctx.db) ?? new Map<string, RecentAtoms>();
  recentByDb.set(ctx.db, recent);
  const key = `${taskForceId}|${unit}|${years.from}|${years.to}`;
  const now = ctx.now().getTime();
  const hit = recent.get(key);
  if (hit && now - hit.at >= 0 && now - hit.at < ATOMS_FRESH_MS) return hit;
  await ensureStatisticsFacts(ctx.db);
  const read = {
    at: now,
    atoms: await publicAtoms(ctx.db, unit, taskForceId, years),
    cutoff: ctx.now().toISOString(),
  };
  for (const [k, v] of recent) if (now - v.at >= ATOMS_FRESH_MS) recent.delete(k);
  recent.set(key, read);
  return read;
}

/** The years a public question covers; a year and a period together give the year within the period. */
function publicYears(input: PublicStatisticsQueryInput): { from: number | null; to: number | null } {
  const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);
  const starts = [input.year, yearOf(input.from)].filter((y) => y !== undefined);
  const ends = [input.year, yearOf(input.to)].filter((y) => y !== undefined);
  return {
    from: starts.length > 0 ? Math.max(...starts) : null,
    to: ends.length > 0 ? Math.min(...ends) : null,
  };
}

/**
 * GET /api/public/statistics/{unit}: the same counts over the public dimensions, with every count
 * under the threshold, and every count that would reveal one by subtraction, suppressed.
 */
export async function getPublicStatistics(
  ctx: AppContext,
  unit: StatisticsUnit,
  input: PublicStatisticsQueryInput,
  locale: Locale,
): Promise<PublicStatisticsResult> {
  const problems: Problems = [];
  const groupBy = parseGroupBy(
    input.groupBy,
    publicStatisticsDimensions,
    problems,
  ) as PublicStatisticsDimension[];
  if (input.from !== undefined && !input.from.endsWith("-01-01"))
    problems.push({ field: "from", key: "statistics.public_whole_years" });
  if (input.to !== undefined && !input.to.endsWith("-12-31"))
    problems.push({ field: "to", key: "statistics.public_whole_years" });
  if (input.from && input.to && input.to < input.from)
    problems.push({ field: "to", key: "statistics.period_order" });
  const terms = await termsOf(ctx.db);
  const filters = {
    year: input.year,
    sex: oneOf("sex", input.sex, terms.sex, problems),
    childStatus: oneOf("childStatus", input.childStatus, ["child", "adult"], problems),
    exploitationType: oneOf("exploitationType", input.exploitationType, exploitationTypes, problems),
  };
  for (const d of groupBy) {
    // Grouping a type among the victims of one type would publish co-occurrences the cells do not protect.
    if (filters[d] !== undefined)
      problems.push({ field: d, key: "statistics.grouped_and_filtered", params: { dimension: d } });
  }
  const taskForceId = await publicTaskForce(ctx.db, input.taskForce, problems);
  refuse(problems);

  const years = publicYears(input);
  const { atoms, cutoff } = await recentAtoms(ctx, unit, taskForceId!, years);
  const byYear = new Map<number, ReturnType<typeof toAtom>[]>();
  for (const row of atoms) {
    const list = byYear.get(row.year) ?? [];
    list.push(toAtom(row, unit));
    byYear.set(row.year, list);
  }
  const threshold = ctx.config.publicStatsThreshold;
  const protections = new Map([...byYear].map(([year, list]) => [year, protectYear(list, threshold, unit)]));
  const { rows, total } = publicFigures(protections, groupBy, filters);
  const wholeYears: FactScope = {
    unit,
    taskForceId: taskForceId!,
    from: years.from === null ? null : `${years.from}-01-01`,
    to: years.to === null ? null : `${years.to}-12-31`,
    region: null,
    filters: {},
    originLevel: "province",
  };
  return {
    unit,
    groupBy,
    rows,
    total: total.suppressed ? null : total.count,
    totalSuppressed: total.suppressed,
    threshold,
    cutoff,
    source: await sourceOf(ctx.db, taskForceId!, await importFormats(ctx.db, wholeYears), locale),
    filters: {
      from: input.from ?? null,
      to: input.to ?? null,
      ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    },
  };
}
