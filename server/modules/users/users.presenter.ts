import type { Role } from "../../../shared/roles.ts";
import type { UserDto } from "../../../shared/users.ts";
import type { UserActor } from "../../auth/actor.ts";
import { abilitiesOf } from "../../auth/authorize.ts";
import { userPolicy } from "./users.policy.ts";
import type { UserListRow } from "./users.repository.ts";

/** A user account as the API shows it: never the password hash or 2FA secret; with abilities. */
export function presentUser(actor: UserActor, row: UserListRow): UserDto {
  const { read: _read, ...abilities } = abilitiesOf(actor, userPolicy, row);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    active: row.active,
    locale: row.locale === "en" ? "en" : "id",
    secondFactorEnabled: row.totpEnabledAt !== null,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    abilities,
  };
}
