import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { casePeople, people } from "../../db/schema/index.ts";

/**
 * The people of one case among `ids` (case_people ids), with their pseudonymous codes; with a
 * role, only those in that role. An id of another case, or in another role, is simply absent,
 * so a caller names the field it came from.
 */
export async function caseMemberCodes(
  db: Db,
  caseId: string,
  ids: readonly string[],
  role?: string,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: casePeople.id, code: people.code })
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(
      and(
        eq(casePeople.caseId, caseId),
        inArray(casePeople.id, [...new Set(ids)]),
        role ? eq(casePeople.role, role) : undefined,
      ),
    );
  return new Map(rows.map((r) => [r.id, r.code]));
}
