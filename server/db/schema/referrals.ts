import { sql } from "drizzle-orm";
import { date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { organizations } from "./organizations.ts";
import { casePeople, consents } from "./people.ts";
import { taskForces } from "./reference.ts";
import { users } from "./users.ts";

/**
 * Rujukan: a request from one organisation to another to serve one person. The receiving
 * organisation sees the person only through `sharedFields`, and only while the referral is
 * sent or accepted.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    casePersonId: uuid("case_person_id")
      .notNull()
      .references(() => casePeople.id),
    fromOrganizationId: uuid("from_organization_id")
      .notNull()
      .references(() => organizations.id),
    toOrganizationId: uuid("to_organization_id")
      .notNull()
      .references(() => organizations.id),
    serviceTypes: text("service_types").array().notNull(),
    sharedFields: text("shared_fields").array().notNull().default(sql`'{}'::text[]`),
    message: text("message"),
    status: text("status").notNull().default("sent"), // sent | accepted | declined | completed | cancelled
    consentId: uuid("consent_id").references(() => consents.id),
    consentOverrideReason: text("consent_override_reason"),
    dueAt: ts("due_at").notNull(),
    respondedAt: ts("responded_at"),
    respondedById: uuid("responded_by_id").references(() => users.id),
    declineReason: text("decline_reason"),
    completedAt: ts("completed_at"),
    completionNote: text("completion_note"),
    sentById: uuid("sent_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("referrals_inbox_idx").on(t.toOrganizationId, t.status, t.dueAt),
    index("referrals_outbox_idx").on(t.fromOrganizationId, t.status, t.dueAt),
    index("referrals_case_idx").on(t.caseId, t.createdAt),
    index("referrals_case_person_idx").on(t.casePersonId),
    index("referrals_task_force_idx").on(t.taskForceId, t.status, t.dueAt),
    index("referrals_consent_idx").on(t.consentId),
    index("referrals_responded_by_idx").on(t.respondedById),
    index("referrals_sent_by_idx").on(t.sentById),
  ],
);

/** Layanan: one service to one victim; how "rights fulfilled" is measured. */
export const services = pgTable(
  "services",
  {
    id: uuidPk(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    casePersonId: uuid("case_person_id")
      .notNull()
      .references(() => casePeople.id),
    serviceTypeCode: text("service_type_code").notNull(),
    providerOrganizationId: uuid("provider_organization_id")
      .notNull()
      .references(() => organizations.id),
    referralId: uuid("referral_id").references(() => referrals.id),
    // planned | in_progress | delivered | declined_by_victim | not_available
    status: text("status").notNull().default("planned"),
    startedOn: date("started_on", { mode: "string" }),
    endedOn: date("ended_on", { mode: "string" }),
    outcome: text("outcome"),
    recordedById: uuid("recorded_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("services_case_idx").on(t.caseId, t.createdAt),
    index("services_case_person_idx").on(t.casePersonId),
    index("services_provider_idx").on(t.providerOrganizationId),
    index("services_type_status_idx").on(t.serviceTypeCode, t.status),
    index("services_referral_idx").on(t.referralId),
    index("services_recorded_by_idx").on(t.recordedById),
  ],
);
