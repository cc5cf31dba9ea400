import { and, eq, inArray } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { meetingSeries, organizations, taskForces, users } from "../../db/schema/index.ts";
import { AppError, type FieldProblem, invalidField, notFound } from "../../lib/errors.ts";
import { findMeeting, type MeetingRow } from "./meetings.repository.ts";

/**
 * The meeting when it belongs to the caller's task force, else 404: another task force's
 * meeting looks exactly like one that does not exist.
 */
export async function loadMeeting(
  db: Db,
  actor: UserActor,
  meetingId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MeetingRow> {
  const row = await findMeeting(db, actor.taskForceId, meetingId, options);
  if (!row) throw notFound();
  return row;
}

/** A cancelled meeting is read-only (its invitees were told it will not take place). */
export function refuseIfCancelled(meeting: MeetingRow): void {
  if (meeting.status === "cancelled") throw new AppError("conflict", "coordination.meeting_cancelled");
}

export function refuse(problems: FieldProblem[]): void {
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
}

export async function checkSeries(db: Db, actor: UserActor, seriesId: string | null | undefined) {
  if (!seriesId) return;
  const [row] = await db
    .select({ id: meetingSeries.id })
    .from(meetingSeries)
    .where(and(eq(meetingSeries.id, seriesId), eq(meetingSeries.taskForceId, actor.taskForceId)));
  if (!row) throw invalidField("seriesId", "coordination.series_unknown");
}

/**
 * Active organisations and users of the caller's task force, checked in one query each; every
 * unknown or repeated entry is named by its index.
 */
export async function inviteeProblems(
  db: Db,
  actor: UserActor,
  prefix: string,
  input: {
    organizationIds: readonly string[];
    userIds: readonly string[];
    external: readonly { email: string }[];
  },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const orgs = input.organizationIds.length
    ? await db
        .select({ id: organizations.id, active: organizations.active })
        .from(organizations)
        .where(
          and(
            inArray(organizations.id, [...new Set(input.organizationIds)]),
            eq(organizations.taskForceId, actor.taskForceId),
          ),
        )
    : [];
  const activeOrgs = new Map(orgs.map((o) => [o.id, o.active]));
  input.organizationIds.forEach((id, i) => {
    if (input.organizationIds.indexOf(id) !== i)
      problems.push({ field: field(`organizationIds.${i}`), key: "coordination.duplicate_invitee" });
    else if (!activeOrgs.has(id))
      problems.push({ field: field(`organizationIds.${i}`), key: "field.organization_unknown" });
    else if (!activeOrgs.get(id))
      problems.push({ field: field(`organizationIds.${i}`), key: "field.organization_inactive" });
  });
  const found = input.userIds.length
    ? await db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            inArray(users.id, [...new Set(input.userIds)]),
            eq(users.taskForceId, actor.taskForceId),
            eq(users.active, true),
          ),
        )
    : [];
  const knownUsers = new Set(found.map((u) => u.id));
  input.userIds.forEach((id, i) => {
    if (input.userIds.indexOf(id) !== i)
      problems.push({ field: field(`userIds.${i}`), key: "coordination.duplicate_invitee" });
    else if (!knownUsers.has(id))
      problems.push({ field: field(`userIds.${i}`), key: "coordination.user_unknown" });
  });
  const emails = input.external.map((e) => e.email.toLowerCase());
  emails.forEach((email, i) => {
    if (emails.indexOf(email) !== i)
      problems.push({ field: field(`external.${i}.email`), key: "coordination.duplicate_invitee" });
  });
  return problems;
}

export async function taskForceName(db: Db, taskForceId: string): Promise<string> {
  const [row] = await db
    .select({ name: taskForces.name })
    .from(taskForces)
    .where(eq(taskForces.id, taskForceId));
  return row?.name ?? "";
}
