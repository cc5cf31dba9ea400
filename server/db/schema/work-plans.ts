import { date, index, integer, numeric, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt, uuidPk } from "./columns.ts";
import { organizations } from "./organizations.ts";
import { taskForces, workingGroups } from "./reference.ts";
import { users } from "./users.ts";

// Targets and actuals are exact decimals (a rate of 87.5 %); read as numbers.
const decimal = (name: string) => numeric(name, { precision: 14, scale: 2, mode: "number" });

/** Rencana aksi daerah: one plan per task force and calendar year. */
export const workPlans = pgTable(
  "work_plans",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    notes: text("notes"),
    copiedFromYear: integer("copied_from_year"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("work_plans_task_force_year_key").on(t.taskForceId, t.year),
    index("work_plans_created_by_idx").on(t.createdById),
  ],
);

/** A programme of the plan, under one working group (one RAN strategy). */
export const workPlanProgrammes = pgTable(
  "work_plan_programmes",
  {
    id: uuidPk(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => workPlans.id),
    workingGroupId: uuid("working_group_id")
      .notNull()
      .references(() => workingGroups.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    leadOrganizationId: uuid("lead_organization_id").references(() => organizations.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("work_plan_programmes_plan_idx").on(t.planId, t.position),
    index("work_plan_programmes_working_group_idx").on(t.workingGroupId),
    index("work_plan_programmes_lead_org_idx").on(t.leadOrganizationId),
  ],
);

/**
 * An indicator with its target. `metric` names a figure the system computes (shared/work-plans.ts
 * computedMetrics); without one, actuals are entered. `direction` "lower" makes it a
 * less-is-better indicator such as the zero-case target; `baseline` is where it started from.
 */
export const workPlanIndicators = pgTable(
  "work_plan_indicators",
  {
    id: uuidPk(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => workPlans.id),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => workPlanProgrammes.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    target: decimal("target").notNull(),
    baseline: decimal("baseline"),
    direction: text("direction").notNull().default("higher"), // higher | lower
    metric: text("metric"),
    responsibleOrganizationId: uuid("responsible_organization_id")
      .notNull()
      .references(() => organizations.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("work_plan_indicators_plan_idx").on(t.planId, t.programmeId, t.position),
    index("work_plan_indicators_programme_idx").on(t.programmeId, t.position),
    index("work_plan_indicators_responsible_org_idx").on(t.responsibleOrganizationId),
  ],
);

/** Realisasi entered by the secretariat: the value to date, on a date, with a note. */
export const workPlanActuals = pgTable(
  "work_plan_actuals",
  {
    id: uuidPk(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => workPlanIndicators.id),
    value: decimal("value").notNull(),
    measuredOn: date("measured_on", { mode: "string" }).notNull(),
    note: text("note"),
    recordedById: uuid("recorded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("work_plan_actuals_indicator_idx").on(t.indicatorId, t.measuredOn),
    index("work_plan_actuals_recorded_by_idx").on(t.recordedById),
  ],
);
