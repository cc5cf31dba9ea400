import { CTDC_K_DEFAULT } from "../../../shared/exports.ts";
import type { AppContext } from "../../app-context.ts";
import { ctdcColumns } from "../imports/formats/ctdc-k-anon-2021.ts";
import { ctdcFixedIdentifiers, ctdcRow, ctdcSuppressionOrder, ctdcVocabularies } from "./ctdc-export.ts";
import type { ExportCell, ExportColumn, ExportTable } from "./export-file.ts";
import { type ExportScope, planExport } from "./export-plan.ts";
import { readExportVictims } from "./export-victims.ts";
import { loadExportVocabulary } from "./export-vocabulary.ts";
import { kAnonymise } from "./k-anonymity.ts";

/** The year and the 0/1 flags are numbers; everything else is text. */
const numberColumns = new Set<string>(
  ctdcColumns.filter(
    (c) =>
      c === "yearOfRegistration" ||
      (/^(meansOfControl|is|typeOfLabour|typeOfSex|recruiterRelation)/.test(c) &&
        !c.endsWith("Concatenated")),
  ),
);
export const ctdcExportColumns: readonly ExportColumn[] = ctdcColumns.map((c) => ({
  header: c,
  kind: numberColumns.has(c) ? "number" : "text",
}));

const BATCH = 2000;

const SEP = "\u0001";
const qiColumns = [...ctdcFixedIdentifiers, ...ctdcSuppressionOrder].map((c) => ctdcColumns.indexOf(c));
const qiSet = new Set(qiColumns);
const restColumns = ctdcColumns.map((_, i) => i).filter((i) => !qiSet.has(i));

/**
 * The CTDC layout needs every row before the first is written: whether a combination of
 * quasi-identifiers is rare is known only from all of them. A row is held as its
 * quasi-identifiers and the rest of its cells in one string (about 200 bytes a victim: a
 * city's 165,000 victims in some 40 MB), k-anonymised, then written in batches.
 */
export async function buildCtdcTable(
  ctx: AppContext,
  scope: ExportScope,
  requestedK: number | undefined,
): Promise<{ table: ExportTable; rows: number; withheld: number; k: number }> {
  const k = requestedK ?? CTDC_K_DEFAULT;
  const vocab = await loadExportVocabulary(ctx.db, ctdcVocabularies);
  const qi: string[][] = [];
  const rest: string[] = [];
  const plan = await planExport(ctx.db, scope);
  for await (const victims of readExportVictims(ctx.db, scope, plan, {
    identityKeyring: null,
    // The codebook has no field for services, suspects or the proceedings.
    needs: { services: false, suspects: false, legal: false },
  })) {
    for (const v of victims) {
      const row = ctdcRow(v, vocab);
      const cells = ctdcColumns.map((c) => row[c]);
      qi.push(qiColumns.map((c) => cells[c]!));
      rest.push(restColumns.map((c) => cells[c]!).join(SEP));
    }
  }
  // Blanks go into the quasi-identifiers only; the rest of each row is as it was.
  const { withheld } = kAnonymise(
    qi,
    k,
    ctdcFixedIdentifiers.map((_, i) => i),
    ctdcSuppressionOrder.map((_, i) => i + ctdcFixedIdentifiers.length),
  );
  const kept = qi.flatMap((_, i) => (withheld.has(i) ? [] : [i]));

  const cell = (value: string, column: ExportColumn): ExportCell =>
    value === "" ? null : column.kind === "number" ? Number(value) : value;
  const rowOf = (i: number): ExportCell[] => {
    const cells = new Array<string>(ctdcColumns.length);
    qiColumns.forEach((c, j) => {
      cells[c] = qi[i]![j]!;
    });
    rest[i]!.split(SEP).forEach((value, j) => {
      cells[restColumns[j]!] = value;
    });
    return cells.map((value, c) => cell(value, ctdcExportColumns[c]!));
  };
  async function* batches() {
    for (let i = 0; i < kept.length; i += BATCH) yield kept.slice(i, i + BATCH).map(rowOf);
  }
  return {
    table: { sheetName: "CTDC", columns: ctdcExportColumns, batches: batches() },
    rows: kept.length,
    withheld: withheld.size,
    k,
  };
}
