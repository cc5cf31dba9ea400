import { eq } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.ts";
import type { Policy } from "../../auth/authorize.ts";
import { organizations } from "../../db/schema/index.ts";

export type OrganizationRecord = { id: string; taskForceId: string; active: boolean };

const manages = (actor: UserActor, org: OrganizationRecord) =>
  actor.permissions.has("organization.manage") && actor.taskForceId === org.taskForceId;

/** Who may do what to a member organisation of a task force. */
export const organizationPolicy = {
  read: (actor, org) => actor.permissions.has("organization.read") && actor.taskForceId === org.taskForceId,
  update: manages,
  deactivate: (actor, org) => manages(actor, org) && org.active && org.id !== actor.organizationId,
  activate: (actor, org) => manages(actor, org) && !org.active,
} satisfies Policy<OrganizationRecord, string>;

export type OrganizationAction = keyof typeof organizationPolicy;

export function visibleOrganizationsWhere(actor: UserActor) {
  return eq(organizations.taskForceId, actor.taskForceId);
}
