import { eq } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.ts";
import type { Policy } from "../../auth/authorize.ts";
import { users } from "../../db/schema/index.ts";

export type UserRecord = { id: string; taskForceId: string; active: boolean };

const sameTaskForce = (actor: UserActor, user: UserRecord) => actor.taskForceId === user.taskForceId;
const manages = (actor: UserActor, user: UserRecord) =>
  actor.permissions.has("user.manage") && sameTaskForce(actor, user);

/** Who may do what to a user account. Accounts are never deleted: they are deactivated. */
export const userPolicy = {
  read: (actor, user) => actor.permissions.has("user.read") && sameTaskForce(actor, user),
  update: manages,
  deactivate: (actor, user) => manages(actor, user) && user.active && user.id !== actor.userId,
  activate: (actor, user) => manages(actor, user) && !user.active,
  resetPassword: (actor, user) => manages(actor, user) && user.id !== actor.userId,
} satisfies Policy<UserRecord, string>;

export type UserAction = keyof typeof userPolicy;

/** The SQL filter every user list applies: the caller's own task force only. */
export function visibleUsersWhere(actor: UserActor) {
  return eq(users.taskForceId, actor.taskForceId);
}
