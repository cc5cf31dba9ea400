import { z } from "zod";
import { codeSchema } from "./cases.ts";
import { pageQuerySchema } from "./pagination.ts";
import { identityFields } from "./people.ts";

/** sent → accepted | declined; accepted → completed; the sender may cancel while sent or accepted. */
export const referralStatuses = ["sent", "accepted", "declined", "completed", "cancelled"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
/** While a referral is open the receiving organisation may see what it shares; after, nothing. */
export const openReferralStatuses: readonly ReferralStatus[] = ["sent", "accepted"];

const text = (max: number) => z.string().trim().min(1).max(max);
const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const sendReferralInputSchema = z.strictObject({
  casePersonId: z.uuid(),
  toOrganizationId: z.uuid(),
  serviceTypes: z.array(codeSchema).min(1).max(20).refine(distinct, { message: "field.duplicate_items" }),
  // The identity fields (shared/people.ts) the receiving organisation may reveal; none by default.
  sharedFields: z
    .array(z.enum(identityFields))
    .max(identityFields.length)
    .refine(distinct, { message: "field.duplicate_items" })
    .default([]),
  message: text(2000).nullish(),
  // Only a coordinator may send without recorded consent, and must say why.
  consentOverrideReason: text(1000).nullish(),
});
export type SendReferralInput = z.infer<typeof sendReferralInputSchema>;

export const declineReferralInputSchema = z.strictObject({ reason: text(1000) });
export const completeReferralInputSchema = z.strictObject({ note: text(2000).nullish() }).nullish();

export const inboxQuerySchema = pageQuerySchema.extend({ status: z.enum(referralStatuses).optional() });
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const caseReferralsParamsSchema = z.strictObject({ caseId: z.uuid() });

/** A referral as the sending case's readers see it. */
export const caseReferralSchema = z.object({
  id: z.uuid(),
  casePersonId: z.uuid(),
  personCode: z.string(),
  fromOrganizationId: z.uuid(),
  fromOrganizationName: z.string(),
  toOrganizationId: z.uuid(),
  toOrganizationName: z.string(),
  serviceTypes: z.array(z.string()),
  sharedFields: z.array(z.enum(identityFields)),
  message: z.string().nullable(),
  status: z.enum(referralStatuses),
  dueAt: z.iso.datetime(),
  // A referral still waiting for an answer after its due time.
  overdue: z.boolean(),
  consentId: z.uuid().nullable(),
  consentOverrideReason: z.string().nullable(),
  sentByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
  respondedByName: z.string().nullable(),
  declineReason: z.string().nullable(),
  completedAt: z.iso.datetime().nullable(),
  completionNote: z.string().nullable(),
  abilities: z.object({ cancel: z.boolean() }),
});
export type CaseReferralDto = z.infer<typeof caseReferralSchema>;

/**
 * A referral as the receiving organisation sees it: no case, only the person's pseudonymous code
 * and demographics. Once the referral is closed the person is reduced to the code and the
 * sender's message (free text that may describe the person) is withheld.
 */
export const receivedReferralSchema = z.object({
  id: z.uuid(),
  status: z.enum(referralStatuses),
  dueAt: z.iso.datetime(),
  overdue: z.boolean(),
  sentAt: z.iso.datetime(),
  fromOrganizationName: z.string(),
  serviceTypes: z.array(z.string()),
  sharedFields: z.array(z.enum(identityFields)),
  message: z.string().nullable(),
  person: z.object({
    code: z.string(),
    sexCode: z.string().nullable(),
    ageGroupCode: z.string().nullable(),
    isChild: z.boolean().nullable(),
  }),
  // Only for a caller who also reaches the case (e.g. the sender's coordinator): a link back.
  case: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  respondedAt: z.iso.datetime().nullable(),
  declineReason: z.string().nullable(),
  completedAt: z.iso.datetime().nullable(),
  completionNote: z.string().nullable(),
  abilities: z.object({
    accept: z.boolean(),
    decline: z.boolean(),
    complete: z.boolean(),
    reveal: z.boolean(),
    recordService: z.boolean(),
    cancel: z.boolean(),
  }),
});
export type ReceivedReferralDto = z.infer<typeof receivedReferralSchema>;

/** The identity fields a referral shares, decrypted: exactly the keys listed in `sharedFields`. */
export const revealedIdentitySchema = z.object({
  referralId: z.uuid(),
  personCode: z.string(),
  fields: z.object({
    name: z.string().nullable().optional(),
    aliases: z.string().nullable().optional(),
    nik: z.string().nullable().optional(),
    birthDate: z.string().nullable().optional(),
    address: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
  }),
});
export type RevealedIdentity = z.infer<typeof revealedIdentitySchema>;
