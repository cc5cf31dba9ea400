import { z } from "zod";
import { documentTypes, uploadDocumentInputSchema } from "./case-documents.ts";
import { codeSchema, regionCodeSchema } from "./cases.ts";
import { pageQuerySchema } from "./pagination.ts";

/** planned -> held, or planned -> cancelled (with a reason); a held activity may be corrected. */
export const activityStatuses = ["planned", "held", "cancelled"] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** Where an activity takes place. Every kind but online names a kelurahan; a school brings its own. */
export const placeKinds = ["kelurahan", "school", "rptra", "online", "other"] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** Kinds of place that need a word on where exactly (the RPTRA's name, the hall, the link). */
export const placeKindsNeedingDetail: readonly PlaceKind[] = ["rptra", "other"];

/**
 * Participants are counted by sex and three age bands rather than the eight age_group terms:
 * an organiser counts heads at the door, and what the task force reports is children (under 18,
 * as UU 21/2007 defines a child), working-age adults (18–59) and older people (60+, the
 * age_group vocabulary's last band).
 */
export const participantSexes = ["female", "male"] as const;
export type ParticipantSex = (typeof participantSexes)[number];
export const ageBands = ["children", "adults", "older"] as const;
export type AgeBand = (typeof ageBands)[number];

/** The six cells of sex × age band, as the API and the database name them. */
export const countFields = [
  "femaleChildren",
  "femaleAdults",
  "femaleOlder",
  "maleChildren",
  "maleAdults",
  "maleOlder",
] as const;
export type CountField = (typeof countFields)[number];

export function countFieldOf(sex: ParticipantSex, band: AgeBand): CountField {
  return `${sex}${band[0]!.toUpperCase()}${band.slice(1)}` as CountField;
}

const count = z.number().int().min(0).max(100_000);
export const participantCountsSchema = z.strictObject({
  femaleChildren: count,
  femaleAdults: count,
  femaleOlder: count,
  maleChildren: count,
  maleAdults: count,
  maleOlder: count,
});
export type ParticipantCounts = z.infer<typeof participantCountsSchema>;

export function countsTotal(counts: ParticipantCounts): number {
  return countFields.reduce((sum, field) => sum + counts[field], 0);
}

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });

const activityFields = {
  typeCode: codeSchema,
  title: text(200),
  status: z.enum(activityStatuses),
  cancelReason: text(1_000).nullish(),
  startsAt: instant,
  endsAt: instant.nullish(),
  placeKind: z.enum(placeKinds),
  regionCode: regionCodeSchema.nullish(),
  schoolId: z.uuid().nullish(),
  placeDetail: text(500).nullish(),
  targetGroupCodes: z.array(codeSchema).min(1).max(20),
  organizerOrganizationId: z.uuid().nullish(),
  partnerOrganizationIds: z.array(z.uuid()).max(30).default([]),
  workingGroupId: z.uuid().nullish(),
  notes: text(5_000).nullish(),
  // Null clears entered counts; see prevention.ts in server/db/schema for how a list overrides them.
  counts: participantCountsSchema.nullish(),
};

type PlaceAndTime = {
  status?: ActivityStatus;
  cancelReason?: string | null;
  startsAt?: string;
  endsAt?: string | null;
  placeKind?: PlaceKind;
  regionCode?: string | null;
  schoolId?: string | null;
  placeDetail?: string | null;
};

/**
 * The rules one activity must keep whatever else it says; the server applies the same ones to
 * the merged record on an update, together with those that need the clock or the database.
 */
export function activityProblems(input: PlaceAndTime): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (input.status === "cancelled" && !input.cancelReason) {
    problems.push({ path: "cancelReason", message: "prevention.cancel_reason_required" });
  }
  if (input.startsAt && input.endsAt && Date.parse(input.endsAt) <= Date.parse(input.startsAt)) {
    problems.push({ path: "endsAt", message: "prevention.end_before_start" });
  }
  if (input.placeKind === "school" && !input.schoolId) {
    problems.push({ path: "schoolId", message: "prevention.school_required" });
  }
  if (input.placeKind && input.placeKind !== "online" && input.placeKind !== "school" && !input.regionCode) {
    problems.push({ path: "regionCode", message: "prevention.kelurahan_required" });
  }
  if (input.placeKind && placeKindsNeedingDetail.includes(input.placeKind) && !input.placeDetail) {
    problems.push({ path: "placeDetail", message: "prevention.place_detail_required" });
  }
  return problems;
}

function refineActivity(input: PlaceAndTime, ctx: z.RefinementCtx) {
  for (const problem of activityProblems(input)) {
    ctx.addIssue({ code: "custom", message: problem.message, path: [problem.path] });
  }
}

export const createActivityInputSchema = z.strictObject(activityFields).superRefine(refineActivity);
export type CreateActivityInput = z.infer<typeof createActivityInputSchema>;

/** An update names only what changes; the server checks the merged activity against every rule. */
export const updateActivityInputSchema = z
  .strictObject({
    ...activityFields,
    partnerOrganizationIds: z.array(z.uuid()).max(30),
    targetGroupCodes: activityFields.targetGroupCodes,
  })
  .partial();
export type UpdateActivityInput = z.infer<typeof updateActivityInputSchema>;

export const activityParamsSchema = z.strictObject({ activityId: z.uuid() });

const year = z.coerce.number().int().min(2000).max(2100);

export const listActivitiesQuerySchema = pageQuerySchema.extend({
  year: year.optional(),
  typeCode: codeSchema.optional(),
  status: z.enum(activityStatuses).optional(),
  // A kecamatan (31.71.01) or a kelurahan (31.71.01.1001).
  regionCode: regionCodeSchema.optional(),
  organizerOrganizationId: z.uuid().optional(),
  schoolId: z.uuid().optional(),
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuerySchema>;

/** Where the participant figures come from: nothing yet, counts (estimates), or an attendance list. */
export const participantSources = ["none", "counts", "list"] as const;
export type ParticipantSource = (typeof participantSources)[number];

export const activitySummarySchema = z.object({
  id: z.uuid(),
  typeCode: z.string(),
  title: z.string(),
  status: z.enum(activityStatuses),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime().nullable(),
  placeKind: z.enum(placeKinds),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  schoolId: z.uuid().nullable(),
  schoolName: z.string().nullable(),
  organizerOrganizationId: z.uuid(),
  organizerName: z.string(),
  targetGroupCodes: z.array(z.string()),
  participantSource: z.enum(participantSources),
  participantTotal: z.number().int(),
  // A planned activity whose time has passed: the organiser still has to record how it went.
  overdue: z.boolean(),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

export const activitySchema = activitySummarySchema.extend({
  cancelReason: z.string().nullable(),
  placeDetail: z.string().nullable(),
  kecamatanCode: z.string().nullable(),
  kecamatanName: z.string().nullable(),
  partners: z.array(z.object({ id: z.uuid(), name: z.string() })),
  workingGroupId: z.uuid().nullable(),
  workingGroupName: z.object({ id: z.string(), en: z.string() }).nullable(),
  notes: z.string().nullable(),
  // Entered counts, or the ones derived from the attendance list when it exists.
  counts: participantCountsSchema.nullable(),
  attendeeCount: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: z.object({
    update: z.boolean(),
    changeOrganizer: z.boolean(),
    manageAttendees: z.boolean(),
    manageFiles: z.boolean(),
  }),
});
export type ActivityDto = z.infer<typeof activitySchema>;

// --- attendance ---

// A refinement rather than .regex(): its message key reaches the user instead of "wrong format".
const phone = z
  .string()
  .trim()
  .refine((value) => /^\+?[0-9()\- .]{6,24}$/.test(value), { message: "prevention.phone_invalid" });

export const attendeeInputSchema = z.strictObject({
  name: text(200),
  affiliation: text(200).nullish(),
  sex: z.enum(participantSexes),
  ageBand: z.enum(ageBands),
  phone: phone.nullish(),
});
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

export const attendeeParamsSchema = activityParamsSchema.extend({ attendeeId: z.uuid() });

export const attendeeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  affiliation: z.string().nullable(),
  sex: z.enum(participantSexes),
  ageBand: z.enum(ageBands),
  phone: z.string().nullable(),
  // How many other held activities of the task force this person is known to have attended.
  otherActivities: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type AttendeeDto = z.infer<typeof attendeeSchema>;

export const attendeeListSchema = z.object({
  items: z.array(attendeeSchema),
  counts: participantCountsSchema,
});
export type AttendeeList = z.infer<typeof attendeeListSchema>;

/** The template's columns, in order; the header row may use these or their English names. */
export const attendeeImportColumns = [
  "nama",
  "organisasi_atau_sekolah",
  "jenis_kelamin",
  "kelompok_umur",
  "telepon",
] as const;

export const attendeeImportFormats = ["csv", "xlsx"] as const;
export type AttendeeImportFormat = (typeof attendeeImportFormats)[number];

export const attendeeImportInputSchema = z.strictObject({
  fileName: text(255).refine((name) => /\.(csv|xlsx)$/i.test(name), {
    message: "prevention.import_file_type",
  }),
  contentBase64: z.base64().min(1),
  // false: a preview that changes nothing. true: add the accepted rows.
  commit: z.boolean(),
  // Committing while some rows are rejected needs this, so no row is ever left out unnoticed.
  skipRejected: z.boolean().default(false),
});
export type AttendeeImportInput = z.infer<typeof attendeeImportInputSchema>;

export const attendeeImportResultSchema = z.object({
  committed: z.boolean(),
  rowsRead: z.number().int(),
  accepted: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      affiliation: z.string().nullable(),
      sex: z.enum(participantSexes),
      ageBand: z.enum(ageBands),
      hasPhone: z.boolean(),
    }),
  ),
  rejected: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  created: z.number().int(),
});
export type AttendeeImportResult = z.infer<typeof attendeeImportResultSchema>;

export const attendeeTemplateQuerySchema = z.strictObject({ format: z.enum(attendeeImportFormats) });

// --- files ---

export const activityFileKinds = ["material", "photo"] as const;
export type ActivityFileKind = (typeof activityFileKinds)[number];

export const activityFileParamsSchema = activityParamsSchema.extend({ fileId: z.uuid() });

export const activityFileSchema = z.object({
  id: z.uuid(),
  kind: z.enum(activityFileKinds),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  uploadedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ActivityFileDto = z.infer<typeof activityFileSchema>;

/**
 * Materials are often slides, so PowerPoint joins the case documents' types; photos are
 * JPEG, PNG or WebP. Each type with the file name endings that go with it.
 */
export const activityFileTypes = {
  ...documentTypes,
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": [".pptx"],
} as const satisfies Record<string, readonly string[]>;
export type ActivityFileMimeType = keyof typeof activityFileTypes;
export const activityFileMimeTypes = Object.keys(activityFileTypes) as ActivityFileMimeType[];
export const photoMimeTypes: readonly ActivityFileMimeType[] = ["image/jpeg", "image/png", "image/webp"];

export const uploadActivityFileInputSchema = z
  .strictObject({
    kind: z.enum(activityFileKinds),
    fileName: uploadDocumentInputSchema.shape.fileName,
    mimeType: z.enum(activityFileMimeTypes as [ActivityFileMimeType, ...ActivityFileMimeType[]]),
    contentBase64: z.base64().min(1),
  })
  .refine((input) => input.kind !== "photo" || photoMimeTypes.includes(input.mimeType), {
    message: "prevention.photo_type",
    path: ["mimeType"],
  });
export type UploadActivityFileInput = z.infer<typeof uploadActivityFileInputSchema>;
