import { z } from "zod";

/**
 * Exports of case-level data (one row per victim) in exchange layouts: `htcds` is the IOM Human
 * Trafficking Case Data Standard 2.0 (field names and picklist values of the standard),
 * `simfoni` a table shaped like the SIMFONI-PPA entry of KemenPPPA (victim, perpetrators,
 * services; Indonesian headers), `ctdc-k-anon` the 63 columns of the CTDC K-anonymized Dataset
 * (codebook v7), k-anonymised.
 */
export const exportFormats = ["htcds", "simfoni", "ctdc-k-anon"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportFileTypes = ["csv", "xlsx"] as const;
export type ExportFileType = (typeof exportFileTypes)[number];

/** Layouts that may carry a victim's identity; the CTDC layout never does. */
export const identityFormats: readonly ExportFormat[] = ["htcds", "simfoni"];

/** A password for the encrypted archive: long enough to resist guessing offline. */
export const EXPORT_PASSWORD_MIN = 10;
export const EXPORT_PASSWORD_MAX = 200;

/** CTDC published its dataset with k = 10 (codebook v7, section 1). */
export const CTDC_K_DEFAULT = 10;
export const CTDC_K_MIN = 2;
export const CTDC_K_MAX = 100;

/** A Kemendagri region code: 31, 31.71, 31.71.01, 31.71.01.1001. */
export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * `POST /api/exports`. The period is the date of identification (a case known only by its year
 * falls in a period that takes in the whole year); the region is where the case was identified,
 * with everything below it; no region: the whole task force.
 */
export const exportRequestSchema = z
  .strictObject({
    format: z.enum(exportFormats),
    fileType: z.enum(exportFileTypes).default("csv"),
    from: z.iso.date(),
    to: z.iso.date(),
    region: z.string().trim().min(2).max(20).optional(),
    includeIdentity: z.boolean().default(false),
    // Security: used to encrypt the archive and forgotten; never stored, logged or audited.
    password: z.string().min(EXPORT_PASSWORD_MIN).max(EXPORT_PASSWORD_MAX).optional(),
    /** CTDC only: the smallest group a combination of quasi-identifiers may describe. */
    k: z.number().int().min(CTDC_K_MIN).max(CTDC_K_MAX).optional(),
  })
  .refine((input) => input.from <= input.to, {
    path: ["to"],
    message: "field.date_range",
    // Only two valid dates can be out of order: a malformed one is already named.
    when: ({ issues }) => issues.length === 0,
  });
export type ExportRequest = z.input<typeof exportRequestSchema>;
export type ExportRequestInput = z.output<typeof exportRequestSchema>;

/** Response headers of an export beside the file itself, for a page that says what it got. */
export const exportHeaders = {
  rows: "x-gugus-export-rows",
  withheld: "x-gugus-export-withheld",
} as const;
