import { z } from "zod";
import { codeSchema, regionCodeSchema } from "./cases.ts";
import { pageQuerySchema, pageSchema } from "./pagination.ts";

/**
 * Laporan kewaspadaan dini: what a lurah, camat or school saw that may be trafficking in the
 * making. new -> verified -> escalated (to the intake queue, or to the police) -> closed; or
 * closed with a reason while new or verified.
 */
export const earlyWarningStatuses = ["new", "verified", "escalated", "closed"] as const;
export type EarlyWarningStatus = (typeof earlyWarningStatuses)[number];

/**
 * How soon someone must act. normal: within a few working days; urgent: within 24 hours;
 * emergency: someone is in danger now (the form also tells the reporter to call 110 or 112).
 */
export const earlyWarningUrgencies = ["normal", "urgent", "emergency"] as const;
export type EarlyWarningUrgency = (typeof earlyWarningUrgencies)[number];

/** Where an escalated warning went: the task force's own intake queue, or the police. */
export const escalationTargets = ["complaint", "police"] as const;
export type EscalationTarget = (typeof escalationTargets)[number];

/**
 * Why a warning was closed. `follow_up_completed` ends an escalated warning; the others close
 * one that was never escalated; `other` needs a note saying what.
 */
export const earlyWarningCloseReasons = [
  "not_trafficking",
  "duplicate",
  "insufficient_information",
  "resolved_locally",
  "follow_up_completed",
  "other",
] as const;
export type EarlyWarningCloseReason = (typeof earlyWarningCloseReasons)[number];

/** The photo types a phone takes or a browser re-encodes to; the content is checked too. */
export const earlyWarningPhotoTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export type EarlyWarningPhotoType = (typeof earlyWarningPhotoTypes)[number];

/** The name ending a downloaded photo gets, after the warning's code (never the phone's file name). */
export const photoExtensions: Record<EarlyWarningPhotoType, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
};

/** A photo is evidence, not an archive: a phone's picture fits once the web app shrinks it. */
export const EARLY_WARNING_PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** What-was-seen is a short account from a phone, not a dossier. */
export const EARLY_WARNING_DESCRIPTION_MAX = 2_000;
export const EARLY_WARNING_DESCRIPTION_MIN = 10;

const text = (max: number) => z.string().trim().min(1).max(max);
const note = text(2_000);

export const earlyWarningPhotoInputSchema = z.strictObject({
  mimeType: z.enum(earlyWarningPhotoTypes),
  contentBase64: z.base64().min(1),
});

/**
 * A report as the field reporter files it. It has no field for a victim's identity, on purpose:
 * the secretariat finds the people once the warning reaches the intake queue.
 */
export const fileEarlyWarningInputSchema = z.strictObject({
  kind: codeSchema,
  urgency: z.enum(earlyWarningUrgencies),
  // A kelurahan of the task force's area; the form offers the reporter's own first.
  regionCode: regionCodeSchema,
  placeDetail: text(300).nullish(),
  observedOn: z.iso.date(),
  observedTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullish(),
  description: z.string().trim().min(EARLY_WARNING_DESCRIPTION_MIN).max(EARLY_WARNING_DESCRIPTION_MAX),
  photo: earlyWarningPhotoInputSchema.nullish(),
});
export type FileEarlyWarningInput = z.infer<typeof fileEarlyWarningInputSchema>;

export const verifyEarlyWarningInputSchema = z.strictObject({ note: note.nullish() }).nullish();
export type VerifyEarlyWarningInput = z.infer<typeof verifyEarlyWarningInputSchema>;

/**
 * Escalation: into the intake queue as a complaint (the story and place come from the warning),
 * or to the police, named as a member organisation or in words, with a note of what was passed.
 */
export const escalateEarlyWarningInputSchema = z.discriminatedUnion("to", [
  z.strictObject({ to: z.literal("complaint"), note: note.nullish() }),
  z
    .strictObject({
      to: z.literal("police"),
      policeOrganizationId: z.uuid().nullish(),
      policeUnitName: text(200).nullish(),
      note,
    })
    .refine((input) => Boolean(input.policeOrganizationId) !== Boolean(input.policeUnitName), {
      message: "early_warning.police_target",
      path: ["policeOrganizationId"],
    }),
]);
export type EscalateEarlyWarningInput = z.infer<typeof escalateEarlyWarningInputSchema>;

export const closeEarlyWarningInputSchema = z
  .strictObject({ reason: z.enum(earlyWarningCloseReasons), note: note.nullish() })
  .refine((input) => input.reason !== "other" || Boolean(input.note), {
    message: "early_warning.note_required_for_other",
    path: ["note"],
  });
export type CloseEarlyWarningInput = z.infer<typeof closeEarlyWarningInputSchema>;

/** `mine`: the caller's and their organisation's reports; `all`: the secretariat's queue. */
export const earlyWarningScopes = ["mine", "all"] as const;
export type EarlyWarningScope = (typeof earlyWarningScopes)[number];

export const listEarlyWarningsQuerySchema = pageQuerySchema
  .extend({
    scope: z.enum(earlyWarningScopes).default("mine"),
    status: z.enum(earlyWarningStatuses).optional(),
    kind: codeSchema.optional(),
    urgency: z.enum(earlyWarningUrgencies).optional(),
    // A kecamatan or a kelurahan: the kecamatan takes in all its kelurahan.
    regionCode: regionCodeSchema.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "field.date_range", path: ["to"] });
export type ListEarlyWarningsQuery = z.infer<typeof listEarlyWarningsQuerySchema>;

export const earlyWarningParamsSchema = z.strictObject({ warningId: z.uuid() });

export const earlyWarningSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.string(),
  urgency: z.enum(earlyWarningUrgencies),
  status: z.enum(earlyWarningStatuses),
  regionCode: z.string(),
  regionName: z.string(),
  districtName: z.string().nullable(),
  observedOn: z.iso.date(),
  observedTime: z.string().nullable(),
  reportedByName: z.string(),
  organizationName: z.string(),
  hasPhoto: z.boolean(),
  escalatedTo: z.enum(escalationTargets).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type EarlyWarningSummary = z.infer<typeof earlyWarningSummarySchema>;
export const earlyWarningPageSchema = pageSchema(earlyWarningSummarySchema);

/**
 * One step of a warning's life. The secretariat's notes are internal to it, except the reason a
 * warning was closed, which the reporter is told.
 */
export const earlyWarningEventSchema = z.object({
  status: z.enum(earlyWarningStatuses),
  occurredAt: z.iso.datetime(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  escalatedTo: z.enum(escalationTargets).nullable(),
  closeReason: z.enum(earlyWarningCloseReasons).nullable(),
});
export type EarlyWarningEvent = z.infer<typeof earlyWarningEventSchema>;

export const earlyWarningSchema = earlyWarningSummarySchema.extend({
  description: z.string(),
  placeDetail: z.string().nullable(),
  photo: z.object({ mimeType: z.enum(earlyWarningPhotoTypes), sizeBytes: z.number().int() }).nullable(),
  escalation: z
    .object({
      to: z.enum(escalationTargets),
      at: z.iso.datetime(),
      complaintId: z.uuid().nullable(),
      complaintTrackingCode: z.string().nullable(),
      policeOrganizationId: z.uuid().nullable(),
      policeOrganizationName: z.string().nullable(),
      policeUnitName: z.string().nullable(),
    })
    .nullable(),
  closeReason: z.enum(earlyWarningCloseReasons).nullable(),
  // It led somewhere: the reporter is thanked for it.
  ledToAction: z.boolean(),
  timeline: z.array(earlyWarningEventSchema),
  abilities: z.object({ verify: z.boolean(), escalate: z.boolean(), close: z.boolean() }),
});
export type EarlyWarningDto = z.infer<typeof earlyWarningSchema>;

/** The kelurahan a report may name, grouped by kecamatan, and the one the form starts on. */
export const earlyWarningPlacesSchema = z.object({
  defaultRegionCode: z.string().nullable(),
  districts: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      villages: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
});
export type EarlyWarningPlaces = z.infer<typeof earlyWarningPlacesSchema>;
