import { asc, eq } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import { taskForces, workingGroups } from "../../db/schema/index.ts";

export async function listTaskForces(ctx: AppContext) {
  const rows = await ctx.db.select().from(taskForces).orderBy(asc(taskForces.code));
  return { items: rows.map(({ id, code, name, regionCode }) => ({ id, code, name, regionCode })) };
}

/** The working groups of the caller's own task force, by plan version and number. */
export async function listWorkingGroups(ctx: AppContext, actor: UserActor) {
  const rows = await ctx.db
    .select()
    .from(workingGroups)
    .where(eq(workingGroups.taskForceId, actor.taskForceId))
    .orderBy(asc(workingGroups.planVersion), asc(workingGroups.number));
  return { items: rows };
}
