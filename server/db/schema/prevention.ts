import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea } from "./cases.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { organizations } from "./organizations.ts";
import { regions, taskForces, workingGroups } from "./reference.ts";
import { users } from "./users.ts";

/**
 * Sekolah: the schools of the task force's area, so prevention can be planned and its reach
 * counted per school. Not every school is a member organisation; when it is, the link lets
 * its focal point be recognised as organiser.
 */
export const schools = pgTable(
  "schools",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    name: text("name").notNull(),
    level: text("level").notNull(), // shared/prevention.ts schoolLevels
    ownership: text("ownership").notNull(), // public | private
    // Nomor Pokok Sekolah Nasional (8 digits) where known; one school per NPSN in a task force.
    npsn: text("npsn"),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    address: text("address"),
    organizationId: uuid("organization_id").references(() => organizations.id),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("schools_npsn_key").on(t.taskForceId, t.npsn),
    index("schools_task_force_region_idx").on(t.taskForceId, t.regionCode, t.name),
    index("schools_region_code_idx").on(t.regionCode),
    index("schools_organization_idx").on(t.organizationId),
  ],
);

/**
 * Kegiatan pencegahan. Participant counts by sex and age band are stored as entered
 * (estimates); when an attendance list exists the counts are derived from it instead and the
 * entered ones are cleared, so the two can never disagree in the database.
 */
export const preventionActivities = pgTable(
  "prevention_activities",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    typeCode: text("type_code").notNull(),
    title: text("title").notNull(),
    status: text("status").notNull().default("planned"), // planned | held | cancelled
    cancelReason: text("cancel_reason"),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at"),
    placeKind: text("place_kind").notNull(), // kelurahan | school | rptra | online | other
    regionCode: text("region_code").references(() => regions.code),
    schoolId: uuid("school_id").references(() => schools.id),
    placeDetail: text("place_detail"),
    targetGroupCodes: text("target_group_codes").array().notNull().default(sql`'{}'::text[]`),
    organizerOrganizationId: uuid("organizer_organization_id")
      .notNull()
      .references(() => organizations.id),
    workingGroupId: uuid("working_group_id").references(() => workingGroups.id),
    notes: text("notes"),
    // Entered counts (null = not entered); see the table comment.
    femaleChildren: integer("female_children"),
    femaleAdults: integer("female_adults"),
    femaleOlder: integer("female_older"),
    maleChildren: integer("male_children"),
    maleAdults: integer("male_adults"),
    maleOlder: integer("male_older"),
    // Rows in activity_attendees, kept here so lists and coverage need not count them.
    attendeeCount: integer("attendee_count").notNull().default(0),
    createdById: uuid("created_by_id").references(() => users.id),
    updatedById: uuid("updated_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("prevention_activities_start_idx").on(t.taskForceId, t.startsAt, t.id),
    index("prevention_activities_status_start_idx").on(t.taskForceId, t.status, t.startsAt),
    index("prevention_activities_region_idx").on(t.regionCode, t.startsAt),
    index("prevention_activities_school_idx").on(t.schoolId, t.startsAt),
    index("prevention_activities_organizer_idx").on(t.organizerOrganizationId, t.startsAt),
    index("prevention_activities_working_group_idx").on(t.workingGroupId),
    index("prevention_activities_created_by_idx").on(t.createdById),
    index("prevention_activities_updated_by_idx").on(t.updatedById),
  ],
);

/** Partner organisations of an activity (the organiser is on the activity itself). */
export const activityPartners = pgTable(
  "activity_partners",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => preventionActivities.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ name: "activity_partners_pkey", columns: [t.activityId, t.organizationId] }),
    index("activity_partners_organization_idx").on(t.organizationId),
  ],
);

/**
 * Daftar hadir. Name and phone are personal data, encrypted per field and bound to the row;
 * `personKey` is a keyed blind index of the canonical name and sex, so the same person at
 * several activities is counted once in reach figures without the name being readable.
 */
export const activityAttendees = pgTable(
  "activity_attendees",
  {
    id: uuidPk(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => preventionActivities.id, { onDelete: "cascade" }),
    nameEnc: text("name_enc").notNull(),
    phoneEnc: text("phone_enc"),
    personKey: text("person_key").notNull(),
    affiliation: text("affiliation"), // organisation or school, as the attendee wrote it
    sex: text("sex").notNull(), // female | male
    ageBand: text("age_band").notNull(), // children | adults | older
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("activity_attendees_activity_idx").on(t.activityId, t.createdAt),
    index("activity_attendees_person_key_idx").on(t.personKey),
    index("activity_attendees_created_by_idx").on(t.createdById),
  ],
);

/** Materials and photos of an activity; name and content encrypted like case documents. */
export const activityFiles = pgTable(
  "activity_files",
  {
    id: uuidPk(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => preventionActivities.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(), // material | photo
    fileNameEnc: text("file_name_enc").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    contentEnc: bytea("content_enc").notNull(),
    uploadedById: uuid("uploaded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("activity_files_activity_idx").on(t.activityId, t.createdAt),
    index("activity_files_uploaded_by_idx").on(t.uploadedById),
  ],
);

/**
 * Population of a kelurahan in a year, to show reach per 1,000 residents. `source` says where
 * the figure comes from (e.g. "BPS 2024", or the demo's own made-up figures).
 */
export const regionPopulations = pgTable(
  "region_populations",
  {
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    year: integer("year").notNull(),
    population: integer("population").notNull(),
    source: text("source").notNull(),
    updatedById: uuid("updated_by_id").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "region_populations_pkey", columns: [t.taskForceId, t.regionCode, t.year] }),
    index("region_populations_region_idx").on(t.regionCode),
    index("region_populations_updated_by_idx").on(t.updatedById),
  ],
);
