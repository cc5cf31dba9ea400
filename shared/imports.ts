import { z } from "zod";
import { pageQuerySchema, pageSchema } from "./pagination.ts";

/**
 * The file layouts an import reads. `gugus-template` is the project's own template (CSV or
 * XLSX, told apart by content); `ctdc-k-anon-2021` is the 63-column CTDC Global K-anonymized
 * Dataset (codebook v7), one row per victim.
 */
export const importFormats = ["gugus-template", "ctdc-k-anon-2021"] as const;
export type ImportFormat = (typeof importFormats)[number];

export const importStatuses = ["queued", "running", "done", "failed"] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** Downloads of the own template. */
export const templateFileTypes = ["csv", "xlsx"] as const;
export type TemplateFileType = (typeof templateFileTypes)[number];

/** Multipart text fields travel as text: "true"/"false", like a form sends them. */
const flag = z.enum(["true", "false"]);

/** The text fields of `POST /api/imports` besides the file. */
export const startImportFieldsSchema = {
  format: z.enum(importFormats),
  /** Check and count only; nothing is written. */
  dryRun: flag.default("false"),
  /** `false` commits the valid rows and rejects the rest; by default one bad row stops all. */
  allOrNothing: flag.default("true"),
};

export const importParamsSchema = z.strictObject({ id: z.uuid() });
export const templateQuerySchema = z.strictObject({ type: z.enum(templateFileTypes).default("xlsx") });
export const listImportsQuerySchema = pageQuerySchema;

/** One problem in one row: the row as a spreadsheet numbers it (the header is row 1). */
export const importErrorSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type ImportErrorDto = z.infer<typeof importErrorSchema>;

/** A count per value; `value: null` is "not known", counted like any other value. */
const countsSchema = z.array(z.object({ value: z.string().nullable(), count: z.number().int() }));
export type ImportCounts = z.infer<typeof countsSchema>;

/** What the valid rows hold: what an applied import created, or a dry run would create. */
export const importSummarySchema = z.object({
  cases: z.number().int(),
  victims: z.number().int(),
  byYear: countsSchema,
  bySex: countsSchema,
  byChildStatus: countsSchema,
  byAgeGroup: countsSchema,
  byNationality: countsSchema,
  byExploitationForm: countsSchema,
  byDestinationCountry: countsSchema,
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

const importFields = {
  id: z.uuid(),
  format: z.enum(importFormats),
  fileName: z.string(),
  fileSize: z.number().int(),
  contentHash: z.string(),
  dryRun: z.boolean(),
  allOrNothing: z.boolean(),
  status: z.enum(importStatuses),
  progress: z.number().min(0).max(1),
  rowsRead: z.number().int(),
  /** Rows without a problem. */
  valid: z.number().int(),
  /** Rows that became records (each row is one victim). */
  created: z.number().int(),
  casesCreated: z.number().int(),
  /** Rows with at least one problem: never written. */
  rejected: z.number().int(),
  /** What the caller should know about the outcome, in their language. */
  message: z.string().nullable(),
  failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  duplicateOf: z
    .object({ id: z.uuid(), finishedAt: z.iso.datetime().nullable(), created: z.number().int() })
    .nullable(),
  requestedByName: z.string(),
  leadOrganizationName: z.string(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
};

export const importListItemSchema = z.object(importFields);
export type ImportListItem = z.infer<typeof importListItemSchema>;

export const importSchema = z.object({
  ...importFields,
  /** The first problems, by row; `errorCount` says how many there are in all. */
  errors: z.array(importErrorSchema),
  errorCount: z.number().int(),
  summary: importSummarySchema.nullable(),
});
export type ImportDto = z.infer<typeof importSchema>;

export const importPageSchema = pageSchema(importListItemSchema);

export const startImportResponseSchema = z.object({ id: z.uuid() });
