import { boolean, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { organizations } from "./organizations.ts";
import { regions, taskForces } from "./reference.ts";
import { users } from "./users.ts";

/**
 * Pengaduan: a report of possible trafficking, from staff or the public form. The reporter's
 * name and contact and the story are encrypted: a story names the victim more often than not.
 */
export const complaints = pgTable(
  "complaints",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    // Security: the public follows a complaint by this code only; 40 random bits, rate-limited.
    trackingCode: text("tracking_code").notNull().unique(),
    source: text("source").notNull(), // staff | public
    channelCode: text("channel_code").notNull(),
    receivedAt: ts("received_at").notNull(),
    reporterAnonymous: boolean("reporter_anonymous").notNull().default(false),
    reporterNameEnc: text("reporter_name_enc"),
    reporterContactEnc: text("reporter_contact_enc"),
    reporterRelation: text("reporter_relation"),
    storyEnc: text("story_enc").notNull(),
    placeRegionCode: text("place_region_code").references(() => regions.code),
    placeCountryCode: text("place_country_code"),
    placeDetail: text("place_detail"),
    // received -> under_review -> triaged; the public sees received / under review / handled.
    status: text("status").notNull().default("received"),
    triageOutcome: text("triage_outcome"), // not_tppo | referred_elsewhere | case_opened | case_attached
    triageReason: text("triage_reason"),
    referredToOrganizationId: uuid("referred_to_organization_id").references(() => organizations.id),
    referredToName: text("referred_to_name"),
    triagedById: uuid("triaged_by_id").references(() => users.id),
    triagedAt: ts("triaged_at"),
    caseId: uuid("case_id").references(() => cases.id),
    recordedById: uuid("recorded_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("complaints_queue_idx").on(t.taskForceId, t.status, t.receivedAt, t.id),
    index("complaints_received_idx").on(t.taskForceId, t.receivedAt, t.id),
    index("complaints_place_region_idx").on(t.placeRegionCode),
    index("complaints_referred_to_idx").on(t.referredToOrganizationId),
    index("complaints_triaged_by_idx").on(t.triagedById),
    index("complaints_case_id_idx").on(t.caseId),
    index("complaints_recorded_by_idx").on(t.recordedById),
  ],
);

/**
 * One-use proof-of-work challenges of the public form. A challenge is spent when a complaint
 * uses it, so one solved puzzle can never post twice.
 */
export const publicChallenges = pgTable("public_challenges", {
  id: text("id").primaryKey(),
  expiresAt: ts("expires_at").notNull(),
  spentAt: ts("spent_at"),
});
