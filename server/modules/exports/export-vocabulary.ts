import { asc, inArray } from "drizzle-orm";
import type { VocabularyKind } from "../../../shared/vocabularies.ts";
import type { Db } from "../../db/database.ts";
import { vocabularyTerms } from "../../db/schema/index.ts";

type TermInfo = { labelId: string; labelEn: string; htcds: string | null; sortOrder: number };

/**
 * The vocabularies an export writes, read once: labels in both languages and the HTCDS value
 * name an administrator may have set. Inactive terms are kept, since old records still use them.
 */
export type ExportVocabulary = {
  /** The terms of a list in their order. */
  terms: (kind: VocabularyKind) => readonly ({ code: string } & TermInfo)[];
  /** The Indonesian label of a code; the code itself for one no longer in the list. */
  label: (kind: VocabularyKind, code: string) => string;
  htcds: (kind: VocabularyKind, code: string) => string | null;
};

export async function loadExportVocabulary(
  db: Db,
  kinds: readonly VocabularyKind[],
): Promise<ExportVocabulary> {
  const rows = await db
    .select({
      kind: vocabularyTerms.kind,
      code: vocabularyTerms.code,
      labelId: vocabularyTerms.labelId,
      labelEn: vocabularyTerms.labelEn,
      htcds: vocabularyTerms.htcds,
      sortOrder: vocabularyTerms.sortOrder,
    })
    .from(vocabularyTerms)
    .where(inArray(vocabularyTerms.kind, [...kinds]))
    .orderBy(asc(vocabularyTerms.kind), asc(vocabularyTerms.sortOrder), asc(vocabularyTerms.code));
  const byKey = new Map<string, TermInfo>();
  const byKind = new Map<string, ({ code: string } & TermInfo)[]>();
  for (const row of rows) {
    const info = { labelId: row.labelId, labelEn: row.labelEn, htcds: row.htcds, sortOrder: row.sortOrder };
    byKey.set(`${row.kind}:${row.code}`, info);
    const list = byKind.get(row.kind) ?? [];
    list.push({ code: row.code, ...info });
    byKind.set(row.kind, list);
  }
  return {
    terms: (kind) => byKind.get(kind) ?? [],
    label: (kind, code) => byKey.get(`${kind}:${code}`)?.labelId ?? code,
    htcds: (kind, code) => byKey.get(`${kind}:${code}`)?.htcds ?? null,
  };
}
