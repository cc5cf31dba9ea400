import { and, eq, type SQL } from "drizzle-orm";
import {
  type ActionItemStatus,
  actionItemTransitions,
  isActiveStatus,
} from "../../../shared/action-items.ts";
import type { UserActor } from "../../auth/actor.ts";
import { actionItems } from "../../db/schema/index.ts";

/**
 * Who reaches which action item. The secretariat (coordination.manage) sees and manages every
 * item of its task force; everyone else with coordination.read sees the items their own
 * organisation owns, and reports on them with action_item.update. Any other item is a 404.
 */

type ItemRef = { taskForceId: string; ownerOrganizationId: string; status: string };

/** The secretariat: creates, assigns and edits items, and sees them all. */
export function isSecretariat(actor: UserActor): boolean {
  return actor.permissions.has("coordination.manage");
}

export function canSee(actor: UserActor, item: ItemRef): boolean {
  if (item.taskForceId !== actor.taskForceId) return false;
  return isSecretariat(actor) || item.ownerOrganizationId === actor.organizationId;
}

/** Post progress and change the status: the owner organisation's members, or the secretariat. */
export function canReport(actor: UserActor, item: ItemRef): boolean {
  return canSee(actor, item) && actor.permissions.has("action_item.update");
}

/** Change what the item is (description, owner, due date, source): the secretariat, while it is active. */
export function canEdit(actor: UserActor, item: ItemRef): boolean {
  return canSee(actor, item) && isSecretariat(actor) && isActiveStatus(item.status as ActionItemStatus);
}

/** The statuses the actor may move the item to now. */
export function nextStatuses(actor: UserActor, item: ItemRef): ActionItemStatus[] {
  if (!canReport(actor, item)) return [];
  return [...actionItemTransitions[item.status as ActionItemStatus]];
}

/**
 * The SQL filter of a list: the whole task force for the secretariat reading "all", the
 * caller's organisation otherwise.
 */
export function visibleItemsWhere(
  actor: UserActor,
  scope: "mine" | "all",
): { where: SQL; scope: "mine" | "all" } {
  const taskForce = eq(actionItems.taskForceId, actor.taskForceId);
  if (scope === "all" && isSecretariat(actor)) return { where: taskForce, scope: "all" };
  return { where: and(taskForce, eq(actionItems.ownerOrganizationId, actor.organizationId))!, scope: "mine" };
}
