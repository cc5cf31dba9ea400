import { and, eq, type SQL } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.ts";
import type { Policy } from "../../auth/authorize.ts";
import { periodicReports } from "../../db/schema/index.ts";

/** What the report policy needs to know about a report. */
export type ReportRecord = { id: string; taskForceId: string; status: string };

/** The secretariat of the report's task force: it writes, refreshes, finalises and deletes. */
export function managesReports(actor: UserActor, record: Pick<ReportRecord, "taskForceId">): boolean {
  return actor.permissions.has("report.manage") && actor.taskForceId === record.taskForceId;
}

/**
 * Who reads a report: in its task force, leadership and every reader of statistics once it is
 * final; a draft (or one still building, or failed) only the secretariat, since its text and
 * figures may still change before anyone outside should quote them.
 */
export function readsReport(actor: UserActor, record: ReportRecord): boolean {
  if (actor.taskForceId !== record.taskForceId) return false;
  if (managesReports(actor, record)) return true;
  return actor.permissions.has("statistics.read") && record.status === "final";
}

/** The UI's buttons. The service refuses a step in the wrong state with 409, naming the state. */
export const reportPolicy = {
  read: readsReport,
  edit: (actor, record) => managesReports(actor, record) && record.status === "draft",
  refresh: (actor, record) => managesReports(actor, record) && record.status === "draft",
  finalise: (actor, record) => managesReports(actor, record) && record.status === "draft",
  delete: (actor, record) =>
    managesReports(actor, record) && (record.status === "draft" || record.status === "failed"),
  download: (actor, record) =>
    readsReport(actor, record) && (record.status === "draft" || record.status === "final"),
} satisfies Policy<ReportRecord, string>;

/** The same reach as `readsReport`, as SQL for the list. */
export function visibleReportsWhere(actor: UserActor): SQL {
  const inTaskForce = eq(periodicReports.taskForceId, actor.taskForceId);
  if (actor.permissions.has("report.manage")) return inTaskForce;
  return and(inTaskForce, eq(periodicReports.status, "final"))!;
}
