/** Every kind of audit event, with what it records. The list is closed: add here first. */
export const auditEventNames = [
  "auth.signed_in", // a session was opened (data: via, secondFactor)
  "auth.sign_in_failed", // wrong email, password or code (data: reason, email tried)
  "auth.account_locked", // too many failures locked the account until data.until
  "auth.signed_out", // the user closed their session
  "auth.password_changed", // the user changed their password; all their sessions were revoked
  "auth.second_factor_enabled", // TOTP two-factor turned on
  "auth.second_factor_disabled", // TOTP two-factor turned off
  "auth.recovery_code_used", // a one-time recovery code replaced the TOTP code at sign-in
  "auth.api_token_created", // a personal API token was issued (data: name, prefix)
  "auth.api_token_revoked", // a personal API token was revoked
  "access.denied", // a request was refused: a missing permission, or a record outside the caller's reach
  "identity.viewed", // a victim's identity fields were revealed to the actor
  "setup.completed", // the first administrator was created through the one-time setup link
  "user.created",
  "user.updated", // data: the fields changed, old and new values (never a password)
  "user.deactivated",
  "user.activated",
  "user.password_reset", // an administrator set a new password; the user's sessions were revoked
  "user.unlocked", // an administrator lifted a sign-in lock
  "organization.created",
  "organization.updated",
  "organization.deactivated",
  "organization.activated",
  "vocabulary.term_created",
  "vocabulary.term_updated",
  "regions.imported", // a national region list was loaded (data: file hash, rows)
  "keys.rotated", // a new data key became active; data: re-encrypted value counts
  "backup.restored", // the database was restored from a backup file (data: file hash)
  "demo.seeded", // the demo data set was generated (data: scale)
  "complaint.received", // a complaint came in through the public form (data: channel)
  "complaint.recorded", // staff recorded a complaint (data: channel)
  "complaint.updated",
  "complaint.triaged", // data: outcome, caseId
  "case.opened", // data: number
  "case.updated", // data: the fields changed (codes only, never identity)
  "case.closure_requested",
  "case.closure_rejected", // data: reason
  "case.closed", // a coordinator approved the closure
  "case.reopened", // data: reason
  "case.note_added",
  "person.added", // a person joined a case in a role (data: code, role)
  "person.updated", // demographics or identity changed (data: field names only)
  "person.removed", // a person's role in a case was withdrawn (data: code, role)
  "person.merged", // two person records became one (data: survivor and merged codes)
  "person.merge_undone",
  "duplicates.searched", // identity was matched against existing people (data: matches found)
  "consent.recorded",
  "consent.withdrawn",
  "assessment.recorded",
  "referral.sent", // data: to organisation, services, shared fields, consent or override
  "referral.consent_overridden", // a coordinator sent a referral without recorded consent (data: reason)
  "referral.accepted",
  "referral.declined", // data: reason
  "referral.completed",
  "referral.cancelled",
  "service.recorded",
  "service.updated",
  "legal.recorded",
  "legal.updated", // data: stage changes and fields
  "restitution.updated",
  "attachment.uploaded", // data: type, size, SHA-256 (never the file name)
  "attachment.downloaded", // an attachment's content was read (it may identify the victim)
  "cases.exported", // victims of the visible cases were exported as CSV (data: filters, rows)
] as const;

export type AuditEventName = (typeof auditEventNames)[number];

/** One event as a use case reports it; the writer adds sequence, time and hash. */
export type AuditEntry = {
  event: AuditEventName;
  taskForceId?: string | null;
  recordType?: string | null;
  recordId?: string | null;
  data?: Record<string, unknown>;
  /** Where the request came from, when there is no signed-in actor to carry it. */
  ip?: string | null;
};
