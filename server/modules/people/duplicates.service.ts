import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { DuplicateCandidate, DuplicateQuery } from "../../../shared/people.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { casePeople, cases, people } from "../../db/schema/index.ts";
import { blindIndex } from "../../lib/crypto/blind-index.ts";
import type { Keyring } from "../../lib/crypto/keyring.ts";
import { AppError } from "../../lib/errors.ts";
import { reachesCase } from "../cases/case.policy.ts";
import { commonNameTokens, nameSimilarity, nameTokens } from "./name-matching.ts";
import { birthDateIndex } from "./person-identity.ts";

const MIN_SCORE = 0.5;
const MAX_CANDIDATES = 10;
// Rows fetched before scoring: a common surname alone would otherwise pull in thousands.
const SCAN_LIMIT = 500;

const commonIndexCache = new WeakMap<Keyring, ReadonlySet<string>>();
function commonTokenIndexes(keyring: Keyring): ReadonlySet<string> {
  let set = commonIndexCache.get(keyring);
  if (!set) {
    set = new Set([...commonNameTokens].map((t) => blindIndex(keyring, "name", t)));
    commonIndexCache.set(keyring, set);
  }
  return set;
}

type Scored = { score: number; reasons: DuplicateCandidate["reasons"] };

/**
 * Likely earlier records of the person being entered, so one victim stays one record: an
 * equal NIK is certain; otherwise name likeness (over canonical tokens, see name-matching.ts),
 * an equal birth date or phone, and the same kota/kabupaten of origin add up. Only blind
 * indexes are compared: no identity is decrypted to answer.
 */
export async function findDuplicates(ctx: AppContext, actor: UserActor, query: DuplicateQuery) {
  if (!actor.permissions.has("identity.reveal")) throw new AppError("forbidden", "error.forbidden");
  const { keyring } = ctx;
  const common = commonTokenIndexes(keyring);
  const weigh = (index: string) => (common.has(index) ? 0.3 : 1);
  const tokens = query.name ? nameTokens(query.name).map((t) => blindIndex(keyring, "name", t)) : [];
  const rare = tokens.filter((t) => !common.has(t));
  const searchTokens = rare.length > 0 ? rare : tokens;
  const nik = query.nik ? blindIndex(keyring, "nik", query.nik) : null;
  const phone = query.phone ? blindIndex(keyring, "phone", query.phone) : null;
  const birth = query.birthDate ? birthDateIndex(keyring, query.birthDate) : null;
  const origin = query.originRegionCode?.slice(0, 5) ?? null;

  const rows = await ctx.db
    .select({
      id: people.id,
      code: people.code,
      nikIndex: people.nikIndex,
      phoneIndex: people.phoneIndex,
      birthDateIndex: people.birthDateIndex,
      nameTokenIndexes: people.nameTokenIndexes,
      sexCode: people.sexCode,
      birthYear: people.birthYear,
      originRegionCode: people.originRegionCode,
    })
    .from(people)
    .where(
      and(
        eq(people.taskForceId, actor.taskForceId),
        isNull(people.mergedIntoId),
        query.excludePersonId ? ne(people.id, query.excludePersonId) : undefined,
        or(
          nik ? eq(people.nikIndex, nik) : undefined,
          phone ? eq(people.phoneIndex, phone) : undefined,
          // The tokens are HMAC hex digests ([0-9a-f] only), so writing them into the SQL is safe.
          searchTokens.length > 0
            ? sql`${people.nameTokenIndexes} && ${sql.raw(`array[${searchTokens.map((t) => `'${t}'`).join(",")}]`)}::text[]`
            : undefined,
        ),
      ),
    )
    .limit(SCAN_LIMIT);

  const scored = rows
    .map((row) => {
      const reasons: Scored["reasons"] = [];
      if (nik && row.nikIndex === nik) reasons.push("nik");
      const likeness = nameSimilarity(tokens, row.nameTokenIndexes, weigh);
      if (likeness >= 0.5) reasons.push("name");
      const sameBirth = birth !== null && row.birthDateIndex === birth;
      if (sameBirth) reasons.push("birth_date");
      const samePhone = phone !== null && row.phoneIndex === phone;
      if (samePhone) reasons.push("phone");
      const sameOrigin = origin !== null && row.originRegionCode?.startsWith(origin) === true;
      if (sameOrigin && reasons.length > 0) reasons.push("origin");
      const score = reasons.includes("nik")
        ? 1
        : Math.min(
            1,
            0.6 * likeness + (sameBirth ? 0.3 : 0) + (samePhone ? 0.3 : 0) + (sameOrigin ? 0.1 : 0),
          );
      return { row, score: Math.round(score * 100) / 100, reasons };
    })
    .filter((c) => c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CANDIDATES);

  const links =
    scored.length === 0
      ? []
      : await ctx.db
          .select({
            personId: casePeople.personId,
            role: casePeople.role,
            id: cases.id,
            number: cases.number,
            taskForceId: cases.taskForceId,
            leadOrganizationId: cases.leadOrganizationId,
            caseManagerId: cases.caseManagerId,
            status: cases.status,
            closureRequestedAt: cases.closureRequestedAt,
          })
          .from(casePeople)
          .innerJoin(cases, eq(cases.id, casePeople.caseId))
          .where(
            inArray(
              casePeople.personId,
              scored.map((c) => c.row.id),
            ),
          );

  const items: DuplicateCandidate[] = scored.map(({ row, score, reasons }) => {
    const mine = links.filter((l) => l.personId === row.id);
    const visible = mine.filter((l) => reachesCase(actor, l));
    return {
      personId: row.id,
      code: row.code,
      score,
      reasons,
      sexCode: row.sexCode,
      birthYear: row.birthYear,
      originRegionCode: row.originRegionCode,
      cases: visible.map((l) => ({ id: l.id, number: l.number, role: l.role })),
      hiddenCaseCount: mine.length - visible.length,
    };
  });
  // Security: what was searched for is identity, so only the number of matches is audited.
  await recordAudit(ctx.db, actor, {
    event: "duplicates.searched",
    recordType: "person",
    data: {
      matches: items.length,
      by: [nik && "nik", tokens.length > 0 && "name", phone && "phone"].filter(Boolean),
    },
  });
  return { items };
}
