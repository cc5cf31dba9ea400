/**
 * The closed list of permissions. Every API route declares one of these (or is public); the
 * role table in server/auth/roles.ts grants them. Adding one here fails the role-table snapshot
 * test until it is placed in a role on purpose.
 */
export const permissions = [
  // own account: profile, password, two-factor, personal API tokens, sign-out
  "session.self",
  // regions, vocabularies, task forces, working groups
  "reference.read",
  "organization.read",
  "organization.manage",
  "user.read",
  "user.manage",
  "vocabulary.manage",
  // the audit trail of the caller's task force
  "audit.read",
  // see a victim's identity fields where the record's policy also allows it
  "identity.reveal",
] as const;

export type Permission = (typeof permissions)[number];

/** Permissions that need a session whose second factor was verified (see the 2FA decision). */
export const secondFactorPermissions: readonly Permission[] = ["identity.reveal"];
