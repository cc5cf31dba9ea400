import { z } from "zod";
import { regionCodeSchema } from "./cases.ts";
import { schoolLevels, schoolOwnerships } from "./schools.ts";

const year = z.coerce.number().int().min(2000).max(2100);

export const coverageQuerySchema = z.strictObject({ year });
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

export const schoolCoverageQuerySchema = z.strictObject({
  year,
  // A kecamatan or a kelurahan.
  regionCode: regionCodeSchema.optional(),
  gapsOnly: z.enum(["true", "false"]).optional(),
  // A city has hundreds of schools: a page at a time, the total alongside.
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type SchoolCoverageQuery = z.infer<typeof schoolCoverageQuerySchema>;

/**
 * Reach of one area in a year, from held activities only. `peopleListed` counts distinct people
 * on attendance lists (the same person at two activities once); `peopleEstimated` adds the
 * counts of activities without a list, which may repeat people. `peopleReached` is their sum.
 */
const reach = {
  activitiesHeld: z.number().int(),
  peopleReached: z.number().int(),
  peopleListed: z.number().int(),
  peopleEstimated: z.number().int(),
  population: z.number().int().nullable(),
  // People reached per 1,000 residents, one decimal; null without a population figure.
  perThousand: z.number().nullable(),
};

export const kelurahanCoverageSchema = z.object({
  code: z.string(),
  name: z.string(),
  kecamatanCode: z.string(),
  ...reach,
  populationYear: z.number().int().nullable(),
  populationSource: z.string().nullable(),
  targetGroupCodes: z.array(z.string()),
  schoolCount: z.number().int(),
  schoolsReached: z.number().int(),
});
export type KelurahanCoverage = z.infer<typeof kelurahanCoverageSchema>;

export const kecamatanCoverageSchema = z.object({
  code: z.string(),
  name: z.string(),
  ...reach,
  kelurahanCount: z.number().int(),
  kelurahanReached: z.number().int(),
  schoolCount: z.number().int(),
  schoolsReached: z.number().int(),
});
export type KecamatanCoverage = z.infer<typeof kecamatanCoverageSchema>;

export const coverageSchema = z.object({
  year: z.number().int(),
  regionCode: z.string(),
  totals: z.object({
    ...reach,
    kelurahanCount: z.number().int(),
    kelurahanReached: z.number().int(),
    schoolCount: z.number().int(),
    schoolsReached: z.number().int(),
    // Held activities online or elsewhere with no kelurahan: in the totals, in no row.
    activitiesWithoutKelurahan: z.number().int(),
  }),
  kecamatan: z.array(kecamatanCoverageSchema),
  kelurahan: z.array(kelurahanCoverageSchema),
  abilities: z.object({ plan: z.boolean(), editPopulation: z.boolean() }),
});
export type CoverageDto = z.infer<typeof coverageSchema>;

export const schoolCoverageSchema = z.object({
  year: z.number().int(),
  total: z.number().int(),
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      level: z.enum(schoolLevels),
      ownership: z.enum(schoolOwnerships),
      regionCode: z.string(),
      regionName: z.string(),
      activitiesHeld: z.number().int(),
      peopleReached: z.number().int(),
      targetGroupCodes: z.array(z.string()),
    }),
  ),
});
export type SchoolCoverageDto = z.infer<typeof schoolCoverageSchema>;

/** The task force's kecamatan and kelurahan, for pickers and filters (one request, not one per kecamatan). */
export const areaSchema = z.object({
  regionCode: z.string(),
  kecamatan: z.array(z.object({ code: z.string(), name: z.string() })),
  kelurahan: z.array(z.object({ code: z.string(), name: z.string(), kecamatanCode: z.string() })),
});
export type AreaDto = z.infer<typeof areaSchema>;
