import { date, doublePrecision, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { regions, taskForces } from "./reference.ts";
import { users } from "./users.ts";

/**
 * The task force's periodic report (semester, annual, or any period on demand): a snapshot of
 * the dashboard's figures for a period and area, the narrative the secretariat writes around
 * them, and the steps from building to final. A final report is frozen: its figures, text and
 * signatory no longer change, so the copy sent to the wali kota can always be printed again.
 */
export const periodicReports = pgTable(
  "periodic_reports",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    kind: text("kind").notNull(), // annual | semester | custom
    year: integer("year").notNull(), // the period's last year
    semester: integer("semester"), // 1 | 2 for a semester report, else null
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    // A kecamatan or kelurahan of the task force's area; null is the whole area.
    regionCode: text("region_code").references(() => regions.code),
    title: text("title").notNull(),
    status: text("status").notNull().default("building"), // building | draft | final | failed
    progress: doublePrecision("progress").notNull().default(0),
    progressStep: text("progress_step"), // shared/periodic-reports.ts buildSteps
    // Why the last build failed, as a message key; on a draft, a refresh that failed.
    errorKey: text("error_key"),
    // Section key → the secretariat's text; and the drafts the build wrote from the figures,
    // so a refresh can update the sections nobody has touched.
    narrative: jsonb("narrative").notNull().default({}),
    narrativeDrafts: jsonb("narrative_drafts").notNull().default({}),
    // The dashboard's answer for the period and area (shared/dashboard.ts), and the same
    // period a year earlier (totals only) for the comparison the narrative states.
    figures: jsonb("figures"),
    comparison: jsonb("comparison"),
    cutoff: ts("cutoff"),
    // Who signs, frozen when the report is finalised; a draft shows whoever holds the seat.
    signatory: jsonb("signatory"),
    // Raised by every change: an editor that saves from an older version is refused (409).
    version: integer("version").notNull().default(1),
    heartbeatAt: ts("heartbeat_at"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedById: uuid("updated_by_id").references(() => users.id),
    updatedAt: updatedAt(),
    finalisedById: uuid("finalised_by_id").references(() => users.id),
    finalisedAt: ts("finalised_at"),
  },
  (t) => [
    index("periodic_reports_task_force_created_idx").on(t.taskForceId, t.createdAt, t.id),
    index("periodic_reports_status_idx").on(t.status),
    index("periodic_reports_region_idx").on(t.regionCode),
    index("periodic_reports_created_by_idx").on(t.createdById),
    index("periodic_reports_updated_by_idx").on(t.updatedById),
    index("periodic_reports_finalised_by_idx").on(t.finalisedById),
  ],
);
