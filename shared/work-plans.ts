import { z } from "zod";

/**
 * Rencana aksi daerah: the task force's yearly plan. Programmes sit under a working group (one
 * RAN strategy each); each carries indicators with a target, an organisation responsible and an
 * actual, entered by the secretariat or computed from the system's own records.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const amount = z.number().min(0).max(1_000_000_000);
const planYearSchema = z.coerce.number().int().min(2000).max(2100);

/** "higher": more is better (people reached). "lower": less is better (new cases; target 0). */
export const indicatorDirections = ["higher", "lower"] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

/**
 * Figures the system counts itself. Each is counted over the plan's calendar year (WIB) and
 * recomputed whenever the plan is read, so it is never out of date.
 */
export const computedMetrics = [
  "new_cases", // cases identified in the year
  "victims_identified", // victims of those cases
  "victims_rehabilitated", // victims who received health or social rehabilitation in the year
  "prevention_activities_held",
  "people_reached", // by held prevention activities, each person on a list once
  "kelurahan_reached", // kelurahan of the area with at least one held activity
  "meetings_held",
  "action_items_done_on_time", // share (%) of the items due in the year so far done by their due date
] as const;
export type ComputedMetric = (typeof computedMetrics)[number];

/** The natural direction of each computed figure, which a new indicator takes by default. */
export const metricDirections: Record<ComputedMetric, IndicatorDirection> = {
  new_cases: "lower",
  victims_identified: "lower",
  victims_rehabilitated: "higher",
  prevention_activities_held: "higher",
  people_reached: "higher",
  kelurahan_reached: "higher",
  meetings_held: "higher",
  action_items_done_on_time: "higher",
};

/** Where each computed figure is counted from: the source line the plan shows under it. */
export const metricSources: Record<
  ComputedMetric,
  "cases" | "services" | "prevention" | "meetings" | "action_items"
> = {
  new_cases: "cases",
  victims_identified: "cases",
  victims_rehabilitated: "services",
  prevention_activities_held: "prevention",
  people_reached: "prevention",
  kelurahan_reached: "prevention",
  meetings_held: "meetings",
  action_items_done_on_time: "action_items",
};

export type IndicatorProgressState = "met" | "not_met" | "no_data";
export type IndicatorProgress = {
  /** How far along, 0..1, for the bar; null without an actual. */
  ratio: number | null;
  state: IndicatorProgressState;
};

/**
 * How far an indicator is. More-is-better: actual against target. Less-is-better (the zero-case
 * target): met while the actual is at or under the target; on the way there, the distance
 * covered from the baseline (e.g. last year's 12 cases down to this year's 5 towards 0 is 7/12).
 * Without a baseline the bar can only say met or not.
 */
export function indicatorProgress(input: {
  direction: IndicatorDirection;
  target: number;
  baseline: number | null;
  actual: number | null;
}): IndicatorProgress {
  const { direction, target, baseline, actual } = input;
  if (actual === null) return { ratio: null, state: "no_data" };
  if (direction === "higher") {
    if (target <= 0) return { ratio: 1, state: "met" };
    return { ratio: Math.min(actual / target, 1), state: actual >= target ? "met" : "not_met" };
  }
  if (actual <= target) return { ratio: 1, state: "met" };
  if (baseline !== null && baseline > target) {
    const covered = (baseline - actual) / (baseline - target);
    return { ratio: Math.max(0, Math.min(covered, 1)), state: "not_met" };
  }
  return { ratio: 0, state: "not_met" };
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

export const planYearParamsSchema = z.strictObject({ year: planYearSchema });
export const programmeParamsSchema = z.strictObject({ year: planYearSchema, programmeId: z.uuid() });
export const indicatorParamsSchema = z.strictObject({ year: planYearSchema, indicatorId: z.uuid() });
export const actualParamsSchema = z.strictObject({
  year: planYearSchema,
  indicatorId: z.uuid(),
  actualId: z.uuid(),
});

export const createWorkPlanInputSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  title: text(300).nullish(),
  notes: text(5000).nullish(),
  // Copy the programmes and indicators of that year's plan; last year's actuals become baselines.
  copyFromYear: z.number().int().min(2000).max(2100).nullish(),
});
export type CreateWorkPlanInput = z.infer<typeof createWorkPlanInputSchema>;

export const updateWorkPlanInputSchema = z
  .strictObject({ title: text(300), notes: text(5000).nullable() })
  .partial();
export type UpdateWorkPlanInput = z.infer<typeof updateWorkPlanInputSchema>;

export const programmeInputSchema = z.strictObject({
  workingGroupId: z.uuid(),
  title: text(500),
  description: text(5000).nullish(),
  leadOrganizationId: z.uuid().nullish(),
});
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;
export const updateProgrammeInputSchema = programmeInputSchema.partial();
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeInputSchema>;

const indicatorFields = {
  programmeId: z.uuid(),
  name: text(500),
  unit: text(60),
  target: amount,
  baseline: amount.nullish(),
  direction: z.enum(indicatorDirections),
  responsibleOrganizationId: z.uuid(),
  // A figure the system counts; null: the secretariat enters the actual.
  metric: z.enum(computedMetrics).nullish(),
};

export const indicatorInputSchema = z.strictObject(indicatorFields);
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;
export const updateIndicatorInputSchema = z.strictObject(indicatorFields).partial();
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorInputSchema>;

/** A realisation to date (cumulative): the latest by date is the indicator's actual. */
export const actualInputSchema = z.strictObject({
  value: amount,
  measuredOn: day,
  note: text(2000).nullish(),
});
export type ActualInput = z.infer<typeof actualInputSchema>;

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

const organizationRef = z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() });

export const actualEntrySchema = z.object({
  id: z.uuid(),
  value: z.number(),
  measuredOn: day,
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ActualEntryDto = z.infer<typeof actualEntrySchema>;

export const indicatorSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  position: z.number().int(),
  name: z.string(),
  unit: z.string(),
  target: z.number(),
  baseline: z.number().nullable(),
  direction: z.enum(indicatorDirections),
  metric: z.enum(computedMetrics).nullable(),
  responsibleOrganization: organizationRef,
  actual: z
    .object({
      value: z.number(),
      // As of: the latest entry's date, or the moment the figure was computed.
      asOf: z.string(),
      // "computed": counted now from the system's records; "entered": the latest entry.
      kind: z.enum(["computed", "entered"]),
      // Where the figure comes from, in the caller's language.
      source: z.string(),
    })
    .nullable(),
  progress: z.object({
    ratio: z.number().nullable(),
    state: z.enum(["met", "not_met", "no_data"]),
  }),
  entries: z.array(actualEntrySchema),
});
export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const programmeSchema = z.object({
  id: z.uuid(),
  workingGroupId: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  leadOrganization: organizationRef.nullable(),
  indicators: z.array(indicatorSchema),
  // The action items that serve this programme.
  actionItems: z.object({ active: z.number().int(), overdue: z.number().int(), done: z.number().int() }),
});
export type ProgrammeDto = z.infer<typeof programmeSchema>;

export const workPlanSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  notes: z.string().nullable(),
  copiedFromYear: z.number().int().nullable(),
  workingGroups: z.array(
    z.object({ id: z.uuid(), number: z.number().int(), nameId: z.string(), nameEn: z.string() }),
  ),
  programmes: z.array(programmeSchema),
  summary: z.object({ indicators: z.number().int(), met: z.number().int(), withActual: z.number().int() }),
  // When the computed figures were counted (now: they are counted on every read).
  computedAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: z.object({ manage: z.boolean() }),
});
export type WorkPlanDto = z.infer<typeof workPlanSchema>;

export const workPlanListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      year: z.number().int(),
      title: z.string(),
      programmeCount: z.number().int(),
      indicatorCount: z.number().int(),
    }),
  ),
  currentYear: z.number().int(),
  abilities: z.object({ manage: z.boolean() }),
});
export type WorkPlanListDto = z.infer<typeof workPlanListSchema>;
