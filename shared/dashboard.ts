import { z } from "zod";
import { regionCodeSchema } from "./cases.ts";

/**
 * The task force's dashboard (issue 6): one answer per period and area, read by the dashboard
 * page and written into the periodic reports, so a report's numbers are the dashboard's. Every
 * count of victims or cases comes from the statistics engine (computeStatistics); the figures
 * of prevention and coordination come from their modules' own queries.
 */

export const dashboardQuerySchema = z.strictObject({
  // The period, both days included, in WIB. Defaults: 1 January of the current year to today.
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  // A kecamatan or kelurahan of the task force's area; cases are placed by where they were
  // identified, prevention by where the activity took place. Coordination is not per area.
  region: regionCodeSchema.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const count = z.number().int();
/** A share between 0 and 1, or null when nothing is counted under it (no division by zero). */
const share = z.number().min(0).max(1).nullable();
const nullableText = z.string().nullable();

/** A year and its change against the year before: null when the earlier year had none. */
const trendRowSchema = z.object({
  year: count,
  victims: count,
  cases: count,
  victimsChange: z.number().nullable(),
  casesChange: z.number().nullable(),
});

const labelled = { code: nullableText, label: z.string() };

export const dashboardSchema = z.object({
  // What the whole answer covers, as read: the cut-off time and the source every figure names.
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  // The task force's area (e.g. 31.71 Jakarta Pusat), and the kecamatan or kelurahan the answer
  // is narrowed to (null: the whole area; asking for the area itself answers null too).
  area: z.object({ code: z.string(), name: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  cutoff: z.string(),
  source: z.string(),
  totals: z.object({ victims: count, cases: count }),
  // Victims and cases per year of identification, over the period's last year and up to five
  // before it (the trend is read across years even when the period is one of them), from the
  // first year with anything recorded; the last year is counted up to the period's end.
  trend: z.array(trendRowSchema),
  // The zero-case goal: the period's last year against the year before, and the kelurahan of
  // the area with no case identified in that year.
  zeroCase: z.object({
    year: count,
    cases: count,
    previousCases: count,
    victims: count,
    previousVictims: count,
    kelurahanTotal: count,
    kelurahanWithoutCases: count,
    kelurahanWithCases: z.array(z.object({ code: z.string(), name: z.string(), cases: count })),
  }),
  // Victims by sex × child/adult; unknown values are their own cells (code null).
  fourCell: z.array(z.object({ sex: nullableText, childStatus: nullableText, victims: count })),
  exploitation: z.array(z.object({ ...labelled, victims: count, cases: count })),
  origin: z.array(z.object({ ...labelled, victims: count })),
  destination: z.array(z.object({ ...labelled, victims: count })),
  rights: z.object({
    victims: count,
    // Share of the period's victims who received each service type (a service started or done).
    services: z.array(z.object({ ...labelled, victims: count, share })),
    // Days from the case's identification to the victim's first service with a start date, over
    // victims who had one (a case known only by its year is left out); 7 days is the law's limit.
    firstService: z.object({
      measured: count,
      medianDays: z.number().nullable(),
      within7Days: count,
      within7DaysShare: share,
    }),
    // Restitution in rupiah, over the restitution records of the period's victims: asked for,
    // awarded, paid; paidShare is paid over awarded (null when nothing was awarded).
    restitution: z.object({
      victims: count,
      requested: z.number(),
      awarded: z.number(),
      paid: z.number(),
      paidShare: share,
    }),
  }),
  legal: z.object({
    // Every stage of the legal_stage list in its order (zeros too), then cases with no proceeding (null).
    stages: z.array(z.object({ ...labelled, cases: count })),
    // Verdicts of the period's cases' proceedings (one per proceeding, so per trial).
    convictions: count,
    acquittals: count,
  }),
  prevention: z.object({
    activities: count,
    peopleReached: count,
    kelurahanTotal: count,
    kelurahanReached: count,
    schoolCount: count,
    schoolsReached: count,
    // Within the region when one is asked: its kecamatan (one row), its kelurahan.
    perKecamatan: z.array(
      z.object({ code: z.string(), name: z.string(), activities: count, peopleReached: count }),
    ),
    perKelurahan: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kecamatanCode: z.string(),
        activities: count,
        peopleReached: count,
      }),
    ),
  }),
  coordination: z.object({
    meetingsHeld: count,
    attendance: z.array(
      z.object({ organizationId: z.uuid(), name: z.string(), invited: count, attended: count, rate: share }),
    ),
    // Action items as they stand now; overdue = open or in progress past the due date (WIB).
    actionItems: z.array(
      z.object({
        organizationId: z.uuid(),
        name: z.string(),
        open: count,
        inProgress: count,
        overdue: count,
        done: count,
      }),
    ),
  }),
});
export type DashboardDto = z.infer<typeof dashboardSchema>;
