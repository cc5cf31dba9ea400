import { and, eq, or, type SQL } from "drizzle-orm";
import type { EarlyWarningStatus } from "../../../shared/early-warnings.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Policy } from "../../auth/authorize.ts";
import { earlyWarnings } from "../../db/schema/index.ts";

/** What the early-warning policy needs to know about a warning. */
export type EarlyWarningRecord = {
  id: string;
  taskForceId: string;
  status: string;
  reportedById: string;
  organizationId: string;
};

/** The secretariat of the warning's task force: it works every warning of it. */
export function managesWarning(actor: UserActor, record: Pick<EarlyWarningRecord, "taskForceId">): boolean {
  return actor.permissions.has("early_warning.manage") && actor.taskForceId === record.taskForceId;
}

/**
 * Who may read a warning: its reporter, the members of the organisation it was filed for (the
 * next lurah keeps following what the last one reported), and the secretariat. Nobody else: a
 * warning can name a place, a recruiter or a family before anything is verified.
 */
export function readsWarning(actor: UserActor, record: EarlyWarningRecord): boolean {
  if (actor.taskForceId !== record.taskForceId) return false;
  if (managesWarning(actor, record)) return true;
  return (
    actor.permissions.has("early_warning.report") &&
    (record.reportedById === actor.userId || record.organizationId === actor.organizationId)
  );
}

const closable: readonly string[] = ["new", "verified", "escalated"] satisfies EarlyWarningStatus[];

/** Each step of the flow: only the secretariat takes one, and only from the status it starts at. */
export const earlyWarningPolicy = {
  read: readsWarning,
  verify: (actor, record) => managesWarning(actor, record) && record.status === "new",
  escalate: (actor, record) => managesWarning(actor, record) && record.status === "verified",
  close: (actor, record) => managesWarning(actor, record) && closable.includes(record.status),
} satisfies Policy<EarlyWarningRecord, string>;

export type EarlyWarningAction = keyof typeof earlyWarningPolicy;

/** The same reach as `readsWarning`, as SQL for lists; `mine` narrows a manager to their own. */
export function visibleWarningsWhere(actor: UserActor, scope: "mine" | "all"): SQL {
  const inTaskForce = eq(earlyWarnings.taskForceId, actor.taskForceId);
  if (scope === "all" && actor.permissions.has("early_warning.manage")) return inTaskForce;
  return and(
    inTaskForce,
    or(eq(earlyWarnings.reportedById, actor.userId), eq(earlyWarnings.organizationId, actor.organizationId)),
  )!;
}
