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
  // the intake queue: record complaints and triage them
  "complaint.manage",
  // cases within the record policy's reach (own organisation, assigned, or the whole task force)
  "case.read",
  "case.manage",
  // approve a case manager's closure request; override a missing consent on a referral
  "case.approve",
  // see the complaints, cases and people of every organisation of the task force
  "case.read_all",
  // the referral inbox of the caller's organisation: accept, decline, complete
  "referral.respond",
  // file early-warning reports and follow the ones of the caller and their organisation
  "early_warning.report",
  // the secretariat's early-warning queue: verify, escalate to a complaint or the police, close
  "early_warning.manage",
  // prevention activities, schools and coverage (aggregates only, no victim data)
  "prevention.read",
  // plan and record the prevention activities of the caller's organisation
  "prevention.manage",
  // the secretariat: the schools registry and every organisation's activities
  "prevention.coordinate",
  // aggregate statistics, dashboard and reports (no identity, no case record)
  "statistics.read",
  // write and finalise the periodic task-force reports
  "report.manage",
  // bulk imports into the task force's records, and exports of case-level data
  "data.exchange",
  // the task force's structure, member directory, meetings, action items and work plan
  "coordination.read",
  // the secretariat: structure, meetings, invitations, attendance, minutes, plans
  "coordination.manage",
  // report progress on the action items owned by the caller's organisation
  "action_item.update",
  // the public portal: write pages, news, materials, menu and the hotline directory
  "portal.manage",
  // review and publish (or schedule) what portal.manage wrote
  "portal.publish",
] as const;

export type Permission = (typeof permissions)[number];

/** Permissions that need a session whose second factor was verified (see the 2FA decision). */
export const secondFactorPermissions: readonly Permission[] = ["identity.reveal"];
