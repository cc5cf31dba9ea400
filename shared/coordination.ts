import { z } from "zod";
import { documentTypes, uploadDocumentInputSchema } from "./case-documents.ts";
import { codeSchema } from "./cases.ts";
import { pageQuerySchema } from "./pagination.ts";
import { workingGroupSchema } from "./reference.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+()\- .]{5,30}$/);
const email = z.email().max(254);

// ---------------------------------------------------------------------------------------------
// Structure: the decree, the seats and their history
// ---------------------------------------------------------------------------------------------

/** Positions in the task force, in the order an org chart shows them (Perpres 69/2008 style). */
export const memberPositions = ["pengarah", "ketua", "ketua_harian", "sekretaris", "anggota"] as const;
export type MemberPosition = (typeof memberPositions)[number];
/** Positions one seat holds at a time; a successor takes over through a change. */
export const singleSeatPositions: readonly MemberPosition[] = ["ketua", "ketua_harian", "sekretaris"];

const decreeFields = {
  number: text(120),
  title: text(500),
  issuedBy: text(200),
  signedOn: day,
  periodStart: day,
  periodEnd: day.nullish(),
  notes: text(2000).nullish(),
};

function refinePeriod(input: { periodStart?: string; periodEnd?: string | null }, ctx: z.RefinementCtx) {
  if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
    ctx.addIssue({ code: "custom", message: "field.date_range", path: ["periodEnd"] });
  }
}

/**
 * A new decree. With carryOverMembers, every current seat is closed the day the new period
 * starts and opened again under the new decree, so the structure continues without retyping.
 */
export const createDecreeInputSchema = z
  .strictObject({ ...decreeFields, carryOverMembers: z.boolean().default(true) })
  .superRefine(refinePeriod);
export type CreateDecreeInput = z.infer<typeof createDecreeInputSchema>;

export const updateDecreeInputSchema = z.strictObject(decreeFields).partial().superRefine(refinePeriod);
export type UpdateDecreeInput = z.infer<typeof updateDecreeInputSchema>;

export const decreeParamsSchema = z.strictObject({ decreeId: z.uuid() });

export const decreeSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  issuedBy: z.string(),
  signedOn: day,
  periodStart: day,
  periodEnd: day.nullable(),
  notes: z.string().nullable(),
  memberCount: z.number().int(),
  current: z.boolean(),
});
export type DecreeDto = z.infer<typeof decreeSchema>;

const contactFields = {
  personName: text(200).nullish(),
  personTitle: text(300).nullish(),
  phone: phone.nullish(),
  email: email.nullish(),
};

export const createMembershipInputSchema = z.strictObject({
  organizationId: z.uuid(),
  positionCode: z.enum(memberPositions),
  workingGroupIds: z.array(z.uuid()).max(6).default([]),
  ...contactFields,
  // The first day the seat holds; default today (WIB).
  validFrom: day.optional(),
  decreeId: z.uuid().nullish(),
});
export type CreateMembershipInput = z.infer<typeof createMembershipInputSchema>;

/**
 * "correct" fixes the record in place (a typo, a new phone number): the audit trail keeps the old
 * value. "change" is a real change (another person, position or working groups): the seat is
 * closed on effectiveOn and a new one opened, so the structure of any past day stays visible.
 */
export const updateMembershipInputSchema = z
  .strictObject({
    mode: z.enum(["correct", "change"]),
    effectiveOn: day.optional(),
    positionCode: z.enum(memberPositions).optional(),
    workingGroupIds: z.array(z.uuid()).max(6).optional(),
    ...contactFields,
    reason: text(500).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.mode === "change" && !input.effectiveOn) {
      ctx.addIssue({ code: "custom", message: "field.required", path: ["effectiveOn"] });
    }
  });
export type UpdateMembershipInput = z.infer<typeof updateMembershipInputSchema>;

export const endMembershipInputSchema = z.strictObject({ endedOn: day, reason: text(500) });
export type EndMembershipInput = z.infer<typeof endMembershipInputSchema>;

export const membershipParamsSchema = z.strictObject({ membershipId: z.uuid() });

export const membershipSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  organizationShortName: z.string().nullable(),
  positionCode: z.enum(memberPositions),
  personName: z.string().nullable(),
  personTitle: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  workingGroupIds: z.array(z.uuid()),
  decreeId: z.uuid().nullable(),
  validFrom: day,
  // Exclusive: the first day the seat no longer held; null while it holds.
  validTo: day.nullable(),
  previousId: z.uuid().nullable(),
  endReason: z.string().nullable(),
  current: z.boolean(),
});
export type MembershipDto = z.infer<typeof membershipSchema>;

export type WorkingGroupDto = z.infer<typeof workingGroupSchema>;

export const structureQuerySchema = z.strictObject({ on: day.optional() });

export const structureSchema = z.object({
  on: day,
  decree: decreeSchema.nullable(),
  decrees: z.array(decreeSchema),
  members: z.array(membershipSchema),
  workingGroups: z.array(workingGroupSchema),
  abilities: z.object({ manage: z.boolean() }),
});
export type StructureDto = z.infer<typeof structureSchema>;

export const structureHistorySchema = z.object({ items: z.array(membershipSchema) });

// ---------------------------------------------------------------------------------------------
// Member directory (also the referral directory)
// ---------------------------------------------------------------------------------------------

export const directoryQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  service: codeSchema.optional(),
  workingGroupId: z.uuid().optional(),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export const organizationServiceSchema = z.object({ code: z.string(), note: z.string().nullable() });

export const directoryEntrySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  typeCode: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  services: z.array(organizationServiceSchema),
  workingGroupIds: z.array(z.uuid()),
  // Current seats in the task force: who to call.
  representatives: z.array(
    z.object({
      id: z.uuid(),
      positionCode: z.enum(memberPositions),
      personName: z.string().nullable(),
      personTitle: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryPageSchema = z.object({
  items: z.array(directoryEntrySchema),
  nextCursor: z.string().nullable(),
  abilities: z.object({ manageServices: z.boolean() }),
});

export const directoryOrganizationParamsSchema = z.strictObject({ organizationId: z.uuid() });

export const setServicesInputSchema = z
  .strictObject({
    services: z.array(z.strictObject({ code: codeSchema, note: text(300).nullish() })).max(30),
  })
  .superRefine((input, ctx) => {
    input.services.forEach((s, i) => {
      if (input.services.findIndex((o) => o.code === s.code) !== i)
        ctx.addIssue({
          code: "custom",
          message: "coordination.duplicate_service",
          path: ["services", i, "code"],
        });
    });
  });
export type SetServicesInput = z.infer<typeof setServicesInputSchema>;

// ---------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------

export const meetingStatuses = ["planned", "held", "cancelled"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** Sifat of the invitation letter. */
export const letterNatures = ["biasa", "penting", "segera", "rahasia"] as const;

export const agendaItemInputSchema = z.strictObject({
  // Given for an item that already exists (keeps its minutes and decisions); absent for a new one.
  id: z.uuid().optional(),
  title: text(500),
  presenter: text(200).nullish(),
  durationMinutes: z.number().int().min(1).max(600).nullish(),
});
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

export const externalInviteeSchema = z.strictObject({
  name: text(200),
  email,
  personTitle: text(300).nullish(),
});

export const inviteesInputSchema = z.strictObject({
  organizationIds: z.array(z.uuid()).max(300).default([]),
  userIds: z.array(z.uuid()).max(300).default([]),
  external: z.array(externalInviteeSchema).max(200).default([]),
});
export type InviteesInput = z.infer<typeof inviteesInputSchema>;

const meetingFields = {
  title: text(300),
  purpose: text(5000).nullish(),
  startsAt: instant,
  endsAt: instant,
  place: text(500).nullish(),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .nullish(),
  chairName: text(200).nullish(),
  chairTitle: text(300).nullish(),
  letterNumber: text(120).nullish(),
  letterDate: day.nullish(),
  letterNature: z.enum(letterNatures).nullish(),
  letterAttachment: text(200).nullish(),
  signerName: text(200).nullish(),
  signerTitle: text(300).nullish(),
  signerNip: z
    .string()
    .trim()
    .regex(/^[0-9 ]{8,30}$/)
    .nullish(),
};

type MeetingTimes = { startsAt?: string; endsAt?: string; place?: string | null; onlineUrl?: string | null };

/** The end after the start, at most a day later; somewhere to go: a place, a link, or both. */
export function meetingProblems(input: MeetingTimes, creating: boolean): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (input.startsAt && input.endsAt) {
    const start = Date.parse(input.startsAt);
    const end = Date.parse(input.endsAt);
    if (end <= start) problems.push({ path: "endsAt", message: "coordination.end_before_start" });
    else if (end - start > 24 * 3_600_000)
      problems.push({ path: "endsAt", message: "coordination.too_long" });
  }
  if (creating && !input.place && !input.onlineUrl) {
    problems.push({ path: "place", message: "coordination.place_or_link" });
  }
  return problems;
}

function refineMeeting(creating: boolean) {
  return (input: MeetingTimes, ctx: z.RefinementCtx) => {
    for (const p of meetingProblems(input, creating))
      ctx.addIssue({ code: "custom", message: p.message, path: [p.path] });
  };
}

export const createMeetingInputSchema = z
  .strictObject({
    ...meetingFields,
    // Either an existing series, or a new one named here, or none.
    seriesId: z.uuid().nullish(),
    newSeriesTitle: text(300).nullish(),
    agenda: z
      .array(agendaItemInputSchema.omit({ id: true }))
      .max(50)
      .default([]),
    invitees: inviteesInputSchema.default({ organizationIds: [], userIds: [], external: [] }),
    // Mail the invitations at once (otherwise from the invitations tab, when ready).
    sendInvitations: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    refineMeeting(true)(input, ctx);
    if (input.seriesId && input.newSeriesTitle) {
      ctx.addIssue({ code: "custom", message: "coordination.series_either", path: ["newSeriesTitle"] });
    }
  });
export type CreateMeetingInput = z.infer<typeof createMeetingInputSchema>;

export const updateMeetingInputSchema = z
  .strictObject({ ...meetingFields, seriesId: z.uuid().nullable() })
  .partial()
  .superRefine(refineMeeting(false));
export type UpdateMeetingInput = z.infer<typeof updateMeetingInputSchema>;

export const cancelMeetingInputSchema = z.strictObject({ reason: text(1000) });

export const meetingParamsSchema = z.strictObject({ meetingId: z.uuid() });

export const meetingListWhen = ["upcoming", "past", "range"] as const;
export const listMeetingsQuerySchema = pageQuerySchema
  .extend({
    when: z.enum(meetingListWhen).default("upcoming"),
    // For "range" (a calendar month): instants, the end exclusive.
    from: instant.optional(),
    to: instant.optional(),
    seriesId: z.uuid().optional(),
    status: z.enum(meetingStatuses).optional(),
    q: z.string().trim().max(200).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.when !== "range") return;
    if (!input.from) ctx.addIssue({ code: "custom", message: "field.required", path: ["from"] });
    if (!input.to) ctx.addIssue({ code: "custom", message: "field.required", path: ["to"] });
    if (input.from && input.to) {
      const span = Date.parse(input.to) - Date.parse(input.from);
      if (span <= 0) ctx.addIssue({ code: "custom", message: "field.date_range", path: ["to"] });
      else if (span > 62 * 86_400_000)
        ctx.addIssue({ code: "custom", message: "coordination.range_too_long", path: ["to"] });
    }
  });
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuerySchema>;

export const meetingSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  seriesId: z.uuid().nullable(),
  seriesTitle: z.string().nullable(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  status: z.enum(meetingStatuses),
  invitedCount: z.number().int(),
  attendedCount: z.number().int(),
  decisionCount: z.number().int(),
  // The caller, or their organisation, is invited.
  invitedMe: z.boolean(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingPageSchema = z.object({
  items: z.array(meetingSummarySchema),
  nextCursor: z.string().nullable(),
});

/** Where an invitation's mail is: what the invitations tab shows per invitee. */
export const invitationMailStates = [
  "not_sent", // not queued yet (invitations not sent)
  "no_address", // nobody to mail: the letter goes by hand
  "not_configured", // queued, but this deployment has no mail server
  "queued",
  "sending",
  "sent",
  "failed",
  "outdated", // sent before the meeting changed; the update is not sent yet
] as const;
export type InvitationMailState = (typeof invitationMailStates)[number];

export const invitationKinds = ["organization", "user", "external"] as const;

export const invitationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(invitationKinds),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  userId: z.uuid().nullable(),
  name: z.string().nullable(),
  personTitle: z.string().nullable(),
  email: z.string().nullable(),
  // Who the mail went (or goes) to: the invitee's own address, or the organisation's.
  addresses: z.array(z.string()),
  mailState: z.enum(invitationMailStates),
  mailError: z.string().nullable(),
  sentAt: z.iso.datetime().nullable(),
  attended: z.boolean(),
});
export type InvitationDto = z.infer<typeof invitationSchema>;

export const attendanceSchema = z.object({
  id: z.uuid(),
  invitationId: z.uuid().nullable(),
  name: z.string(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  personTitle: z.string().nullable(),
  phone: z.string().nullable(),
  walkIn: z.boolean(),
  checkedInAt: z.iso.datetime(),
});
export type AttendanceDto = z.infer<typeof attendanceSchema>;

export const agendaItemSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  presenter: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  discussion: z.string().nullable(),
});
export type AgendaItemDto = z.infer<typeof agendaItemSchema>;

export const decisionSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  agendaItemId: z.uuid().nullable(),
  text: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type DecisionDto = z.infer<typeof decisionSchema>;

export const meetingDocumentCategories = [
  "invitation",
  "material",
  "minutes",
  "attendance_list",
  "photo",
  "other",
] as const;

export const meetingDocumentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  category: z.enum(meetingDocumentCategories),
  uploadedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type MeetingDocumentDto = z.infer<typeof meetingDocumentSchema>;

export const uploadMeetingDocumentInputSchema = uploadDocumentInputSchema
  .omit({ casePersonId: true, category: true })
  .extend({ category: z.enum(meetingDocumentCategories).default("other") });
export type UploadMeetingDocumentInput = z.infer<typeof uploadMeetingDocumentInputSchema>;
export { documentTypes as meetingDocumentTypes };

export const meetingDocumentParamsSchema = z.strictObject({ meetingId: z.uuid(), documentId: z.uuid() });

export const meetingSchema = meetingSummarySchema.extend({
  purpose: z.string().nullable(),
  chairName: z.string().nullable(),
  chairTitle: z.string().nullable(),
  cancelReason: z.string().nullable(),
  icsSequence: z.number().int(),
  letterNumber: z.string().nullable(),
  letterDate: day.nullable(),
  letterNature: z.enum(letterNatures).nullable(),
  letterAttachment: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerNip: z.string().nullable(),
  minutesNotes: z.string().nullable(),
  minutesTakerName: z.string().nullable(),
  minutesUpdatedAt: z.iso.datetime().nullable(),
  series: z
    .object({
      id: z.uuid(),
      title: z.string(),
      meetings: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          startsAt: z.iso.datetime(),
          status: z.enum(meetingStatuses),
        }),
      ),
    })
    .nullable(),
  agenda: z.array(agendaItemSchema),
  decisions: z.array(decisionSchema),
  invitations: z.array(invitationSchema),
  attendance: z.array(attendanceSchema),
  documents: z.array(meetingDocumentSchema),
  // False: this deployment has no mail server; invitations stay queued and are shown as such.
  mailConfigured: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: z.object({
    manage: z.boolean(),
    // Attendance opens a day before the start; a cancelled meeting takes none.
    takeAttendance: z.boolean(),
    sendInvitations: z.boolean(),
    cancel: z.boolean(),
  }),
});
export type MeetingDto = z.infer<typeof meetingSchema>;

export const replaceAgendaInputSchema = z.strictObject({ items: z.array(agendaItemInputSchema).max(50) });
export type ReplaceAgendaInput = z.infer<typeof replaceAgendaInputSchema>;

export const minutesInputSchema = z.strictObject({
  notes: text(20_000).nullish(),
  minutesTakerName: text(200).nullish(),
  items: z
    .array(z.strictObject({ agendaItemId: z.uuid(), discussion: text(20_000).nullable() }))
    .max(50)
    .default([]),
});
export type MinutesInput = z.infer<typeof minutesInputSchema>;

export const decisionInputSchema = z.strictObject({
  text: text(5000),
  agendaItemId: z.uuid().nullish(),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;
export const decisionParamsSchema = z.strictObject({ meetingId: z.uuid(), decisionId: z.uuid() });

export const invitationParamsSchema = z.strictObject({ meetingId: z.uuid(), invitationId: z.uuid() });

export const sendInvitationsResultSchema = z.object({
  queued: z.number().int(),
  noAddress: z.number().int(),
  mailConfigured: z.boolean(),
});

/** At the door: one tap on an invitation, or a walk-in with a name. */
export const checkInInputSchema = z
  .strictObject({
    invitationId: z.uuid().optional(),
    name: text(200).optional(),
    organizationId: z.uuid().nullish(),
    organizationName: text(300).nullish(),
    personTitle: text(300).nullish(),
    phone: phone.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.invitationId) return;
    if (!input.name) ctx.addIssue({ code: "custom", message: "field.required", path: ["name"] });
    if (input.organizationId && input.organizationName) {
      ctx.addIssue({
        code: "custom",
        message: "coordination.organization_either",
        path: ["organizationName"],
      });
    }
  });
export type CheckInInput = z.infer<typeof checkInInputSchema>;
export const attendanceParamsSchema = z.strictObject({ meetingId: z.uuid(), attendanceId: z.uuid() });

export const meetingSeriesSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  meetingCount: z.number().int(),
  firstStartsAt: z.iso.datetime().nullable(),
  lastStartsAt: z.iso.datetime().nullable(),
});
export type MeetingSeriesDto = z.infer<typeof meetingSeriesSchema>;

export const createSeriesInputSchema = z.strictObject({
  title: text(300),
  description: text(2000).nullish(),
});

// ---------------------------------------------------------------------------------------------
// Attendance rate per organisation
// ---------------------------------------------------------------------------------------------

export const attendanceRateQuerySchema = z
  .strictObject({
    fromYear: z.coerce.number().int().min(2000).max(2100).optional(),
    toYear: z.coerce.number().int().min(2000).max(2100).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.fromYear && input.toYear && input.toYear < input.fromYear)
      ctx.addIssue({ code: "custom", message: "field.date_range", path: ["toYear"] });
  });

const rateCell = z.object({
  invited: z.number().int(),
  attended: z.number().int(),
  // attended / invited, 0..1; null when never invited.
  rate: z.number().nullable(),
});

export const attendanceRatesSchema = z.object({
  years: z.array(z.number().int()),
  rows: z.array(
    z.object({
      organizationId: z.uuid(),
      organizationName: z.string(),
      total: rateCell,
      byYear: z.array(rateCell.extend({ year: z.number().int() })),
      // Came without an invitation (walk-ins), not part of the rate.
      walkIns: z.number().int(),
    }),
  ),
});
export type AttendanceRatesDto = z.infer<typeof attendanceRatesSchema>;

// ---------------------------------------------------------------------------------------------
// Personal calendar feed
// ---------------------------------------------------------------------------------------------

export const calendarFeedSchema = z.object({
  // Null until the user creates one; shown again on every visit until regenerated or revoked.
  url: z.string().nullable(),
  webcalUrl: z.string().nullable(),
  createdAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type CalendarFeedDto = z.infer<typeof calendarFeedSchema>;

// "<43-character token>.ics"; kept under the router's 100-character limit on a path parameter.
export const calendarFileParamsSchema = z.strictObject({ file: z.string().max(90) });
