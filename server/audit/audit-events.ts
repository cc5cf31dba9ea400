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
  "cases.imported", // a file's victims became closed historical cases (data: import, format, file hash, counts)
  "data.exported", // victims of the task force left in an exchange layout (data: format, file type, period, region, rows, identity, encrypted; never the password)
  "early_warning.filed", // a field reporter filed an early warning (data: kind, urgency, region, photo)
  "early_warning.verified", // the secretariat confirmed the warning deserves follow-up
  "early_warning.escalated", // data: to (complaint | police), complaintId or the police unit
  "early_warning.closed", // data: reason, from
  "early_warning.photo_viewed", // a warning's photo was read (it may show a person)
  "structure.decree_recorded", // a decree (legal basis) of the task force (data: number, period, members carried over)
  "structure.decree_updated", // data: the fields changed, old and new values
  "structure.member_added", // a seat in the task force (data: organisation, position, working groups)
  "structure.member_corrected", // contact details fixed in place (data: old and new values)
  "structure.member_changed", // a seat closed and its successor opened (data: from/to position, effective date)
  "structure.member_ended", // data: ended on, reason
  "directory.services_updated", // the services an organisation offers (data: old and new codes)
  "meeting.created", // data: title, start, series, invitees
  "meeting.updated", // data: the fields changed, old and new values; sequence when invitees must hear
  "meeting.cancelled", // data: reason, cancellations queued
  "meeting.invitees_added", // data: organisations, users, external addresses
  "meeting.invitation_withdrawn", // data: invitee
  "meeting.invitations_sent", // invitation mails queued (data: how many, sequence)
  "meeting.invitation_resent", // data: invitation, mail
  "meeting.agenda_updated", // data: item count
  "meeting.minutes_updated", // data: agenda items touched
  "meeting.decision_recorded", // data: number
  "meeting.decision_updated",
  "meeting.decision_removed", // data: number, renumbered
  "meeting.checked_in", // one person at the door (data: invitation or walk-in, organisation)
  "meeting.check_in_removed",
  "meeting.document_uploaded", // data: category, type, size, SHA-256 (never the name)
  "meeting.document_downloaded",
  "meeting_series.created",
  "calendar_feed.issued", // a personal calendar feed link was made (an older one stops working)
  "calendar_feed.revoked",
  "action_item.created", // data: owner organisation and person, due date, meeting, decision, programme
  "action_item.edited", // the secretariat changed it (data: the fields changed, old and new values)
  "action_item.reported", // the owner reported (data: status from/to, note given, attachments' type, size, SHA-256)
  "action_item.attachment_downloaded", // a report's file was read
  "meeting.action_items_pulled", // open items of an earlier meeting added to the agenda (data: from meeting, items)
  "work_plan.created", // data: year, copied from year, programmes and indicators copied
  "work_plan.updated", // data: the fields changed
  "work_plan.programme_added", // data: working group, title
  "work_plan.programme_updated", // data: the fields changed
  "work_plan.programme_removed",
  "work_plan.indicator_added", // data: programme, metric, target, direction
  "work_plan.indicator_updated", // data: the fields changed, old and new values
  "work_plan.indicator_removed",
  "work_plan.actual_recorded", // data: indicator, value, date
  "work_plan.actual_removed", // data: indicator, value, date
  "knowledge_test.created", // an activity got a knowledge test (data: activityId, question count)
  "knowledge_test.updated", // data: activityId, questions replaced, open phase from/to
  "knowledge_test.deleted", // the test and its answers were removed (data: activityId, answer counts)
  "knowledge_test.answered", // a participant sent pre or post answers through the public link (data: phase)
  "prevention.activities_exported", // the activity list left the system as a file (data: format, filters, rows)
  "prevention.attendance_exported", // an attendance list with names left the system (data: format, rows)
  "prevention.report_generated", // an activity report PDF was made (data: language, photos)
  "prevention.activity_created", // data: type, status, kelurahan
  "prevention.activity_updated", // data: the fields changed (names only), status from/to
  "prevention.attendee_added", // one person joined an attendance list (data: attendeeId; countsReplaced when the list replaced entered counts)
  "prevention.attendee_removed", // data: attendeeId
  "prevention.attendees_imported", // an attendance list was read from a spreadsheet (data: rows read, created, rejected, file hash)
  "prevention.file_uploaded", // a material or photo (data: kind, type, size, SHA-256; never the name)
  "prevention.file_downloaded", // a material or photo was read (a photo may show participants)
  "prevention.file_deleted",
  "prevention.population_updated", // kelurahan population figures for a year (data: year, source, how many)
  "school.created",
  "school.updated", // data: the fields changed
  "portal.entry_created", // a page or news post was started (data: kind, slug)
  "portal.entry_saved", // a new version was saved (data: version, slug change, restoredFrom)
  "portal.entry_submitted", // the working copy was sent for review (data: version)
  "portal.entry_returned", // a publisher sent it back to draft (data: version, note)
  "portal.entry_published", // data: version, publishAt, scheduled
  "portal.entry_withdrawn", // taken off the public site (data: version that was live)
  "portal.media_uploaded", // an image for pages and news (data: type, size, SHA-256, resized)
  "portal.material_created", // data: title, type, size, SHA-256
  "portal.material_updated", // data: the fields changed, old and new values
  "portal.menu_updated", // data: the menu before and after
  "portal.contact_created", // a hotline or complaint post (data: kind, name)
  "portal.contact_updated", // data: the fields changed, old and new values
  "portal.contact_deleted", // data: kind, name
  "periodic_report.created", // a periodic report was started (data: kind, period, region)
  "periodic_report.refreshed", // a draft's figures were computed again on request (data: version, previous cut-off)
  "periodic_report.narrative_saved", // data: sections changed, title from/to, version
  "periodic_report.finalised", // figures and text frozen; leadership may read it (data: version, sections left empty)
  "periodic_report.deleted", // a draft or a failed build was removed (data: kind, period, region, status)
  "periodic_report.downloaded", // the report left the system as a file (data: format, language, status, version)
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
