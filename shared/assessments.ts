import { z } from "zod";
import { codeSchema } from "./cases.ts";

/**
 * The needs an assessment can name: the victim's rights in UU 21/2007 and the integrated
 * service chain (health, psychosocial and social rehabilitation, shelter, legal aid, documents,
 * return home, reintegration, economic and education support). Fixed, not configuration: the
 * indicators of rights fulfilled count against it.
 */
export const assessmentNeeds = [
  "health",
  "psychosocial",
  "shelter",
  "legal",
  "documents",
  "return_home",
  "reintegration",
  "economic",
  "education",
] as const;
export type AssessmentNeed = (typeof assessmentNeeds)[number];

/** Asesmen: a victim's needs and risk level (vocabulary risk_level) on a date. */
export const recordAssessmentInputSchema = z.strictObject({
  casePersonId: z.uuid(),
  assessedOn: z.iso.date(),
  needs: z
    .array(z.enum(assessmentNeeds))
    .max(assessmentNeeds.length)
    .refine((needs) => new Set(needs).size === needs.length, { message: "field.duplicate_items" })
    .default([]),
  riskLevel: codeSchema,
  notes: z.string().trim().min(1).max(10_000).nullish(),
});
export type RecordAssessmentInput = z.infer<typeof recordAssessmentInputSchema>;

export const listAssessmentsQuerySchema = z.strictObject({ casePersonId: z.uuid().optional() });

export const assessmentSchema = z.object({
  id: z.uuid(),
  casePersonId: z.uuid(),
  personCode: z.string(),
  assessedOn: z.string(),
  needs: z.array(z.enum(assessmentNeeds)),
  riskLevel: z.string(),
  notes: z.string().nullable(),
  assessedById: z.uuid().nullable(),
  assessedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type AssessmentDto = z.infer<typeof assessmentSchema>;
