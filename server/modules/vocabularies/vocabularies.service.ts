import { and, asc, eq, inArray } from "drizzle-orm";
import type { VocabularyTermDto } from "../../../shared/reference.ts";
import { type VocabularyKind, vocabularyKinds } from "../../../shared/vocabularies.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { vocabularyTerms } from "../../db/schema/index.ts";
import type { LocalizedText } from "../../lib/errors.ts";
import { invalidField, notFound } from "../../lib/errors.ts";

type TermRow = typeof vocabularyTerms.$inferSelect;

function present(row: TermRow): VocabularyTermDto {
  const { kind, code, labelId, labelEn, htcds, sortOrder, active } = row;
  return { kind, code, labelId, labelEn, htcds, sortOrder, active };
}

function knownKind(kind: string): VocabularyKind {
  if (!(vocabularyKinds as readonly string[]).includes(kind)) throw notFound();
  return kind as VocabularyKind;
}

/** Every list with its terms, inactive ones included (records made earlier still show them). */
export async function listVocabularies(ctx: AppContext) {
  const rows = await ctx.db
    .select()
    .from(vocabularyTerms)
    .orderBy(asc(vocabularyTerms.kind), asc(vocabularyTerms.sortOrder));
  return {
    items: vocabularyKinds.map((kind) => ({ kind, terms: rows.filter((r) => r.kind === kind).map(present) })),
  };
}

export async function listVocabulary(ctx: AppContext, kind: string) {
  const rows = await ctx.db
    .select()
    .from(vocabularyTerms)
    .where(eq(vocabularyTerms.kind, knownKind(kind)))
    .orderBy(asc(vocabularyTerms.sortOrder), asc(vocabularyTerms.code));
  return { items: rows.map(present) };
}

/** True when the code is an active term of the list: how other modules validate a code field. */
export async function isActiveTerm(db: Db, kind: VocabularyKind, code: string): Promise<boolean> {
  const [row] = await db
    .select({ active: vocabularyTerms.active })
    .from(vocabularyTerms)
    .where(and(eq(vocabularyTerms.kind, kind), eq(vocabularyTerms.code, code)));
  return row?.active === true;
}

/** Adds a term; its code is permanent, since records and exports store codes, not labels. */
export async function createTerm(
  ctx: AppContext,
  actor: UserActor,
  kind: string,
  input: { code: string; labelId: string; labelEn: string; htcds?: string },
) {
  const list = knownKind(kind);
  return ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ code: vocabularyTerms.code, sortOrder: vocabularyTerms.sortOrder })
      .from(vocabularyTerms)
      .where(eq(vocabularyTerms.kind, list));
    if (existing.some((t) => t.code === input.code)) throw invalidField("code", "field.code_taken");
    const sortOrder = Math.max(0, ...existing.map((t) => t.sortOrder)) + 10;
    const [row] = await tx
      .insert(vocabularyTerms)
      .values({ kind: list, ...input, htcds: input.htcds ?? null, sortOrder })
      .returning();
    await recordAudit(tx, actor, {
      event: "vocabulary.term_created",
      recordType: "vocabulary_term",
      recordId: `${list}:${input.code}`,
      data: { labelId: input.labelId, labelEn: input.labelEn },
    });
    return present(row!);
  });
}

/** Relabels, reorders or (de)activates a term; the code itself never changes. */
export async function updateTerm(
  ctx: AppContext,
  actor: UserActor,
  kind: string,
  code: string,
  input: Partial<Pick<TermRow, "labelId" | "labelEn" | "htcds" | "sortOrder" | "active">>,
) {
  const list = knownKind(kind);
  return ctx.db.transaction(async (tx) => {
    const where = and(eq(vocabularyTerms.kind, list), eq(vocabularyTerms.code, code));
    const [before] = await tx.select().from(vocabularyTerms).where(where);
    if (!before) throw notFound();
    const [row] = await tx
      .update(vocabularyTerms)
      .set({ ...input, updatedAt: ctx.now() })
      .where(where)
      .returning();
    const changes = Object.fromEntries(
      Object.entries(input).map(([field, value]) => [
        field,
        { from: before[field as keyof TermRow], to: value },
      ]),
    );
    await recordAudit(tx, actor, {
      event: "vocabulary.term_updated",
      recordType: "vocabulary_term",
      recordId: `${list}:${code}`,
      data: { changes },
    });
    return present(row!);
  });
}

/** The labels of some codes of a list in both languages, for messages that name them; a code without a term stands for itself. */
export async function termLabels(db: Db, kind: VocabularyKind, codes: readonly string[]) {
  const rows =
    codes.length === 0
      ? []
      : await db
          .select({
            code: vocabularyTerms.code,
            labelId: vocabularyTerms.labelId,
            labelEn: vocabularyTerms.labelEn,
          })
          .from(vocabularyTerms)
          .where(and(eq(vocabularyTerms.kind, kind), inArray(vocabularyTerms.code, [...codes])));
  const byCode = new Map(rows.map((r) => [r.code, { id: r.labelId, en: r.labelEn }]));
  return (code: string): LocalizedText => byCode.get(code) ?? { id: code, en: code };
}
