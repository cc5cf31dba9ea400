import type { routePointKinds } from "../../../shared/cases.ts";
import type { Params } from "../../lib/errors.ts";
import type { MessageKey } from "../../lib/messages.ts";

/** A problem of one row: the column it is in, and why, as a message key and its parameters. */
export type RowProblem = { field: string; key: MessageKey; params?: Params };

/** A problem of one row, with the row as a spreadsheet numbers it (the header is row 1). */
export type RowError = RowProblem & { row: number };

/**
 * One victim as any import format reads it, before it is written: the case around them and the
 * person. Every format maps its row to this shape, so checks, counts and writing are shared.
 */
export type ImportedVictim = {
  row: number;
  /** Rows with the same key are one case (the own template's `kasus_asal`); null: a case of its own. */
  groupKey: string | null;
  identifiedOn: string;
  /** "year" when the file gives only the year: identifiedOn is then 1 January of it. */
  precision: "day" | "year";
  title: string;
  identifiedRegionCode: string | null;
  identifiedCountryCode: string | null;
  exploitationForms: string[];
  means: string[];
  acts: string[];
  recruiterRelation: string | null;
  route: { kind: (typeof routePointKinds)[number]; regionCode: string | null; countryCode: string | null }[];
  summary: string | null;
  victim: {
    sexCode: string;
    ageAtExploitation: number | null;
    isChild: boolean | null;
    ageGroupCode: string;
    nationalityCode: string | null;
    originRegionCode: string | null;
  };
  /** Region codes the row names, by column: checked against the regions table in one query. */
  regionRefs: { field: string; code: string }[];
};

/** What a format makes of one row: the victim, or the problems that reject the row. */
export type MappedRow = { victim: ImportedVictim; problems: [] } | { victim: null; problems: RowProblem[] };

export function rejected(problems: RowProblem[]): MappedRow {
  return { victim: null, problems };
}

/** Case-level fields: the same for every victim of one case. */
export const caseFieldsOf = (v: ImportedVictim) => ({
  identifiedOn: v.identifiedOn,
  precision: v.precision,
  title: v.title,
  identifiedRegionCode: v.identifiedRegionCode,
  identifiedCountryCode: v.identifiedCountryCode,
  exploitationForms: v.exploitationForms,
  means: v.means,
  acts: v.acts,
  recruiterRelation: v.recruiterRelation,
  route: v.route,
  summary: v.summary,
});
