import { eq } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import { cases } from "../../db/schema/index.ts";
import { type CaseAction, type CaseRecord, casePolicy } from "./case.policy.ts";

const caseRecordColumns = {
  id: cases.id,
  number: cases.number,
  taskForceId: cases.taskForceId,
  leadOrganizationId: cases.leadOrganizationId,
  caseManagerId: cases.caseManagerId,
  status: cases.status,
  closureRequestedAt: cases.closureRequestedAt,
};

export type LoadedCase = CaseRecord & { number: string };

/**
 * Loads a case and checks the action against the case policy: the one door every case
 * sub-record (people, referrals, services, legal, documents, timeline) goes through.
 * Answers 404 for a case out of the actor's reach. Pass `forUpdate` inside a transaction to
 * lock the row against a concurrent closure.
 */
export async function loadCase(
  db: Db,
  actor: UserActor,
  caseId: string,
  action: CaseAction,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedCase> {
  const query = db.select(caseRecordColumns).from(cases).where(eq(cases.id, caseId));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  authorize(actor, casePolicy, action, row, "case");
  return row;
}
