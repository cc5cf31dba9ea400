import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea } from "./cases.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { mailOutbox } from "./mail.ts";
import { organizations } from "./organizations.ts";
import { taskForces, workingGroups } from "./reference.ts";
import { users } from "./users.ts";

/**
 * The legal basis of the task force: a decree (e.g. Keputusan Wali Kota) with its number, date
 * and period. Memberships hang off the decree they were made under; a new decree can carry the
 * current members over.
 */
export const taskForceDecrees = pgTable(
  "task_force_decrees",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    number: text("number").notNull(),
    title: text("title").notNull(),
    issuedBy: text("issued_by").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    // The period the decree covers; periodEnd null = until replaced.
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }),
    notes: text("notes"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("task_force_decrees_task_force_idx").on(t.taskForceId, t.periodStart),
    index("task_force_decrees_created_by_idx").on(t.createdById),
  ],
);

/**
 * A seat in the task force: an organisation, its representative (staff contact data, not victim
 * data, so kept readable and searchable) and the position. Rows are never deleted: a change of
 * person, position or working groups closes the row (valid_to, exclusive: the first day it no
 * longer holds) and opens a new one, so the structure of any past day can be shown.
 */
export const taskForceMemberships = pgTable(
  "task_force_memberships",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    decreeId: uuid("decree_id").references(() => taskForceDecrees.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    positionCode: text("position_code").notNull(), // shared/coordination.ts memberPositions
    personName: text("person_name"),
    personTitle: text("person_title"), // jabatan, e.g. "Asisten Perekonomian dan Pembangunan"
    phone: text("phone"),
    email: text("email"),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    // The row this one replaced (a change of person or position), for the history view.
    previousId: uuid("previous_id").references((): never => taskForceMemberships.id as never),
    endReason: text("end_reason"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("task_force_memberships_current_idx").on(t.taskForceId, t.validTo, t.positionCode),
    index("task_force_memberships_decree_idx").on(t.decreeId),
    index("task_force_memberships_organization_idx").on(t.organizationId, t.validFrom),
    index("task_force_memberships_previous_idx").on(t.previousId),
    index("task_force_memberships_created_by_idx").on(t.createdById),
  ],
);

/** The working groups (sub gugus tugas) a seat belongs to; fixed for the life of the row. */
export const taskForceMembershipWorkingGroups = pgTable(
  "task_force_membership_working_groups",
  {
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => taskForceMemberships.id),
    workingGroupId: uuid("working_group_id")
      .notNull()
      .references(() => workingGroups.id),
  },
  (t) => [
    primaryKey({
      name: "task_force_membership_working_groups_pkey",
      columns: [t.membershipId, t.workingGroupId],
    }),
    index("task_force_membership_working_groups_group_idx").on(t.workingGroupId),
  ],
);

/**
 * The services an organisation offers (service_type vocabulary): the member directory and the
 * referral directory both read this.
 */
export const organizationServices = pgTable(
  "organization_services",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    serviceCode: text("service_code").notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "organization_services_pkey", columns: [t.organizationId, t.serviceCode] }),
    index("organization_services_code_idx").on(t.serviceCode),
  ],
);

/** A series of meetings held under one heading (e.g. three sessions to strengthen the task force). */
export const meetingSeries = pgTable(
  "meeting_series",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    title: text("title").notNull(),
    description: text("description"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("meeting_series_task_force_idx").on(t.taskForceId, t.title),
    index("meeting_series_created_by_idx").on(t.createdById),
  ],
);

/** Rapat koordinasi. Times are instants (timestamptz), shown in WIB. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    seriesId: uuid("series_id").references(() => meetingSeries.id),
    title: text("title").notNull(),
    purpose: text("purpose"),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at").notNull(),
    place: text("place"),
    onlineUrl: text("online_url"),
    chairName: text("chair_name"),
    chairTitle: text("chair_title"),
    status: text("status").notNull().default("planned"), // planned | held | cancelled
    cancelReason: text("cancel_reason"),
    // iCalendar SEQUENCE: raised on every change invitees must hear about (time, place, cancel).
    icsSequence: integer("ics_sequence").notNull().default(0),
    // The invitation letter (surat undangan): Nomor, Sifat, Lampiran and who signs it.
    letterNumber: text("letter_number"),
    letterDate: date("letter_date", { mode: "string" }),
    letterNature: text("letter_nature"),
    letterAttachment: text("letter_attachment"),
    signerName: text("signer_name"),
    signerTitle: text("signer_title"),
    signerNip: text("signer_nip"),
    // Notulen: the general part; discussion per agenda item is on the agenda items.
    minutesNotes: text("minutes_notes"),
    minutesTakerName: text("minutes_taker_name"),
    minutesUpdatedAt: ts("minutes_updated_at"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("meetings_task_force_starts_idx").on(t.taskForceId, t.startsAt, t.id),
    index("meetings_series_idx").on(t.seriesId, t.startsAt),
    index("meetings_created_by_idx").on(t.createdById),
  ],
);

/** Agenda items in order; the minutes' discussion of each item sits on the item. */
export const meetingAgendaItems = pgTable(
  "meeting_agenda_items",
  {
    id: uuidPk(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    presenter: text("presenter"),
    durationMinutes: integer("duration_minutes"),
    discussion: text("discussion"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("meeting_agenda_items_meeting_idx").on(t.meetingId, t.position)],
);

/** Keputusan rapat, numbered per meeting (1, 2, ...). */
export const meetingDecisions = pgTable(
  "meeting_decisions",
  {
    id: uuidPk(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    number: integer("number").notNull(),
    agendaItemId: uuid("agenda_item_id").references(() => meetingAgendaItems.id),
    text: text("text").notNull(),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("meeting_decisions_number_key").on(t.meetingId, t.number),
    index("meeting_decisions_agenda_item_idx").on(t.agendaItemId),
    index("meeting_decisions_created_by_idx").on(t.createdById),
  ],
);

/**
 * Who is invited: a member organisation, a user, or an outside person by name and email. The
 * address the invitation went to is kept as sent; lastMailId shows whether it left the outbox.
 */
export const meetingInvitations = pgTable(
  "meeting_invitations",
  {
    id: uuidPk(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    kind: text("kind").notNull(), // organization | user | external
    organizationId: uuid("organization_id").references(() => organizations.id),
    userId: uuid("user_id").references(() => users.id),
    name: text("name"),
    personTitle: text("person_title"),
    email: text("email"),
    // The iCalendar SEQUENCE of the last invitation queued to this invitee (null: not sent yet).
    sentSequence: integer("sent_sequence"),
    lastMailId: uuid("last_mail_id").references(() => mailOutbox.id),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    // Withdrawn invitations stay (the cancellation mail refers to them) but leave every list.
    withdrawnAt: ts("withdrawn_at"),
  },
  (t) => [
    uniqueIndex("meeting_invitations_organization_key")
      .on(t.meetingId, t.organizationId)
      .where(sql`${t.organizationId} is not null and ${t.kind} = 'organization'`),
    uniqueIndex("meeting_invitations_user_key").on(t.meetingId, t.userId).where(sql`${t.userId} is not null`),
    uniqueIndex("meeting_invitations_external_key")
      .on(t.meetingId, sql`lower(${t.email})`)
      .where(sql`${t.kind} = 'external'`),
    // The partial unique indexes above each cover one kind; every list of a meeting reads all kinds.
    index("meeting_invitations_meeting_idx").on(t.meetingId, t.createdAt),
    index("meeting_invitations_organization_idx").on(t.organizationId),
    index("meeting_invitations_user_idx").on(t.userId),
    index("meeting_invitations_last_mail_idx").on(t.lastMailId),
    index("meeting_invitations_created_by_idx").on(t.createdById),
  ],
);

/**
 * Daftar hadir. One row per person who came: for an invitation (one tap at the door) or a
 * walk-in. The organisation is a member organisation where known, otherwise its typed name.
 */
export const meetingAttendance = pgTable(
  "meeting_attendance",
  {
    id: uuidPk(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    invitationId: uuid("invitation_id").references(() => meetingInvitations.id),
    name: text("name").notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id),
    organizationName: text("organization_name"),
    personTitle: text("person_title"),
    phone: text("phone"),
    walkIn: boolean("walk_in").notNull().default(false),
    checkedInAt: ts("checked_in_at").notNull(),
    recordedById: uuid("recorded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    // Unique among invitations; walk-ins (null) do not collide, as nulls are distinct.
    uniqueIndex("meeting_attendance_invitation_key").on(t.invitationId),
    index("meeting_attendance_meeting_idx").on(t.meetingId, t.checkedInAt),
    index("meeting_attendance_organization_idx").on(t.organizationId, t.meetingId),
    index("meeting_attendance_recorded_by_idx").on(t.recordedById),
  ],
);

/** Documents of a meeting (materials, signed letter, minutes); encrypted like case documents. */
export const meetingDocuments = pgTable(
  "meeting_documents",
  {
    id: uuidPk(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    fileNameEnc: text("file_name_enc").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    contentEnc: bytea("content_enc").notNull(),
    category: text("category").notNull().default("other"),
    uploadedById: uuid("uploaded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("meeting_documents_meeting_idx").on(t.meetingId, t.createdAt),
    index("meeting_documents_uploaded_by_idx").on(t.uploadedById),
  ],
);

/**
 * The personal calendar feed: a secret URL a calendar app polls. Looked up by the token's
 * SHA-256; the token itself is kept encrypted so the account page can show the link again.
 */
export const calendarFeedTokens = pgTable(
  "calendar_feed_tokens",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    tokenEnc: text("token_enc").notNull(),
    createdAt: createdAt(),
    lastUsedAt: ts("last_used_at"),
  },
  (t) => [uniqueIndex("calendar_feed_tokens_hash_key").on(t.tokenHash)],
);
