import { z } from "zod";

/**
 * The statistics API (API.md "Statistics"): counts of victims or cases grouped by up to three
 * dimensions. Every figure travels with its unit, its source and its cut-off time. The counting
 * rules are in docs/decisions/0008-statistics-engine.md.
 */

export const statisticsUnits = ["victims", "cases"] as const;
export type StatisticsUnit = (typeof statisticsUnits)[number];

export const statisticsDimensions = [
  "year",
  "sex",
  "ageGroup",
  "childStatus",
  "exploitationType",
  "nationality",
  "destinationCountry",
  "originRegion",
  "legalStage",
] as const;
export type StatisticsDimension = (typeof statisticsDimensions)[number];

/**
 * What the public may group and filter by. Fewer is safer: age group, nationality, places and
 * legal stage single people out in a city-sized data set, so they stay behind a sign-in.
 */
export const publicStatisticsDimensions = ["year", "sex", "childStatus", "exploitationType"] as const;
export type PublicStatisticsDimension = (typeof publicStatisticsDimensions)[number];

export const MAX_GROUP_BY = 3;

export const childStatuses = ["child", "adult"] as const;
export type ChildStatus = (typeof childStatuses)[number];

/**
 * HTCDS 2.0 "type of exploitation" picklist (../shared/data/htcds/xlsform-choices.csv), which
 * CTDC uses too: every exploitation form maps to one of these through its vocabulary term.
 */
export const exploitationTypes = [
  "ForcedLabour",
  "SexualExploitation",
  "ChildLabour",
  "ForcedMarriage",
  "Servitude",
  "ForcedMilitaryByNonStateActors",
  "OrganRemoval",
  "ForcedBegging",
  "ForcedAdoption",
  "Surrogacy",
  "Other",
] as const;
export type ExploitationType = (typeof exploitationTypes)[number];

/** Where an origin region is counted: its province (e.g. 32) or its kabupaten/kota (e.g. 32.03). */
export const originLevels = ["province", "regency"] as const;
export type OriginLevel = (typeof originLevels)[number];

/** The filter value that selects the unknown (null) row of a dimension. */
export const UNKNOWN = "unknown";

/** Dimension values a count is narrowed to; null selects the unknown row. */
export type StatisticsFilters = { year?: number | null } & Partial<
  Record<Exclude<StatisticsDimension, "year">, string | null>
>;

const filterText = z.string().trim().min(1).max(64);
const year = z.coerce.number().int().min(1900).max(2100);

export const statisticsParamsSchema = z.strictObject({ unit: z.enum(statisticsUnits) });

/**
 * The query string. Values are checked against the vocabularies by the service, which names the
 * field and the allowed values; `unknown` selects the rows whose value is not known.
 */
export const statisticsQuerySchema = z.strictObject({
  groupBy: z.string().trim().max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  year: year.optional(),
  sex: filterText.optional(),
  ageGroup: filterText.optional(),
  childStatus: filterText.optional(),
  exploitationType: filterText.optional(),
  nationality: filterText.optional(),
  destinationCountry: filterText.optional(),
  originRegion: filterText.optional(),
  legalStage: filterText.optional(),
  // Where the case was identified: a region code and everything below it (kecamatan, kelurahan).
  region: filterText.optional(),
  originLevel: z.enum(originLevels).optional(),
});
export type StatisticsQueryInput = z.infer<typeof statisticsQuerySchema>;

export const publicStatisticsQuerySchema = z.strictObject({
  groupBy: z.string().trim().max(200).optional(),
  // Whole years only (YYYY-01-01 … YYYY-12-31): a period ending on any day could be subtracted
  // from the next one to single out a day's victims.
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  year: year.optional(),
  sex: filterText.optional(),
  childStatus: filterText.optional(),
  exploitationType: filterText.optional(),
  // Needed only where one deployment hosts several task forces.
  taskForce: z.string().trim().min(1).max(40).optional(),
});
export type PublicStatisticsQueryInput = z.infer<typeof publicStatisticsQuerySchema>;

const dimensionValues = {
  year: z.number().int().nullable().optional(),
  sex: z.string().nullable().optional(),
  ageGroup: z.string().nullable().optional(),
  childStatus: z.enum(childStatuses).nullable().optional(),
  exploitationType: z.string().nullable().optional(),
  nationality: z.string().nullable().optional(),
  destinationCountry: z.string().nullable().optional(),
  originRegion: z.string().nullable().optional(),
  legalStage: z.string().nullable().optional(),
};

export const statisticsRowSchema = z.object({ ...dimensionValues, count: z.number().int() });
export type StatisticsRow = z.infer<typeof statisticsRowSchema>;

/** The filters a figure was computed with, echoed so that a figure carried elsewhere says what it counts. */
export const statisticsFiltersSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  year: z.number().int().nullable().optional(),
  sex: z.string().nullable().optional(),
  ageGroup: z.string().nullable().optional(),
  childStatus: z.string().nullable().optional(),
  exploitationType: z.string().nullable().optional(),
  nationality: z.string().nullable().optional(),
  destinationCountry: z.string().nullable().optional(),
  originRegion: z.string().nullable().optional(),
  legalStage: z.string().nullable().optional(),
  region: z.string().nullable().optional(),
});

export const statisticsResultSchema = z.object({
  unit: z.enum(statisticsUnits),
  groupBy: z.array(z.enum(statisticsDimensions)),
  rows: z.array(statisticsRowSchema),
  total: z.number().int(),
  cutoff: z.iso.datetime(),
  source: z.string(),
  filters: statisticsFiltersSchema,
  originLevel: z.enum(originLevels),
});
export type StatisticsResult = z.infer<typeof statisticsResultSchema>;

export const publicStatisticsRowSchema = z.object({
  year: dimensionValues.year,
  sex: dimensionValues.sex,
  childStatus: dimensionValues.childStatus,
  exploitationType: dimensionValues.exploitationType,
  count: z.number().int().nullable(),
  suppressed: z.boolean(),
});
export type PublicStatisticsRow = z.infer<typeof publicStatisticsRowSchema>;

export const publicStatisticsResultSchema = z.object({
  unit: z.enum(statisticsUnits),
  groupBy: z.array(z.enum(publicStatisticsDimensions)),
  rows: z.array(publicStatisticsRowSchema),
  total: z.number().int().nullable(),
  totalSuppressed: z.boolean(),
  // Counts from 1 to threshold − 1 are hidden, and so is every count that would reveal one.
  threshold: z.number().int(),
  cutoff: z.iso.datetime(),
  source: z.string(),
  filters: statisticsFiltersSchema.pick({
    from: true,
    to: true,
    year: true,
    sex: true,
    childStatus: true,
    exploitationType: true,
  }),
});
export type PublicStatisticsResult = z.infer<typeof publicStatisticsResultSchema>;
