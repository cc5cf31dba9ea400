import type { ComplaintStatus } from "../../../shared/complaints.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Policy } from "../../auth/authorize.ts";

/** What the complaint policy needs to know about a complaint. */
export type ComplaintRecord = { id: string; taskForceId: string; status: string };

/**
 * A complaint belongs to the whole task force, not to one organisation: whoever works the
 * intake queue (coordinators, case managers of any member organisation) reaches every complaint
 * of their task force and none of another's.
 */
export function reachesComplaint(actor: UserActor, record: ComplaintRecord): boolean {
  return actor.permissions.has("complaint.manage") && actor.taskForceId === record.taskForceId;
}

const triageable: readonly string[] = ["received", "under_review"] satisfies ComplaintStatus[];

export const complaintPolicy = {
  read: reachesComplaint,
  review: (actor, record) => reachesComplaint(actor, record) && record.status === "received",
  triage: (actor, record) => reachesComplaint(actor, record) && triageable.includes(record.status),
} satisfies Policy<ComplaintRecord, string>;

export type ComplaintAction = keyof typeof complaintPolicy;
