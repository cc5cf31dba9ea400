import { z } from "zod";
import { codeSchema } from "./cases.ts";

export const legalVerdicts = ["convicted", "acquitted", "other"] as const;
export type LegalVerdict = (typeof legalVerdicts)[number];

export const lpskProtections = ["none", "requested", "granted", "refused"] as const;

/**
 * The restitution track in order (DOMAIN.md). Paid by the offender and paid from LPSK's victim
 * assistance fund are two ends of the same last step.
 */
export const restitutionStages = ["requested", "demanded", "awarded", "paid", "paid_by_victim_fund"] as const;
export type RestitutionStage = (typeof restitutionStages)[number];

/** The step of the track each stage reaches: its amount and date are stored under that step. */
export const restitutionSteps = ["requested", "demanded", "awarded", "paid"] as const;
export type RestitutionStep = (typeof restitutionSteps)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
/** Rupiah as a whole number: bigint in the database, safe as a JavaScript number up to 9 quadrillion. */
const rupiah = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const legalParamsSchema = z.strictObject({ caseId: z.uuid(), legalId: z.uuid() });
export const restitutionParamsSchema = z.strictObject({
  caseId: z.uuid(),
  legalId: z.uuid(),
  casePersonId: z.uuid(),
});

const legalFields = {
  policeReportNumber: text(100).nullish(),
  policeUnit: text(200).nullish(),
  reportedOn: z.iso.date().nullish(),
  stageCode: codeSchema,
  stageOn: z.iso.date().nullish(),
  // case_people ids of the suspects charged, each a suspect of the same case
  suspectIds: z.array(z.uuid()).max(50),
  articlesCharged: text(2000).nullish(),
  verdict: z.enum(legalVerdicts).nullish(),
  verdictOn: z.iso.date().nullish(),
  sentenceMonths: z.number().int().min(0).max(1200).nullish(),
  fineRupiah: rupiah.nullish(),
  lpskProtection: z.enum(lpskProtections),
  notes: text(5000).nullish(),
};

export const recordLegalProcessInputSchema = z.strictObject({
  ...legalFields,
  suspectIds: legalFields.suspectIds.default([]),
  lpskProtection: legalFields.lpskProtection.default("none"),
});
export type RecordLegalProcessInput = z.infer<typeof recordLegalProcessInputSchema>;

export const updateLegalProcessInputSchema = z.strictObject(legalFields).partial();
export type UpdateLegalProcessInput = z.infer<typeof updateLegalProcessInputSchema>;

/**
 * Moves a victim's restitution to a stage, with the amount and date of the step it reaches.
 * Fields left out keep what is stored; null clears a step's amount or date.
 */
export const restitutionInputSchema = z.strictObject({
  stageCode: z.enum(restitutionStages),
  requestedRupiah: rupiah.nullish(),
  requestedOn: z.iso.date().nullish(),
  demandedRupiah: rupiah.nullish(),
  demandedOn: z.iso.date().nullish(),
  awardedRupiah: rupiah.nullish(),
  awardedOn: z.iso.date().nullish(),
  paidRupiah: rupiah.nullish(),
  paidOn: z.iso.date().nullish(),
});
export type RestitutionInput = z.infer<typeof restitutionInputSchema>;

export const restitutionSchema = z.object({
  id: z.uuid(),
  casePersonId: z.uuid(),
  personCode: z.string(),
  stageCode: z.enum(restitutionStages),
  requestedRupiah: z.number().int().nullable(),
  requestedOn: z.string().nullable(),
  demandedRupiah: z.number().int().nullable(),
  demandedOn: z.string().nullable(),
  awardedRupiah: z.number().int().nullable(),
  awardedOn: z.string().nullable(),
  paidRupiah: z.number().int().nullable(),
  paidOn: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type RestitutionDto = z.infer<typeof restitutionSchema>;

export const legalProcessSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  policeReportNumber: z.string().nullable(),
  policeUnit: z.string().nullable(),
  reportedOn: z.string().nullable(),
  stageCode: z.string(),
  stageOn: z.string().nullable(),
  suspects: z.array(z.object({ casePersonId: z.uuid(), personCode: z.string() })),
  articlesCharged: z.string().nullable(),
  verdict: z.enum(legalVerdicts).nullable(),
  verdictOn: z.string().nullable(),
  sentenceMonths: z.number().int().nullable(),
  fineRupiah: z.number().int().nullable(),
  lpskProtection: z.enum(lpskProtections),
  notes: z.string().nullable(),
  restitutions: z.array(restitutionSchema),
  // What the court awarded against what reached the victims: the gap the task force watches.
  restitutionTotals: z.object({
    requestedRupiah: z.number().int(),
    awardedRupiah: z.number().int(),
    paidRupiah: z.number().int(),
  }),
  recordedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type LegalProcessDto = z.infer<typeof legalProcessSchema>;
