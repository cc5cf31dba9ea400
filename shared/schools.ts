import { z } from "zod";
import { regionCodeSchema } from "./cases.ts";
import { pageQuerySchema } from "./pagination.ts";

/** Jenjang: the levels a school registry needs, madrasah alongside its school equivalent. */
export const schoolLevels = ["sd_mi", "smp_mts", "sma_smk_ma", "slb", "other"] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

export const schoolOwnerships = ["public", "private"] as const;
export type SchoolOwnership = (typeof schoolOwnerships)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

const schoolFields = {
  name: text(200),
  level: z.enum(schoolLevels),
  ownership: z.enum(schoolOwnerships),
  // Nomor Pokok Sekolah Nasional: eight digits.
  npsn: z
    .string()
    .trim()
    .refine((value) => /^\d{8}$/.test(value), { message: "school.npsn_format" })
    .nullish(),
  regionCode: regionCodeSchema,
  address: text(500).nullish(),
  organizationId: z.uuid().nullish(),
  active: z.boolean().default(true),
};

export const createSchoolInputSchema = z.strictObject(schoolFields);
export type CreateSchoolInput = z.infer<typeof createSchoolInputSchema>;

export const updateSchoolInputSchema = z.strictObject({ ...schoolFields, active: z.boolean() }).partial();
export type UpdateSchoolInput = z.infer<typeof updateSchoolInputSchema>;

export const schoolParamsSchema = z.strictObject({ schoolId: z.uuid() });

export const listSchoolsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  // A kecamatan or a kelurahan.
  regionCode: regionCodeSchema.optional(),
  level: z.enum(schoolLevels).optional(),
  active: z.enum(["true", "false"]).optional(),
});
export type ListSchoolsQuery = z.infer<typeof listSchoolsQuerySchema>;

export const schoolSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.enum(schoolLevels),
  ownership: z.enum(schoolOwnerships),
  npsn: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  kecamatanName: z.string().nullable(),
  address: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  active: z.boolean(),
  abilities: z.object({ update: z.boolean() }),
});
export type SchoolDto = z.infer<typeof schoolSchema>;

// --- population ---

const year = z.coerce.number().int().min(2000).max(2100);

export const populationQuerySchema = z.strictObject({ year });

export const populationInputSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  // Where the figures come from: "BPS 2024", "Dukcapil semester I 2025".
  source: text(200),
  items: z
    .array(
      z.strictObject({
        regionCode: regionCodeSchema,
        population: z.number().int().min(1).max(10_000_000),
      }),
    )
    .min(1)
    .max(500),
});
export type PopulationInput = z.infer<typeof populationInputSchema>;

export const populationSchema = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      kecamatanCode: z.string(),
      population: z.number().int().nullable(),
      // The year the figure is from: the latest on or before the year asked, else the earliest after.
      figureYear: z.number().int().nullable(),
      source: z.string().nullable(),
    }),
  ),
  abilities: z.object({ update: z.boolean() }),
});
export type PopulationDto = z.infer<typeof populationSchema>;
