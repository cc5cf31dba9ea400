import { z } from "zod";
import { codeSchema, countryCodeSchema, regionCodeSchema } from "./cases.ts";

export const personRoles = ["victim", "suspect", "witness", "guardian", "reporter"] as const;
export type PersonRole = (typeof personRoles)[number];

/** The protected identity of a person. Stored encrypted; shown only by a deliberate, audited reveal. */
export const identityFields = ["name", "aliases", "nik", "birthDate", "address", "phone"] as const;
export type IdentityField = (typeof identityFields)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const identityInputSchema = z.strictObject({
  name: text(200).nullish(),
  aliases: text(500).nullish(),
  // NIK: the 16-digit national identity number on the KTP and family card, often written in groups.
  nik: z
    .string()
    .trim()
    .regex(/^[0-9 .-]{16,24}$/, { abort: true })
    .refine((value) => value.replace(/\D/g, "").length === 16, { message: "field.nik_digits" })
    .nullish(),
  birthDate: z.iso.date().nullish(),
  address: text(500).nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,24}$/, { abort: true })
    .refine((value) => value.replace(/\D/g, "").length >= 6, { message: "field.phone_digits" })
    .nullish(),
});
export type IdentityInput = z.infer<typeof identityInputSchema>;

export const demographicsInputSchema = z.strictObject({
  sexCode: codeSchema.optional(),
  // When the birth date is unknown: the age the person had when exploited, or a birth year.
  ageAtExploitation: z.number().int().min(0).max(120).nullish(),
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  nationalityCode: countryCodeSchema.nullish(),
  originRegionCode: regionCodeSchema.nullish(),
  originCountryCode: countryCodeSchema.nullish(),
  educationCode: codeSchema.nullish(),
  maritalStatusCode: codeSchema.nullish(),
  disabilityCodes: z.array(codeSchema).max(10).optional(),
  occupation: text(200).nullish(),
});
export type DemographicsInput = z.infer<typeof demographicsInputSchema>;

export const addCasePersonInputSchema = z.strictObject({
  role: z.enum(personRoles),
  // An existing person (e.g. chosen from the duplicate suggestions) instead of a new record.
  personId: z.uuid().optional(),
  identity: identityInputSchema.optional(),
  demographics: demographicsInputSchema.optional(),
  relationToVictimCode: codeSchema.nullish(),
  guardianOfId: z.uuid().nullish(),
  note: text(2000).nullish(),
});
export type AddCasePersonInput = z.infer<typeof addCasePersonInputSchema>;

export const updateCasePersonInputSchema = addCasePersonInputSchema
  .omit({ role: true, personId: true })
  .partial();
export type UpdateCasePersonInput = z.infer<typeof updateCasePersonInputSchema>;

export const casePersonParamsSchema = z.strictObject({ caseId: z.uuid(), casePersonId: z.uuid() });

export const casePersonSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  code: z.string(),
  role: z.enum(personRoles),
  sexCode: z.string(),
  ageAtExploitation: z.number().int().nullable(),
  isChild: z.boolean().nullable(),
  ageGroupCode: z.string(),
  birthYear: z.number().int().nullable(),
  nationalityCode: z.string().nullable(),
  originRegionCode: z.string().nullable(),
  originRegionName: z.string().nullable(),
  originCountryCode: z.string().nullable(),
  educationCode: z.string().nullable(),
  maritalStatusCode: z.string().nullable(),
  disabilityCodes: z.array(z.string()),
  occupation: z.string().nullable(),
  relationToVictimCode: z.string().nullable(),
  guardianOfId: z.uuid().nullable(),
  note: z.string().nullable(),
  // Which identity fields are on file, never their values.
  identityOnFile: z.array(z.enum(identityFields)),
  otherCaseCount: z.number().int(),
  createdAt: z.iso.datetime(),
  abilities: z.object({ update: z.boolean(), remove: z.boolean(), revealIdentity: z.boolean() }),
});
export type CasePersonDto = z.infer<typeof casePersonSchema>;

export const identitySchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
  aliases: z.string().nullable(),
  nik: z.string().nullable(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});
export type IdentityDto = z.infer<typeof identitySchema>;

export const revealInputSchema = z.strictObject({ purpose: text(300).optional() }).nullish();

export const duplicateQuerySchema = z
  .strictObject({
    name: text(200).optional(),
    nik: identityInputSchema.shape.nik.optional(),
    birthDate: z.iso.date().optional(),
    phone: identityInputSchema.shape.phone.optional(),
    originRegionCode: regionCodeSchema.optional(),
    excludePersonId: z.uuid().optional(),
  })
  .refine((q) => Boolean(q.name || q.nik || q.phone), {
    message: "field.duplicate_query_empty",
    path: ["name"],
  });
export type DuplicateQuery = z.infer<typeof duplicateQuerySchema>;

export const matchReasons = ["nik", "name", "birth_date", "phone", "origin"] as const;

export const duplicateCandidateSchema = z.object({
  personId: z.uuid(),
  code: z.string(),
  score: z.number(),
  reasons: z.array(z.enum(matchReasons)),
  sexCode: z.string(),
  birthYear: z.number().int().nullable(),
  originRegionCode: z.string().nullable(),
  cases: z.array(z.object({ id: z.uuid(), number: z.string(), role: z.string() })),
  // Cases of this person the caller may not open: counted, never named.
  hiddenCaseCount: z.number().int(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const mergeInputSchema = z.strictObject({ intoPersonId: z.uuid(), reason: text(1000) });

export const personMergeSchema = z.object({
  id: z.uuid(),
  survivorCode: z.string(),
  mergedCode: z.string(),
  movedLinks: z.number().int(),
  reason: z.string(),
  mergedAt: z.iso.datetime(),
  undoneAt: z.iso.datetime().nullable(),
});
