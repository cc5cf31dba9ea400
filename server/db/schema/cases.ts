import { sql } from "drizzle-orm";
import {
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { imports } from "./imports.ts";
import { organizations } from "./organizations.ts";
import { regions, taskForces } from "./reference.ts";
import { users } from "./users.ts";

/** Raw bytes (encrypted attachment content). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Kasus: one trafficking case of the task force, from opening to closure. */
export const cases = pgTable(
  "cases",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    // TPPO-<kota code>-<year>-<seq>, e.g. TPPO-3171-2026-0042; unique per deployment.
    number: text("number").notNull().unique(),
    year: integer("year").notNull(),
    seq: integer("seq").notNull(),
    title: text("title").notNull(),
    status: text("status").notNull().default("open"), // open | in_service | closed
    leadOrganizationId: uuid("lead_organization_id")
      .notNull()
      .references(() => organizations.id),
    caseManagerId: uuid("case_manager_id").references(() => users.id),
    identifiedOn: date("identified_on", { mode: "string" }).notNull(),
    // "year" when only the year is known (imported historical records): identified_on is then
    // 1 January of that year, a stand-in that must not be read or shown as a day.
    identifiedOnPrecision: text("identified_on_precision").notNull().default("day"), // day | year
    identifiedRegionCode: text("identified_region_code").references(() => regions.code),
    identifiedCountryCode: text("identified_country_code"),
    exploitationForms: text("exploitation_forms").array().notNull().default(sql`'{}'::text[]`),
    means: text("means").array().notNull().default(sql`'{}'::text[]`),
    acts: text("acts").array().notNull().default(sql`'{}'::text[]`),
    recruitmentMethod: text("recruitment_method"),
    recruiterRelation: text("recruiter_relation"),
    recruitmentPlatform: text("recruitment_platform"),
    riskLevel: text("risk_level").notNull().default("medium"),
    summary: text("summary"),
    // Closure: asked by the case manager with a checklist, approved by a coordinator.
    closureRequestedAt: ts("closure_requested_at"),
    closureRequestedById: uuid("closure_requested_by_id").references(() => users.id),
    closureReason: text("closure_reason"),
    closureChecklist: jsonb("closure_checklist"),
    closedAt: ts("closed_at"),
    closedById: uuid("closed_by_id").references(() => users.id),
    createdById: uuid("created_by_id").references(() => users.id),
    // A case created by a bulk import: the import and the row of its file it came from.
    importId: uuid("import_id").references(() => imports.id),
    importRow: integer("import_row"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("cases_task_force_year_seq_key").on(t.taskForceId, t.year, t.seq),
    index("cases_list_idx").on(t.taskForceId, t.identifiedOn, t.id),
    index("cases_status_idx").on(t.taskForceId, t.status, t.identifiedOn),
    index("cases_lead_org_idx").on(t.leadOrganizationId, t.identifiedOn),
    index("cases_case_manager_idx").on(t.caseManagerId),
    index("cases_identified_region_idx").on(t.identifiedRegionCode),
    index("cases_forms_idx").using("gin", t.exploitationForms),
    index("cases_closure_requested_by_idx").on(t.closureRequestedById),
    index("cases_closed_by_idx").on(t.closedById),
    index("cases_created_by_idx").on(t.createdById),
    index("cases_import_idx").on(t.importId, t.importRow),
  ],
);

/** The last case sequence number given out per task force and year. */
export const caseCounters = pgTable(
  "case_counters",
  {
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    year: integer("year").notNull(),
    lastSeq: integer("last_seq").notNull(),
  },
  (t) => [primaryKey({ name: "case_counters_pkey", columns: [t.taskForceId, t.year] })],
);

/** The route of a case: ordered points, each a Kemendagri region or a country (ISO 3166). */
export const caseRoutePoints = pgTable(
  "case_route_points",
  {
    id: uuidPk(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    position: integer("position").notNull(),
    kind: text("kind").notNull(), // origin | transit | destination | exploitation
    regionCode: text("region_code").references(() => regions.code),
    countryCode: text("country_code"),
    placeTypeCode: text("place_type_code"),
    description: text("description"),
  },
  (t) => [
    unique("case_route_points_position_key").on(t.caseId, t.position),
    index("case_route_points_region_idx").on(t.regionCode),
  ],
);

/**
 * The timeline: everything that happened to a case, in order. Written in the same transaction
 * as the change; `data` holds codes and pseudonymous codes, never identity.
 */
export const caseEvents = pgTable(
  "case_events",
  {
    id: uuidPk(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    occurredAt: ts("occurred_at").notNull().defaultNow(),
    kind: text("kind").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    data: jsonb("data").notNull().default({}),
    note: text("note"),
  },
  (t) => [
    index("case_events_case_idx").on(t.caseId, t.occurredAt, t.id),
    index("case_events_actor_idx").on(t.actorId),
  ],
);
