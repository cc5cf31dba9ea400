import type { Permission } from "../../shared/permissions.ts";
import type { Role } from "../../shared/roles.ts";

const everyone = [
  "session.self",
  "reference.read",
  "organization.read",
] as const satisfies readonly Permission[];

/** Which permissions each role holds. DOMAIN.md's role table, as data. */
export const rolePermissions = {
  // Security: the administrator manages people and settings but sees no victim identity.
  admin: [...everyone, "user.read", "user.manage", "organization.manage", "vocabulary.manage", "audit.read"],
  coordinator: [
    ...everyone,
    "user.read",
    "audit.read",
    "identity.reveal",
    "complaint.manage",
    "case.read",
    "case.manage",
    "case.approve",
    "case.read_all",
    "referral.respond",
    "early_warning.report",
    "early_warning.manage",
    "prevention.read",
    "prevention.manage",
    "prevention.coordinate",
    "statistics.read",
    "report.manage",
    "data.exchange",
    "coordination.read",
    "coordination.manage",
    "action_item.update",
    "portal.manage",
    "portal.publish",
  ],
  case_manager: [
    ...everyone,
    "identity.reveal",
    "complaint.manage",
    "case.read",
    "case.manage",
    "referral.respond",
    "early_warning.report",
    "prevention.read",
    "prevention.manage",
    "statistics.read",
    "coordination.read",
    "action_item.update",
  ],
  // Service providers see only the identity fields a referral shares; the record policy narrows it.
  service_provider: [
    ...everyone,
    "identity.reveal",
    "referral.respond",
    "prevention.read",
    "statistics.read",
    "coordination.read",
    "action_item.update",
  ],
  // Lurah, camat and school focal points watch and educate their area; they see aggregates only.
  field_reporter: [
    ...everyone,
    "early_warning.report",
    "prevention.read",
    "prevention.manage",
    "statistics.read",
    "coordination.read",
    "action_item.update",
  ],
  leadership: [...everyone, "prevention.read", "statistics.read", "coordination.read"],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsOfRole(role: Role): readonly Permission[] {
  return rolePermissions[role];
}
