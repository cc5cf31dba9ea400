import { z } from "zod";
import { regionCodeSchema } from "./cases.ts";
import { dashboardSchema } from "./dashboard.ts";
import { pageQuerySchema, pageSchema } from "./pagination.ts";

/**
 * The task force's periodic report (issue 6): the dashboard's figures for a period and area,
 * frozen in a snapshot, with the narrative the secretariat writes around them. The annual one
 * goes to the wali kota and the province; a semester or any other period is made on demand.
 */

export const reportKinds = ["annual", "semester", "custom"] as const;
export type ReportKind = (typeof reportKinds)[number];

export const reportStatuses = ["building", "draft", "final", "failed"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What a build is doing, in order; the web shows the step beside the bar. */
export const buildSteps = ["queued", "figures", "comparison", "narrative", "documents"] as const;
export type BuildStep = (typeof buildSteps)[number];

/**
 * The narrative's sections in the order the report prints them; each is followed by its
 * tables. Kendala and Rekomendasi start empty: only the secretariat can write them.
 */
export const narrativeSections = [
  "introduction",
  "cases",
  "rights",
  "legal",
  "prevention",
  "coordination",
  "obstacles",
  "recommendations",
  "closing",
] as const;
export type NarrativeSection = (typeof narrativeSections)[number];

export const MAX_SECTION_LENGTH = 20_000;
export const MAX_TITLE_LENGTH = 300;

const day = z.iso.date();
const year = z.number().int().min(2000).max(2100);

/** `POST /api/reports`: which period and area; annual needs the year, semester also I or II. */
export const createReportInputSchema = z
  .strictObject({
    kind: z.enum(reportKinds),
    year: year.optional(),
    semester: z.union([z.literal(1), z.literal(2)]).optional(),
    from: day.optional(),
    to: day.optional(),
    // A kecamatan or kelurahan of the task force's area; left out for the whole area.
    region: regionCodeSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const need = (field: "year" | "semester" | "from" | "to") => {
      if (input[field] === undefined)
        ctx.addIssue({ code: "custom", message: "report.field_required_for_kind", path: [field] });
    };
    const refuse = (field: "year" | "semester" | "from" | "to") => {
      if (input[field] !== undefined)
        ctx.addIssue({ code: "custom", message: "report.field_not_for_kind", path: [field] });
    };
    if (input.kind === "annual") {
      need("year");
      refuse("semester");
    }
    if (input.kind === "semester") {
      need("year");
      need("semester");
    }
    if (input.kind !== "custom") {
      refuse("from");
      refuse("to");
    } else {
      need("from");
      need("to");
      refuse("semester");
      if (input.from && input.to && input.to < input.from)
        ctx.addIssue({ code: "custom", message: "field.date_range", path: ["to"] });
    }
  });
export type CreateReportInput = z.infer<typeof createReportInputSchema>;

/** The first and last day a report covers, both included. */
export function periodOf(input: CreateReportInput): { from: string; to: string; year: number } {
  if (input.kind === "custom")
    return { from: input.from!, to: input.to!, year: Number(input.to!.slice(0, 4)) };
  const y = input.year!;
  if (input.kind === "annual") return { from: `${y}-01-01`, to: `${y}-12-31`, year: y };
  return input.semester === 1
    ? { from: `${y}-01-01`, to: `${y}-06-30`, year: y }
    : { from: `${y}-07-01`, to: `${y}-12-31`, year: y };
}

export const reportParamsSchema = z.strictObject({ id: z.uuid() });
export const listReportsQuerySchema = pageQuerySchema;
export const reportFileQuerySchema = z.strictObject({ lang: z.enum(["id", "en"]).optional() });

const sectionText = z.string().max(MAX_SECTION_LENGTH);

/**
 * `PATCH /api/reports/:id/narrative`: the sections changed (others keep their text) and,
 * optionally, the title; `version` is the one the editor opened, refused when it is stale.
 */
export const saveNarrativeInputSchema = z.strictObject({
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH).optional(),
  sections: z.strictObject(
    Object.fromEntries(narrativeSections.map((key) => [key, sectionText.optional()])) as Record<
      NarrativeSection,
      z.ZodOptional<typeof sectionText>
    >,
  ),
});
export type SaveNarrativeInput = z.infer<typeof saveNarrativeInputSchema>;

/** Refreshing the figures and finalising name the version the caller is looking at. */
export const reportVersionInputSchema = z.strictObject({ version: z.number().int().min(1) });
export type ReportVersionInput = z.infer<typeof reportVersionInputSchema>;

/** Totals of the same period a year earlier, for the narrative's "naik 12% dari 2023". */
export const comparisonSchema = z.object({
  period: z.object({ from: day, to: day }),
  victims: z.number().int(),
  cases: z.number().int(),
});
export type ReportComparison = z.infer<typeof comparisonSchema>;

/** Who signs the report: the head of the task force (ketua harian, else ketua) on the day. */
export const signatorySchema = z.object({
  position: z.string(),
  name: z.string().nullable(),
  title: z.string().nullable(),
});
export type Signatory = z.infer<typeof signatorySchema>;

const reportFields = {
  id: z.uuid(),
  kind: z.enum(reportKinds),
  year: z.number().int(),
  semester: z.number().int().nullable(),
  period: z.object({ from: day, to: day }),
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }).nullable(),
  title: z.string(),
  status: z.enum(reportStatuses),
  progress: z.number().min(0).max(1),
  progressStep: z.enum(buildSteps).nullable(),
  /** Why the build failed, or why the last refresh of a draft did, in the caller's language. */
  error: z.string().nullable(),
  version: z.number().int(),
  cutoff: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  createdByName: z.string().nullable(),
  updatedAt: z.iso.datetime(),
  finalisedAt: z.iso.datetime().nullable(),
  finalisedByName: z.string().nullable(),
};

export const reportListItemSchema = z.object(reportFields);
export type ReportListItem = z.infer<typeof reportListItemSchema>;
export const reportPageSchema = pageSchema(reportListItemSchema);

export const reportSchema = z.object({
  ...reportFields,
  narrative: z.record(z.enum(narrativeSections), z.string()),
  /** Sections with no text yet: finalising with one asks for confirmation in the UI. */
  emptySections: z.array(z.enum(narrativeSections)),
  // The snapshot as stored when the report was built. A final report keeps it for good, so a
  // field added to the dashboard later must be optional in dashboardSchema, or older reports
  // would no longer read.
  figures: dashboardSchema.nullable(),
  comparison: comparisonSchema.nullable(),
  signatory: signatorySchema.nullable(),
  abilities: z.object({
    edit: z.boolean(),
    refresh: z.boolean(),
    finalise: z.boolean(),
    delete: z.boolean(),
    download: z.boolean(),
  }),
});
export type ReportDto = z.infer<typeof reportSchema>;

export const createReportResponseSchema = z.object({ id: z.uuid() });

/** What the form offers: the area's kecamatan with their kelurahan, and the years with data. */
export const reportOptionsSchema = z.object({
  taskForceName: z.string(),
  area: z.object({ code: z.string(), name: z.string() }),
  kecamatan: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kelurahan: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
  firstYear: z.number().int(),
  currentYear: z.number().int(),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;
