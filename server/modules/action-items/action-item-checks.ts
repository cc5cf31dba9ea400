import { and, eq } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkOrganization } from "../../db/reference-checks.ts";
import { meetingDecisions, users, workPlanProgrammes, workPlans } from "../../db/schema/index.ts";
import { AppError, type FieldProblem } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { findMeeting } from "../meetings/meetings.repository.ts";

/**
 * Checks what an item names before it is written: the owner organisation and person, the
 * meeting and decision it came from, the programme it serves, and a due date that fits.
 */

export type ItemReferences = {
  ownerOrganizationId: string;
  ownerUserId: string | null;
  meetingId: string | null;
  decisionId: string | null;
  programmeId: string | null;
  dueOn: string;
};

/** All of a request's problems in one 422, each naming its field. */
export function refuse(problems: FieldProblem[]): void {
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
}

/** The latest due date accepted: five years on, far enough for any plan, near enough to catch typos. */
function latestDue(today: string): string {
  return `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`;
}

export async function checkItemReferences(
  db: Db,
  actor: UserActor,
  refs: ItemReferences,
  today: string,
  // A new item cannot come from a cancelled meeting; one recorded before the cancellation stays editable.
  creating: boolean,
): Promise<void> {
  await checkOrganization(db, actor, "ownerOrganizationId", refs.ownerOrganizationId);
  const problems: FieldProblem[] = [];
  if (refs.ownerUserId) {
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, refs.ownerUserId),
          eq(users.organizationId, refs.ownerOrganizationId),
          eq(users.active, true),
        ),
      );
    if (!user) problems.push({ field: "ownerUserId", key: "action_item.owner_user_unknown" });
  }
  if (refs.meetingId) {
    const meeting = await findMeeting(db, actor.taskForceId, refs.meetingId);
    if (!meeting) problems.push({ field: "meetingId", key: "action_item.meeting_unknown" });
    else if (creating && meeting.status === "cancelled")
      problems.push({ field: "meetingId", key: "action_item.meeting_cancelled" });
    else {
      const meetingDay = wibDate(meeting.startsAt);
      if (refs.dueOn < meetingDay)
        problems.push({
          field: "dueOn",
          key: "action_item.due_before_meeting",
          params: { date: meetingDay },
        });
    }
    if (meeting && refs.decisionId) {
      const [decision] = await db
        .select({ id: meetingDecisions.id })
        .from(meetingDecisions)
        .where(and(eq(meetingDecisions.id, refs.decisionId), eq(meetingDecisions.meetingId, refs.meetingId)));
      if (!decision) problems.push({ field: "decisionId", key: "action_item.decision_unknown" });
    }
  } else if (refs.decisionId) {
    problems.push({ field: "decisionId", key: "action_item.decision_needs_meeting" });
  }
  if (refs.programmeId) {
    const [programme] = await db
      .select({ id: workPlanProgrammes.id })
      .from(workPlanProgrammes)
      .innerJoin(workPlans, eq(workPlans.id, workPlanProgrammes.planId))
      .where(and(eq(workPlanProgrammes.id, refs.programmeId), eq(workPlans.taskForceId, actor.taskForceId)));
    if (!programme) problems.push({ field: "programmeId", key: "action_item.programme_unknown" });
  }
  if (refs.dueOn > latestDue(today)) problems.push({ field: "dueOn", key: "action_item.due_too_far" });
  refuse(problems);
}
