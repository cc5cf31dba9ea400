import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases.ts";
import { ts } from "./columns.ts";

/**
 * The statistics engine's facts: one row per victim of a case (a person with role victim in
 * case_people), plus one row for each case that has no victim recorded, with every dimension
 * already worked out. Derived data, rebuilt from the records at any time
 * (server/modules/statistics/statistics-facts.ts); no one writes it by hand.
 */
export const statisticsFacts = pgTable(
  "statistics_facts",
  {
    // The case_people row of the victim; the case's own id for a case without a victim.
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    taskForceId: uuid("task_force_id").notNull(),
    isVictim: boolean("is_victim").notNull(),
    // Exactly one row of each case stands for it, so cases are counted without DISTINCT.
    isCaseRow: boolean("is_case_row").notNull(),
    identifiedOn: date("identified_on", { mode: "string" }).notNull(),
    // Only the year of identification is known (imported historical records).
    yearOnly: boolean("year_only").notNull().default(false),
    year: integer("year").notNull(),
    identifiedRegionCode: text("identified_region_code"),
    // Unknown values are null, never a code: they are the null rows of the API.
    sex: text("sex"),
    ageGroup: text("age_group"),
    childStatus: text("child_status"),
    nationality: text("nationality"),
    originRegion: text("origin_region"),
    legalStage: text("legal_stage"),
    exploitationTypes: text("exploitation_types").array().notNull().default(sql`'{}'::text[]`),
    destinationCountries: text("destination_countries").array().notNull().default(sql`'{}'::text[]`),
    // On the case's row only: each distinct "sex|childStatus" among its victims, what public
    // figures about cases tell apart.
    victimSexChild: text("victim_sex_child").array(),
    // A case counts once under each value its victims take: bit n is set when this row is the
    // first of its case with its values in the n-th subset of the victims' dimensions (see
    // statistics-facts.ts), so cases are counted as rows, without DISTINCT, however grouped.
    firstOf: bigint("first_of", { mode: "number" }).notNull().default(0),
    // The format of the import the case came from, for the figure's source; null when entered here.
    importFormat: text("import_format"),
  },
  (t) => [
    index("statistics_facts_task_force_year_idx").on(t.taskForceId, t.year),
    index("statistics_facts_case_idx").on(t.caseId),
    // Most task forces import nothing: this finds at once whether a figure needs an import named.
    index("statistics_facts_imported_idx")
      .on(t.taskForceId, t.importFormat)
      .where(sql`${t.importFormat} IS NOT NULL`),
  ],
);

/**
 * Cases changed since their facts were computed. Every change of a case marks it in the change's
 * own transaction; the next statistics read recomputes the marked cases before it counts.
 */
export const statisticsStaleCases = pgTable("statistics_stale_cases", {
  caseId: uuid("case_id")
    .primaryKey()
    .references(() => cases.id, { onDelete: "cascade" }),
  markedAt: ts("marked_at").notNull().defaultNow(),
});
