import { and, asc, eq, inArray } from "drizzle-orm";
import type { VocabularyKind } from "../../../shared/vocabularies.ts";
import type { Db } from "../../db/database.ts";
import { vocabularyTerms } from "../../db/schema/index.ts";

export type Term = { code: string; labelId: string; labelEn: string };

/**
 * The active terms of the vocabularies an import uses, read once: a row is checked against
 * memory, never with a query of its own. A cell may hold the code or either label.
 */
export type VocabularyIndex = {
  terms: (kind: VocabularyKind) => readonly Term[];
  has: (kind: VocabularyKind, code: string) => boolean;
  /** The code a cell names (its code, or its Indonesian or English label), or null. */
  resolve: (kind: VocabularyKind, text: string) => string | null;
};

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

export async function loadVocabularies(db: Db, kinds: readonly VocabularyKind[]): Promise<VocabularyIndex> {
  const rows = await db
    .select({
      kind: vocabularyTerms.kind,
      code: vocabularyTerms.code,
      labelId: vocabularyTerms.labelId,
      labelEn: vocabularyTerms.labelEn,
    })
    .from(vocabularyTerms)
    .where(and(inArray(vocabularyTerms.kind, [...kinds]), eq(vocabularyTerms.active, true)))
    .orderBy(asc(vocabularyTerms.kind), asc(vocabularyTerms.sortOrder), asc(vocabularyTerms.code));
  const byKind = new Map<string, Term[]>();
  const lookup = new Map<string, string>();
  for (const row of rows) {
    const list = byKind.get(row.kind) ?? [];
    list.push({ code: row.code, labelId: row.labelId, labelEn: row.labelEn });
    byKind.set(row.kind, list);
    // Codes win over labels: a label that happens to equal another term's code cannot steal it.
    for (const text of [row.labelEn, row.labelId]) {
      const key = `${row.kind}:${normal(text)}`;
      if (!lookup.has(key)) lookup.set(key, row.code);
    }
  }
  for (const row of rows) lookup.set(`${row.kind}:${row.code}`, row.code);
  return {
    terms: (kind) => byKind.get(kind) ?? [],
    has: (kind, code) => lookup.get(`${kind}:${code}`) === code,
    resolve: (kind, text) => lookup.get(`${kind}:${normal(text)}`) ?? null,
  };
}
