import { and, eq, inArray } from "drizzle-orm";
import type { VocabularyKind } from "../../shared/vocabularies.ts";
import type { UserActor } from "../auth/actor.ts";
import { invalidField } from "../lib/errors.ts";
import type { Db } from "./database.ts";
import { organizations, regions, users, vocabularyTerms } from "./schema/index.ts";

/**
 * Checks that stored references exist before a write: vocabulary codes, region codes,
 * organisations and users of the actor's task force. Each failure names the field.
 */

/** Every code must be an active term of the vocabulary. */
export async function checkTerms(db: Db, field: string, kind: VocabularyKind, codes: readonly string[]) {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return;
  const found = await db
    .select({ code: vocabularyTerms.code })
    .from(vocabularyTerms)
    .where(
      and(
        eq(vocabularyTerms.kind, kind),
        eq(vocabularyTerms.active, true),
        inArray(vocabularyTerms.code, wanted),
      ),
    );
  const known = new Set(found.map((r) => r.code));
  const index = codes.findIndex((c) => !known.has(c));
  if (index >= 0) {
    const name = Array.isArray(codes) && codes.length > 1 ? `${field}.${index}` : field;
    throw invalidField(name, "field.vocabulary_unknown", { kind });
  }
}

/** A single optional code: null and undefined pass. */
export async function checkTerm(
  db: Db,
  field: string,
  kind: VocabularyKind,
  code: string | null | undefined,
) {
  if (code) await checkTerms(db, field, kind, [code]);
}

export async function checkRegion(db: Db, field: string, code: string | null | undefined) {
  if (!code) return;
  const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  if (!row) throw invalidField(field, "field.region_unknown");
}

/** An active organisation of the actor's task force. */
export async function checkOrganization(db: Db, actor: UserActor, field: string, id: string) {
  const [org] = await db
    .select({ active: organizations.active })
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.taskForceId, actor.taskForceId)));
  if (!org) throw invalidField(field, "field.organization_unknown");
  if (!org.active) throw invalidField(field, "field.organization_inactive");
}

/** An active user of the actor's task force who can manage cases. */
export async function checkCaseManager(
  db: Db,
  actor: UserActor,
  field: string,
  id: string | null | undefined,
) {
  if (!id) return;
  const [user] = await db
    .select({ role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.id, id), eq(users.taskForceId, actor.taskForceId)));
  if (!user?.active) throw invalidField(field, "field.user_unknown");
  if (user.role !== "case_manager" && user.role !== "coordinator")
    throw invalidField(field, "field.not_case_manager");
}
