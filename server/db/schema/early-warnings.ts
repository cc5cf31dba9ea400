import { bigint, date, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./cases.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { complaints } from "./complaints.ts";
import { organizations } from "./organizations.ts";
import { regions, taskForces } from "./reference.ts";
import { users } from "./users.ts";

/**
 * Laporan kewaspadaan dini: a field reporter's account of something that may be trafficking in
 * the making. What was seen is encrypted like a complaint's story: the form says not to name
 * victims, but people do. It holds no field for anyone's identity.
 */
export const earlyWarnings = pgTable(
  "early_warnings",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    // KWD-7K3M-Q9XW: what a reporter quotes on the phone to the secretariat.
    code: text("code").notNull().unique(),
    kindCode: text("kind_code").notNull(),
    urgency: text("urgency").notNull(), // normal | urgent | emergency
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    placeDetail: text("place_detail"),
    // When it was seen, on the Jakarta calendar; the time only when the reporter knows it.
    observedOn: date("observed_on", { mode: "string" }).notNull(),
    observedTime: text("observed_time"), // HH:MM, WIB
    descriptionEnc: text("description_enc").notNull(),
    // new -> verified -> escalated -> closed, or closed from new/verified.
    status: text("status").notNull().default("new"),
    reportedById: uuid("reported_by_id")
      .notNull()
      .references(() => users.id),
    // The reporter's organisation when filed: its members follow the report with them.
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    verifiedAt: ts("verified_at"),
    escalatedAt: ts("escalated_at"),
    escalatedTo: text("escalated_to"), // complaint | police
    complaintId: uuid("complaint_id")
      .unique()
      .references(() => complaints.id),
    policeOrganizationId: uuid("police_organization_id").references(() => organizations.id),
    policeUnitName: text("police_unit_name"),
    closedAt: ts("closed_at"),
    closeReason: text("close_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("early_warnings_queue_idx").on(t.taskForceId, t.status, t.createdAt, t.id),
    index("early_warnings_observed_idx").on(t.taskForceId, t.observedOn),
    index("early_warnings_reported_by_idx").on(t.reportedById, t.createdAt),
    index("early_warnings_organization_idx").on(t.organizationId, t.createdAt),
    index("early_warnings_region_idx").on(t.regionCode),
    index("early_warnings_police_organization_idx").on(t.policeOrganizationId),
  ],
);

/**
 * The photo of a warning, kept apart so that lists never read it. Encrypted with the data key,
 * bound to the warning's row; only the type, size and SHA-256 of the plain bytes stay readable.
 */
export const earlyWarningPhotos = pgTable("early_warning_photos", {
  earlyWarningId: uuid("early_warning_id")
    .primaryKey()
    .references(() => earlyWarnings.id),
  mimeType: text("mime_type").notNull(),
  sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
  sha256: text("sha256").notNull(),
  contentEnc: bytea("content_enc").notNull(),
  createdAt: createdAt(),
});

/** Each status change of a warning, by whom and why: the timeline the reporter follows. */
export const earlyWarningEvents = pgTable(
  "early_warning_events",
  {
    id: uuidPk(),
    earlyWarningId: uuid("early_warning_id")
      .notNull()
      .references(() => earlyWarnings.id),
    status: text("status").notNull(),
    occurredAt: ts("occurred_at").notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    // escalatedTo, closeReason: codes only.
    data: jsonb("data").$type<{ escalatedTo?: string; closeReason?: string }>().notNull().default({}),
    note: text("note"),
  },
  (t) => [
    index("early_warning_events_warning_idx").on(t.earlyWarningId, t.occurredAt, t.id),
    index("early_warning_events_actor_idx").on(t.actorId),
  ],
);
