import {
  type ComputedMetric,
  type IndicatorDirection,
  type IndicatorDto,
  indicatorProgress,
  type WorkPlanDto,
} from "../../../shared/work-plans.ts";
import { wibDayMonthYear } from "../../lib/documents/wib-format.ts";
import { type Locale, translate } from "../../lib/messages.ts";
import type { MetricValue } from "./computed-metrics.ts";
import type { PlanContent, PlanRow } from "./work-plans.repository.ts";

type IndicatorRow = PlanContent["indicators"][number];
type ActualRow = PlanContent["actuals"][number];

function enteredSource(entry: ActualRow, locale: Locale): string {
  const params = {
    name: entry.recordedByName ?? "—",
    date: wibDayMonthYear(new Date(`${entry.actual.measuredOn}T00:00:00+07:00`), locale),
  };
  return entry.actual.note
    ? translate(locale, "work_plan.source.entered_note", { ...params, note: entry.actual.note })
    : translate(locale, "work_plan.source.entered", params);
}

/** The actual an indicator shows: computed now from the records, or the latest entry. */
function actualOf(
  row: IndicatorRow,
  entries: readonly ActualRow[],
  metrics: ReadonlyMap<ComputedMetric, MetricValue>,
  computedAt: Date,
  locale: Locale,
): IndicatorDto["actual"] {
  const metric = row.indicator.metric as ComputedMetric | null;
  if (metric) {
    const computed = metrics.get(metric);
    if (!computed || computed.value === null) return null;
    return {
      value: computed.value,
      asOf: computedAt.toISOString(),
      kind: "computed",
      source: computed.source,
    };
  }
  const [latest] = entries;
  if (!latest) return null;
  return {
    value: latest.actual.value,
    asOf: latest.actual.measuredOn,
    kind: "entered",
    source: enteredSource(latest, locale),
  };
}

export function presentIndicator(
  row: IndicatorRow,
  entries: readonly ActualRow[],
  metrics: ReadonlyMap<ComputedMetric, MetricValue>,
  computedAt: Date,
  locale: Locale,
): IndicatorDto {
  const { indicator } = row;
  const actual = actualOf(row, entries, metrics, computedAt, locale);
  return {
    id: indicator.id,
    programmeId: indicator.programmeId,
    position: indicator.position,
    name: indicator.name,
    unit: indicator.unit,
    target: indicator.target,
    baseline: indicator.baseline,
    direction: indicator.direction as IndicatorDirection,
    metric: indicator.metric as ComputedMetric | null,
    responsibleOrganization: row.responsibleOrganization,
    actual,
    progress: indicatorProgress({
      direction: indicator.direction as IndicatorDirection,
      target: indicator.target,
      baseline: indicator.baseline,
      actual: actual?.value ?? null,
    }),
    entries: entries.map((e) => ({
      id: e.actual.id,
      value: e.actual.value,
      measuredOn: e.actual.measuredOn,
      note: e.actual.note,
      recordedByName: e.recordedByName,
      createdAt: e.actual.createdAt.toISOString(),
    })),
  };
}

export function presentPlan(input: {
  plan: PlanRow;
  content: PlanContent;
  workingGroups: WorkPlanDto["workingGroups"];
  metrics: ReadonlyMap<ComputedMetric, MetricValue>;
  actionItems: ReadonlyMap<string, { active: number; overdue: number; done: number }>;
  computedAt: Date;
  locale: Locale;
  manage: boolean;
}): WorkPlanDto {
  const { plan, content } = input;
  const entriesOf = (indicatorId: string) =>
    content.actuals.filter((a) => a.actual.indicatorId === indicatorId);
  const programmes = content.programmes.map(({ programme, leadOrganization }) => ({
    id: programme.id,
    workingGroupId: programme.workingGroupId,
    position: programme.position,
    title: programme.title,
    description: programme.description,
    leadOrganization: leadOrganization?.id ? leadOrganization : null,
    indicators: content.indicators
      .filter((i) => i.indicator.programmeId === programme.id)
      .map((i) =>
        presentIndicator(i, entriesOf(i.indicator.id), input.metrics, input.computedAt, input.locale),
      ),
    actionItems: input.actionItems.get(programme.id) ?? { active: 0, overdue: 0, done: 0 },
  }));
  const indicators = programmes.flatMap((p) => p.indicators);
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    notes: plan.notes,
    copiedFromYear: plan.copiedFromYear,
    workingGroups: input.workingGroups,
    programmes,
    summary: {
      indicators: indicators.length,
      met: indicators.filter((i) => i.progress.state === "met").length,
      withActual: indicators.filter((i) => i.actual !== null).length,
    },
    computedAt: input.computedAt.toISOString(),
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    abilities: { manage: input.manage },
  };
}
