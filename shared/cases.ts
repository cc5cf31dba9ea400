import { z } from "zod";
import { countryCodes } from "./countries.ts";
import { pageQuerySchema } from "./pagination.ts";

export const caseStatuses = ["open", "in_service", "closed"] as const;

/**
 * How exactly a case's identification date is known: imported data sets (CTDC) give only the
 * year, stored as 1 January; such a date is shown as the year and never judged against a
 * deadline counted in days.
 */
export const identificationPrecisions = ["day", "year"] as const;
export type IdentificationPrecision = (typeof identificationPrecisions)[number];
export type CaseStatus = (typeof caseStatuses)[number];

export const routePointKinds = ["origin", "transit", "destination", "exploitation"] as const;

/** A vocabulary code as stored (the vocabulary itself is checked by the service). */
export const codeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,64}$/);
export const countryCodeSchema = z.enum(countryCodes);
export const regionCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/);
const text = (max: number) => z.string().trim().min(1).max(max);

/** A point of the route: a Kemendagri region (inside Indonesia) or a country, not both. */
export const routePointInputSchema = z
  .strictObject({
    kind: z.enum(routePointKinds),
    regionCode: regionCodeSchema.nullish(),
    countryCode: countryCodeSchema.nullish(),
    placeTypeCode: codeSchema.nullish(),
    description: text(500).nullish(),
  })
  .refine((p) => Boolean(p.regionCode) !== Boolean(p.countryCode), {
    message: "field.region_or_country",
    path: ["regionCode"],
  });
export type RoutePointInput = z.infer<typeof routePointInputSchema>;

const caseFields = {
  title: text(200),
  leadOrganizationId: z.uuid(),
  caseManagerId: z.uuid().nullish(),
  identifiedOn: z.iso.date(),
  identifiedRegionCode: regionCodeSchema.nullish(),
  identifiedCountryCode: countryCodeSchema.nullish(),
  exploitationForms: z.array(codeSchema).max(20),
  means: z.array(codeSchema).max(20),
  acts: z.array(codeSchema).max(20),
  recruitmentMethod: text(500).nullish(),
  recruiterRelation: codeSchema.nullish(),
  recruitmentPlatform: text(200).nullish(),
  riskLevel: codeSchema,
  summary: text(10_000).nullish(),
  route: z.array(routePointInputSchema).max(30),
};

export const openCaseInputSchema = z.strictObject({
  ...caseFields,
  leadOrganizationId: caseFields.leadOrganizationId.optional(),
  exploitationForms: caseFields.exploitationForms.default([]),
  means: caseFields.means.default([]),
  acts: caseFields.acts.default([]),
  riskLevel: caseFields.riskLevel.default("medium"),
  route: caseFields.route.default([]),
});
export type OpenCaseInput = z.infer<typeof openCaseInputSchema>;

export const updateCaseInputSchema = z
  .strictObject({ ...caseFields, status: z.enum(["open", "in_service"]) })
  .partial();
export type UpdateCaseInput = z.infer<typeof updateCaseInputSchema>;

export const listCasesQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(caseStatuses).optional(),
  legalStage: codeSchema.optional(),
  exploitationForm: codeSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  leadOrganizationId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  overdue: z.enum(["true"]).optional(),
  closureRequested: z.enum(["true"]).optional(),
});
export type ListCasesQuery = z.infer<typeof listCasesQuerySchema>;

export const exportCasesQuerySchema = listCasesQuerySchema.omit({ cursor: true, limit: true });

export const routePointSchema = z.object({
  kind: z.enum(routePointKinds),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  countryCode: z.string().nullable(),
  placeTypeCode: z.string().nullable(),
  description: z.string().nullable(),
});

export const caseListItemSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  status: z.enum(caseStatuses),
  leadOrganizationName: z.string(),
  caseManagerName: z.string().nullable(),
  identifiedOn: z.string(),
  identifiedOnPrecision: z.enum(identificationPrecisions),
  identifiedRegionCode: z.string().nullable(),
  identifiedRegionName: z.string().nullable(),
  exploitationForms: z.array(z.string()),
  riskLevel: z.string(),
  victimCount: z.number().int(),
  legalStage: z.string().nullable(),
  overdueReferrals: z.number().int(),
  closureRequested: z.boolean(),
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;

export const caseAbilitiesSchema = z.object({
  update: z.boolean(),
  revealIdentity: z.boolean(),
  requestClosure: z.boolean(),
  approveClosure: z.boolean(),
  reopen: z.boolean(),
  overrideConsent: z.boolean(),
});

export const closureChecklistItemSchema = z.object({
  serviceTypeCode: z.string(),
  outcome: z.enum(["delivered", "declined", "not_applicable"]),
});

export const caseSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  status: z.enum(caseStatuses),
  leadOrganizationId: z.uuid(),
  leadOrganizationName: z.string(),
  caseManagerId: z.uuid().nullable(),
  caseManagerName: z.string().nullable(),
  identifiedOn: z.string(),
  identifiedOnPrecision: z.enum(identificationPrecisions),
  identifiedRegionCode: z.string().nullable(),
  identifiedRegionName: z.string().nullable(),
  identifiedCountryCode: z.string().nullable(),
  exploitationForms: z.array(z.string()),
  means: z.array(z.string()),
  acts: z.array(z.string()),
  recruitmentMethod: z.string().nullable(),
  recruiterRelation: z.string().nullable(),
  recruitmentPlatform: z.string().nullable(),
  riskLevel: z.string(),
  summary: z.string().nullable(),
  route: z.array(routePointSchema),
  people: z.object({
    victims: z.number().int(),
    suspects: z.number().int(),
    witnesses: z.number().int(),
    guardians: z.number().int(),
    reporters: z.number().int(),
  }),
  complaints: z.array(z.object({ id: z.uuid(), trackingCode: z.string(), receivedAt: z.iso.datetime() })),
  closureRequest: z
    .object({
      requestedAt: z.iso.datetime(),
      requestedByName: z.string().nullable(),
      reason: z.string(),
      checklist: z.array(closureChecklistItemSchema),
    })
    .nullable(),
  closedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: caseAbilitiesSchema,
});
export type CaseDto = z.infer<typeof caseSchema>;

export const caseParamsSchema = z.strictObject({ caseId: z.uuid() });

export const timelineEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.iso.datetime(),
  kind: z.string(),
  actorName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
});
export const timelineQuerySchema = pageQuerySchema;
