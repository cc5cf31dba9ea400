import { type Permission, secondFactorPermissions } from "../../shared/permissions.ts";
import type { Role } from "../../shared/roles.ts";
import { permissionsOfRole } from "./roles.ts";

/**
 * The permissions a request carries: the role's, less those that need a verified second factor
 * when this role must use one and the session has not verified it. API tokens pass "never":
 * they are one factor whatever the role, so they never reveal identity.
 */
export function effectivePermissions(
  role: Role,
  secondFactorVerified: boolean | "never",
  secondFactorRoles: readonly Role[],
): ReadonlySet<Permission> {
  const granted = permissionsOfRole(role);
  const needsSecondFactor = secondFactorVerified === "never" || secondFactorRoles.includes(role);
  if (secondFactorVerified === true || !needsSecondFactor) return new Set(granted);
  return new Set(granted.filter((p) => !secondFactorPermissions.includes(p)));
}
