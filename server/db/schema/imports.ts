import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, ts, uuidPk } from "./columns.ts";
import { organizations } from "./organizations.ts";
import { taskForces } from "./reference.ts";
import { users } from "./users.ts";

/**
 * One bulk import of victims from a file (the project's own template, or the CTDC k-anonymised
 * dataset): the job, its progress and its outcome. The file itself is not kept: its SHA-256
 * recognises it when it comes again, and every record it created points back here.
 */
export const imports = pgTable(
  "imports",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    format: text("format").notNull(), // gugus-template | ctdc-k-anon-2021
    fileName: text("file_name").notNull(),
    fileSize: integer("file_size").notNull(),
    contentHash: text("content_hash").notNull(), // SHA-256 of the file's bytes, hex
    dryRun: boolean("dry_run").notNull(),
    allOrNothing: boolean("all_or_nothing").notNull().default(true),
    status: text("status").notNull().default("queued"), // queued | running | done | failed
    progress: doublePrecision("progress").notNull().default(0),
    rowsRead: integer("rows_read").notNull().default(0),
    // Rows without a problem: created when the import is applied, "would be created" in a dry run.
    valid: integer("valid").notNull().default(0),
    created: integer("created").notNull().default(0),
    casesCreated: integer("cases_created").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    // What the rows hold (or would create): counts by year, sex, child status, form, country.
    summary: jsonb("summary"),
    // Why a job failed, as a message key of the imports catalogue and its parameters.
    failureKey: text("failure_key"),
    failureParams: jsonb("failure_params"),
    duplicateOfId: uuid("duplicate_of_id").references((): never => imports.id as never),
    // True once the records are committed; at most one applied import per file and task force.
    applied: boolean("applied").notNull().default(false),
    leadOrganizationId: uuid("lead_organization_id")
      .notNull()
      .references(() => organizations.id),
    requestedById: uuid("requested_by_id").references(() => users.id),
    requestedByLabel: text("requested_by_label").notNull(),
    heartbeatAt: ts("heartbeat_at"),
    createdAt: createdAt(),
    startedAt: ts("started_at"),
    finishedAt: ts("finished_at"),
  },
  (t) => [
    index("imports_task_force_created_idx").on(t.taskForceId, t.createdAt, t.id),
    // Security: the same file applied twice would double every victim in the statistics.
    uniqueIndex("imports_applied_file_key").on(t.taskForceId, t.contentHash).where(sql`${t.applied}`),
    index("imports_content_hash_idx").on(t.contentHash),
    index("imports_status_idx").on(t.status),
    index("imports_duplicate_of_idx").on(t.duplicateOfId),
    index("imports_lead_organization_idx").on(t.leadOrganizationId),
    index("imports_requested_by_idx").on(t.requestedById),
  ],
);

/** Each problem found in a row of an import: the row, the column and a message key. */
export const importErrors = pgTable(
  "import_errors",
  {
    id: uuidPk(),
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id),
    // The order problems are listed in: by row, then as the row's columns were checked.
    position: integer("position").notNull(),
    row: integer("row").notNull(),
    field: text("field").notNull(),
    key: text("key").notNull(),
    params: jsonb("params").notNull().default({}),
  },
  (t) => [index("import_errors_import_position_idx").on(t.importId, t.position)],
);
