import { and, eq, or, type SQL } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.ts";
import type { Policy } from "../../auth/authorize.ts";
import { cases } from "../../db/schema/index.ts";

/** What the case policy needs to know about a case. */
export type CaseRecord = {
  id: string;
  taskForceId: string;
  leadOrganizationId: string;
  caseManagerId: string | null;
  status: string;
  closureRequestedAt: Date | null;
};

/**
 * Who reaches a case: a coordinator every case of the task force; a case manager the cases
 * their organisation leads or that are assigned to them. Nobody else: service providers work
 * through referrals, field reporters and leadership through statistics.
 */
export function reachesCase(actor: UserActor, record: CaseRecord): boolean {
  if (!actor.permissions.has("case.read") || actor.taskForceId !== record.taskForceId) return false;
  if (actor.permissions.has("case.read_all")) return true;
  return record.leadOrganizationId === actor.organizationId || record.caseManagerId === actor.userId;
}

const manages = (actor: UserActor, record: CaseRecord) =>
  reachesCase(actor, record) && actor.permissions.has("case.manage");
// A closed case is read-only until it is reopened.
const editable = (actor: UserActor, record: CaseRecord) =>
  manages(actor, record) && record.status !== "closed";

export const casePolicy = {
  read: reachesCase,
  update: editable,
  revealIdentity: (actor, record) => reachesCase(actor, record) && actor.permissions.has("identity.reveal"),
  requestClosure: (actor, record) => editable(actor, record) && record.closureRequestedAt === null,
  approveClosure: (actor, record) =>
    reachesCase(actor, record) &&
    actor.permissions.has("case.approve") &&
    record.status !== "closed" &&
    record.closureRequestedAt !== null,
  reopen: (actor, record) => manages(actor, record) && record.status === "closed",
  overrideConsent: (actor, record) => editable(actor, record) && actor.permissions.has("case.approve"),
} satisfies Policy<CaseRecord, string>;

export type CaseAction = keyof typeof casePolicy;

/** The SQL twin of `reachesCase`, for lists: the same rule, applied by the database. */
export function visibleCasesWhere(actor: UserActor): SQL {
  const inTaskForce = eq(cases.taskForceId, actor.taskForceId);
  if (!actor.permissions.has("case.read")) return eq(cases.id, "00000000-0000-0000-0000-000000000000");
  if (actor.permissions.has("case.read_all")) return inTaskForce;
  return and(
    inTaskForce,
    or(eq(cases.leadOrganizationId, actor.organizationId), eq(cases.caseManagerId, actor.userId)),
  )!;
}
