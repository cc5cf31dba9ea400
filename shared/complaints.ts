import { z } from "zod";
import { codeSchema, countryCodeSchema, openCaseInputSchema, regionCodeSchema } from "./cases.ts";
import { pageQuerySchema } from "./pagination.ts";

/** received -> under_review -> triaged. */
export const complaintStatuses = ["received", "under_review", "triaged"] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export const complaintSources = ["staff", "public"] as const;
export type ComplaintSource = (typeof complaintSources)[number];

/** What triage decided, as stored. */
export const triageOutcomes = ["not_tppo", "referred_elsewhere", "case_opened", "case_attached"] as const;
export type TriageOutcome = (typeof triageOutcomes)[number];

/** What the public sees of a complaint's progress: nothing about the decision itself. */
export const publicComplaintStatuses = ["received", "under_review", "handled"] as const;
export type PublicComplaintStatus = (typeof publicComplaintStatuses)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

// The reporter and the place, as both the staff form and the public form take them.
const reportFields = {
  story: text(20_000),
  anonymous: z.boolean().default(false),
  reporterName: text(200).nullish(),
  reporterContact: text(200).nullish(),
  // Free text on purpose: "ibu korban", "tetangga", "guru wali kelas".
  reporterRelation: text(200).nullish(),
  placeRegionCode: regionCodeSchema.nullish(),
  placeCountryCode: countryCodeSchema.nullish(),
  placeDetail: text(500).nullish(),
};

type ReportFields = {
  anonymous: boolean;
  reporterName?: string | null;
  reporterContact?: string | null;
  placeRegionCode?: string | null;
  placeCountryCode?: string | null;
};

/**
 * An anonymous reporter leaves no name or contact; a place is a region or a country (or not
 * known at all, which a tip often is), never both.
 */
function checkReport(input: ReportFields, ctx: z.RefinementCtx) {
  if (input.anonymous) {
    for (const field of ["reporterName", "reporterContact"] as const) {
      if (input[field])
        ctx.addIssue({ code: "custom", message: "complaint.anonymous_identity", path: [field] });
    }
  }
  if (input.placeRegionCode && input.placeCountryCode) {
    ctx.addIssue({ code: "custom", message: "complaint.place_both", path: ["placeCountryCode"] });
  }
}

/** A complaint staff record from any channel. */
export const recordComplaintInputSchema = z
  .strictObject({
    channel: codeSchema,
    receivedAt: z.iso.datetime({ offset: true }),
    ...reportFields,
  })
  .superRefine(checkReport);
export type RecordComplaintInput = z.infer<typeof recordComplaintInputSchema>;

/** The public form: the report, a solved proof-of-work challenge and an empty honeypot. */
export const publicComplaintInputSchema = z
  .strictObject({
    challengeId: text(100),
    nonce: text(64),
    // A field people never see; bots fill every field they find.
    website: z.string().max(500).optional(),
    // Which task force the form was opened for; without it the place decides.
    taskForceCode: text(20).optional(),
    ...reportFields,
  })
  .superRefine(checkReport);
export type PublicComplaintInput = z.infer<typeof publicComplaintInputSchema>;

const reason = text(2_000);

/** One of four decisions; `open_case` opens a case in the same step, `attach_to_case` links one. */
export const triageInputSchema = z.discriminatedUnion("outcome", [
  z.strictObject({ outcome: z.literal("not_tppo"), reason }),
  z
    .strictObject({
      outcome: z.literal("referred_elsewhere"),
      reason,
      referredToOrganizationId: z.uuid().nullish(),
      referredToName: text(200).nullish(),
    })
    .refine((input) => Boolean(input.referredToOrganizationId) !== Boolean(input.referredToName), {
      message: "complaint.referral_target",
      path: ["referredToOrganizationId"],
    }),
  z.strictObject({ outcome: z.literal("open_case"), reason: reason.nullish(), case: openCaseInputSchema }),
  z.strictObject({ outcome: z.literal("attach_to_case"), reason: reason.nullish(), caseId: z.uuid() }),
]);
export type TriageInput = z.infer<typeof triageInputSchema>;

export const listComplaintsQuerySchema = pageQuerySchema.extend({
  status: z.enum(complaintStatuses).optional(),
  channel: codeSchema.optional(),
  source: z.enum(complaintSources).optional(),
  // A tracking code or its beginning, as typed ("adu 7k3m", "ADU-7K3M-Q9XW").
  q: z
    .string()
    .trim()
    .max(20)
    .regex(/^[A-Za-z0-9 -]*$/)
    .optional(),
});
export type ListComplaintsQuery = z.infer<typeof listComplaintsQuerySchema>;

export const complaintParamsSchema = z.strictObject({ complaintId: z.uuid() });

/** A complaint in the queue: no story and no reporter, so a list never spreads identity. */
export const complaintSummarySchema = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  channel: z.string(),
  source: z.enum(complaintSources),
  receivedAt: z.iso.datetime(),
  ageDays: z.number().int(),
  placeRegionCode: z.string().nullable(),
  placeRegionName: z.string().nullable(),
  placeCountryCode: z.string().nullable(),
  status: z.enum(complaintStatuses),
  triageOutcome: z.enum(triageOutcomes).nullable(),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
});
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;

export const complaintSchema = complaintSummarySchema.extend({
  story: z.string(),
  reporter: z.object({
    anonymous: z.boolean(),
    relation: z.string().nullable(),
    name: z.string().nullable(),
    contact: z.string().nullable(),
    // True when a name or contact exists but this session may not see identity (no second factor).
    identityWithheld: z.boolean(),
  }),
  placeDetail: z.string().nullable(),
  triage: z
    .object({
      outcome: z.enum(triageOutcomes),
      reason: z.string().nullable(),
      referredToOrganizationId: z.uuid().nullable(),
      referredToOrganizationName: z.string().nullable(),
      referredToName: z.string().nullable(),
      triagedByName: z.string().nullable(),
      triagedAt: z.iso.datetime(),
    })
    .nullable(),
  recordedByName: z.string().nullable(),
  // The early warning this complaint was escalated from, if any.
  earlyWarning: z.object({ id: z.uuid(), code: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: z.object({ review: z.boolean(), triage: z.boolean() }),
});
export type ComplaintDto = z.infer<typeof complaintSchema>;

/** A proof-of-work puzzle for the public form (see shared/proof-of-work.ts). */
export const publicChallengeSchema = z.object({
  challengeId: z.string(),
  difficulty: z.number().int(),
  expiresAt: z.iso.datetime(),
});
export type PublicChallenge = z.infer<typeof publicChallengeSchema>;

/** All the sender gets back: the code to follow the complaint with. */
export const publicReceiptSchema = z.object({ trackingCode: z.string(), receivedAt: z.iso.datetime() });

export const trackingParamsSchema = z.strictObject({ trackingCode: z.string().max(40) });

export const publicComplaintStatusSchema = z.object({
  trackingCode: z.string(),
  status: z.enum(publicComplaintStatuses),
  receivedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
