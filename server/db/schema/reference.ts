import { boolean, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt, uuidPk } from "./columns.ts";

/** Kemendagri regions; the key is the Kemendagri code (never the BPS code, kept apart). */
export const regions = pgTable(
  "regions",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    level: text("level").notNull(),
    parentCode: text("parent_code").references((): never => regions.code as never),
    bpsCode: text("bps_code"),
  },
  (t) => [index("regions_parent_code_idx").on(t.parentCode, t.name), index("regions_name_idx").on(t.name)],
);

export const taskForces = pgTable(
  "task_forces",
  {
    id: uuidPk(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    createdAt: createdAt(),
  },
  (t) => [index("task_forces_region_code_idx").on(t.regionCode)],
);

/** Sub gugus tugas; versioned by action plan, since the RAN changes every five years. */
export const workingGroups = pgTable(
  "working_groups",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    planVersion: text("plan_version").notNull(),
    number: integer("number").notNull(),
    code: text("code").notNull(),
    nameId: text("name_id").notNull(),
    nameEn: text("name_en").notNull(),
  },
  (t) => [unique("working_groups_plan_number_key").on(t.taskForceId, t.planVersion, t.number)],
);

export const vocabularyTerms = pgTable(
  "vocabulary_terms",
  {
    kind: text("kind").notNull(),
    code: text("code").notNull(),
    labelId: text("label_id").notNull(),
    labelEn: text("label_en").notNull(),
    htcds: text("htcds"),
    sortOrder: integer("sort_order").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: "vocabulary_terms_pkey", columns: [t.kind, t.code] })],
);

/** Small key/value settings of the deployment (e.g. the hashed one-time setup token). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: updatedAt(),
});
