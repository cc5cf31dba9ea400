import type { MeResponse } from "../../../shared/auth.ts";
import { permissions } from "../../../shared/permissions.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";

/** The signed-in user as GET /api/auth/me shows them, with what they may do. */
export function presentMe(ctx: AppContext, actor: UserActor): MeResponse {
  return {
    user: {
      id: actor.userId,
      name: actor.name,
      email: actor.email,
      role: actor.role,
      organizationId: actor.organizationId,
      taskForceId: actor.taskForceId,
      locale: actor.locale,
    },
    // In the closed list's order, so clients and snapshots see a stable list.
    permissions: permissions.filter((p) => actor.permissions.has(p)),
    secondFactor: {
      enrolled: actor.secondFactorEnrolled,
      required: ctx.config.secondFactorRoles.includes(actor.role),
      verified: actor.secondFactorVerified,
    },
    demo: ctx.config.demo,
  };
}
