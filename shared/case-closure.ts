import { z } from "zod";
import type { AssessmentNeed } from "./assessments.ts";
import { codeSchema } from "./cases.ts";

export const closureOutcomes = ["delivered", "declined", "not_applicable"] as const;
export type ClosureOutcome = (typeof closureOutcomes)[number];

const reason = z.string().trim().min(1).max(2000);

/**
 * A case manager asks for closure with a checklist: one line per service type the victims
 * needed, were referred for or received, saying how it ended.
 */
export const closureRequestInputSchema = z.strictObject({
  reason,
  checklist: z
    .array(z.strictObject({ serviceTypeCode: codeSchema, outcome: z.enum(closureOutcomes) }))
    .max(50),
});
export type ClosureRequestInput = z.infer<typeof closureRequestInputSchema>;

/** A coordinator's rejection of a closure request, or anyone's reopening: both need a reason. */
export const closureReasonInputSchema = z.strictObject({ reason });
export type ClosureReasonInput = z.infer<typeof closureReasonInputSchema>;

/**
 * The service types (vocabulary service_type) that answer each assessed need; a closure
 * checklist answers a need with any one of them. The first is the usual one.
 */
export const serviceTypesForNeed = {
  health: ["health_rehabilitation"],
  psychosocial: ["psychological_support", "social_rehabilitation"],
  shelter: ["temporary_shelter"],
  legal: ["legal_aid", "legal_accompaniment"],
  documents: ["documents"],
  return_home: ["repatriation"],
  reintegration: ["social_reintegration"],
  economic: ["economic_empowerment"],
  education: ["education"],
} as const satisfies Record<AssessmentNeed, readonly [string, ...string[]]>;

/** One line the checklist must have: any of the service types, and whether one was delivered. */
export const closureRequirementSchema = z.object({
  serviceTypeCodes: z.array(z.string()),
  because: z.array(z.enum(["assessed_need", "referral", "service"])),
  delivered: z.boolean(),
});
export type ClosureRequirement = z.infer<typeof closureRequirementSchema>;
