import { z } from "zod";
import { pageQuerySchema } from "./pagination.ts";

export const regionLevels = ["provinsi", "kabupaten_kota", "kecamatan", "kelurahan", "desa"] as const;
export type RegionLevel = (typeof regionLevels)[number];

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(regionLevels),
  parentCode: z.string().nullable(),
});
export type RegionDto = z.infer<typeof regionSchema>;

export const listRegionsQuerySchema = pageQuerySchema.extend({
  parentCode: z.string().max(20).optional(),
  level: z.enum(regionLevels).optional(),
  q: z.string().trim().min(2).max(100).optional(),
});
export const regionParamsSchema = z.strictObject({
  code: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/),
});

export const vocabularyTermSchema = z.object({
  kind: z.string(),
  code: z.string(),
  labelId: z.string(),
  labelEn: z.string(),
  htcds: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type VocabularyTermDto = z.infer<typeof vocabularyTermSchema>;

export const vocabularyKindParamsSchema = z.strictObject({ kind: z.string().regex(/^[a-z_]{1,60}$/) });
export const vocabularyTermParamsSchema = vocabularyKindParamsSchema.extend({
  code: z.string().regex(/^[a-z0-9_]{1,60}$/),
});

export const createVocabularyTermInputSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9_]{1,60}$/),
  labelId: z.string().trim().min(1).max(200),
  labelEn: z.string().trim().min(1).max(200),
  htcds: z.string().trim().max(100).optional(),
});
export const updateVocabularyTermInputSchema = z
  .strictObject({
    labelId: z.string().trim().min(1).max(200),
    labelEn: z.string().trim().min(1).max(200),
    htcds: z.string().trim().max(100).nullable(),
    sortOrder: z.number().int().min(0).max(10000),
    active: z.boolean(),
  })
  .partial();

export const taskForceSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
});
export const workingGroupSchema = z.object({
  id: z.uuid(),
  taskForceId: z.uuid(),
  number: z.number().int(),
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  planVersion: z.string(),
});
