import { and, eq } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { workingGroups, workPlans } from "../../db/schema/index.ts";
import { invalidField, notFound } from "../../lib/errors.ts";
import { findPlan, type PlanRow } from "./work-plans.repository.ts";

/** The secretariat edits the plan; every member reads it. */
export const canManage = (actor: UserActor) => actor.permissions.has("coordination.manage");

/** The task force's plan of the year, else 404; `forUpdate` queues changes to it behind each other. */
export async function loadPlan(db: Db, actor: UserActor, year: number, forUpdate = false): Promise<PlanRow> {
  const plan = await findPlan(db, actor.taskForceId, year, { forUpdate });
  if (!plan) throw notFound();
  return plan;
}

export async function checkWorkingGroup(db: Db, actor: UserActor, id: string) {
  const [row] = await db
    .select({ id: workingGroups.id })
    .from(workingGroups)
    .where(and(eq(workingGroups.id, id), eq(workingGroups.taskForceId, actor.taskForceId)));
  if (!row) throw invalidField("workingGroupId", "field.working_group_unknown");
}

/** Every change inside the plan moves its "last changed" time. */
export async function touchPlan(tx: Db, planId: string, now: Date) {
  await tx.update(workPlans).set({ updatedAt: now }).where(eq(workPlans.id, planId));
}

/** Field-by-field changes of a row: only the fields given, and only those that differ. */
export function changesOf<T extends Record<string, unknown>>(before: T, input: Partial<T>) {
  const changed = Object.entries(input).filter(
    ([key, value]) => value !== undefined && (before as Record<string, unknown>)[key] !== value,
  );
  return {
    set: Object.fromEntries(changed) as Partial<T>,
    audit: Object.fromEntries(changed.map(([key, value]) => [key, { from: before[key], to: value }])),
  };
}
