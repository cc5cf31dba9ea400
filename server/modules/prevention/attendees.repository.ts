import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { activityAttendees } from "../../db/schema/index.ts";

export async function findAttendees(db: Db, activityId: string) {
  return db
    .select()
    .from(activityAttendees)
    .where(eq(activityAttendees.activityId, activityId))
    .orderBy(asc(activityAttendees.createdAt), asc(activityAttendees.id));
}

export async function findAttendee(db: Db, activityId: string, attendeeId: string) {
  const [row] = await db
    .select()
    .from(activityAttendees)
    .where(and(eq(activityAttendees.id, attendeeId), eq(activityAttendees.activityId, activityId)));
  return row;
}

export type AttendeeRow = typeof activityAttendees.$inferSelect;

/** The person keys already on an activity's list. */
export async function findPersonKeys(db: Db, activityId: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: activityAttendees.personKey })
    .from(activityAttendees)
    .where(eq(activityAttendees.activityId, activityId));
  return new Set(rows.map((r) => r.key));
}

/** For each person on the list, how many other held activities of the task force they attended. */
export async function otherActivityCounts(db: Db, taskForceId: string, activityId: string) {
  const rows = await queryRows<{ person_key: string; n: number }>(
    db,
    sql`select me.person_key, count(distinct other.activity_id)::int as n
        from activity_attendees me
        join activity_attendees other
          on other.person_key = me.person_key and other.activity_id <> me.activity_id
        join prevention_activities a
          on a.id = other.activity_id and a.task_force_id = ${taskForceId} and a.status = 'held'
        where me.activity_id = ${activityId}
        group by me.person_key`,
  );
  return new Map(rows.map((r) => [r.person_key, Number(r.n)]));
}
