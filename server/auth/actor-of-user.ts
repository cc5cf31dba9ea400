import type { Role } from "../../shared/roles.ts";
import type { Config } from "../config.ts";
import { users } from "../db/schema/index.ts";
import type { Locale } from "../lib/messages.ts";
import type { UserActor } from "./actor.ts";
import { effectivePermissions } from "./session-permissions.ts";

/** The user columns every credential lookup selects to build its actor. */
export const actorUserColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  organizationId: users.organizationId,
  taskForceId: users.taskForceId,
  locale: users.locale,
  active: users.active,
  totpEnabledAt: users.totpEnabledAt,
};

type ActorUserRow = {
  userId: string;
  name: string;
  email: string;
  role: string;
  organizationId: string;
  taskForceId: string;
  locale: string;
  totpEnabledAt: Date | null;
};

/** The actor for a user reached through a session (second factor as verified) or a token ("never"). */
export function actorOfUser(
  row: ActorUserRow,
  credential: { via: "session"; sessionId: string; secondFactorVerified: boolean } | { via: "token" },
  config: Pick<Config, "secondFactorRoles">,
  ip: string | null,
): UserActor {
  const role = row.role as Role;
  const verified = credential.via === "session" ? credential.secondFactorVerified : false;
  return {
    kind: "user",
    userId: row.userId,
    name: row.name,
    email: row.email,
    role,
    organizationId: row.organizationId,
    taskForceId: row.taskForceId,
    locale: row.locale as Locale,
    // Security: a token is one factor; it never unlocks what needs a verified second factor.
    permissions: effectivePermissions(
      role,
      credential.via === "token" ? "never" : verified,
      config.secondFactorRoles,
    ),
    via: credential.via,
    sessionId: credential.via === "session" ? credential.sessionId : null,
    secondFactorEnrolled: row.totpEnabledAt !== null,
    secondFactorVerified: verified,
    ip,
  };
}
