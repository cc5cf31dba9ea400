import { z } from "zod";
import { casePersonParamsSchema } from "./people.ts";

/** Who gave consent: the victim, or a guardian of the victim (a person of the case in that role). */
export const consentGivers = ["victim", "guardian"] as const;
export const consentMethods = ["written", "verbal", "electronic"] as const;

/** Persetujuan: recorded before a victim is referred; a guardian gives it for a child. */
export const recordConsentInputSchema = z
  .strictObject({
    givenBy: z.enum(consentGivers),
    guardianCasePersonId: z.uuid().nullish(),
    method: z.enum(consentMethods),
    givenOn: z.iso.date(),
    scope: z.string().trim().min(1).max(2000).nullish(),
  })
  .refine((c) => c.givenBy === "victim" || Boolean(c.guardianCasePersonId), {
    message: "field.guardian_required",
    path: ["guardianCasePersonId"],
  })
  .refine((c) => c.givenBy === "guardian" || !c.guardianCasePersonId, {
    message: "field.guardian_only_for_guardian",
    path: ["guardianCasePersonId"],
  });
export type RecordConsentInput = z.infer<typeof recordConsentInputSchema>;

export const consentActionParamsSchema = casePersonParamsSchema.extend({ consentId: z.uuid() });

export const consentSchema = z.object({
  id: z.uuid(),
  casePersonId: z.uuid(),
  givenBy: z.enum(consentGivers),
  guardianCasePersonId: z.uuid().nullable(),
  // The guardian's pseudonymous code: the consent list never shows identity.
  guardianCode: z.string().nullable(),
  method: z.enum(consentMethods),
  givenOn: z.string(),
  scope: z.string().nullable(),
  active: z.boolean(),
  withdrawnAt: z.iso.datetime().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ConsentDto = z.infer<typeof consentSchema>;
