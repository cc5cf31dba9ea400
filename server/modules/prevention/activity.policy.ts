import type { UserActor } from "../../auth/actor.ts";
import type { Policy } from "../../auth/authorize.ts";

/** What the activity policy needs to know about an activity. */
export type ActivityRecord = { id: string; taskForceId: string; organizerOrganizationId: string };

/**
 * Prevention is public work: everyone with prevention.read in the task force sees every
 * activity (and another task force's not at all: 404). Changing one is for its organiser's
 * organisation (prevention.manage) and the secretariat (prevention.coordinate); anyone else who
 * can see the activity is told so plainly (403), since hiding a record they can read would
 * explain nothing.
 */
export function readsActivity(actor: UserActor, record: ActivityRecord): boolean {
  return actor.permissions.has("prevention.read") && actor.taskForceId === record.taskForceId;
}

export function editsActivity(actor: UserActor, record: ActivityRecord): boolean {
  if (!readsActivity(actor, record)) return false;
  if (actor.permissions.has("prevention.coordinate")) return true;
  return (
    actor.permissions.has("prevention.manage") && actor.organizationId === record.organizerOrganizationId
  );
}

export const activityPolicy = {
  read: readsActivity,
  update: editsActivity,
  // Only the secretariat hands an activity to another organiser.
  changeOrganizer: (actor, record) =>
    editsActivity(actor, record) && actor.permissions.has("prevention.coordinate"),
  // Attendance lists name people: only those who run the activity see and keep them.
  manageAttendees: editsActivity,
  manageFiles: editsActivity,
} satisfies Policy<ActivityRecord, string>;

export type ActivityAction = keyof typeof activityPolicy;
