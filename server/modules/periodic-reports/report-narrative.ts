import type { DashboardDto } from "../../../shared/dashboard.ts";
import {
  type NarrativeSection,
  narrativeSections,
  type ReportComparison,
} from "../../../shared/periodic-reports.ts";
import { wibClock, wibDayMonthYear } from "../../lib/documents/wib-format.ts";
import type { Locale } from "../../lib/messages.ts";
import { numberText, rupiahText, shareText } from "./report-format.ts";
import { periodPhrase, previousPhrase, type ReportPeriod } from "./report-period.ts";
import { textsOf } from "./report-texts.ts";

export type Narrative = Record<NarrativeSection, string>;

export type DraftContext = {
  taskForceName: string;
  /** The area as a sentence names it: "Kota Administrasi Jakarta Pusat", "Kecamatan Gambir". */
  areaPhrase: string;
  period: ReportPeriod;
  figures: DashboardDto;
  comparison: ReportComparison;
  cutoff: Date;
  locale: Locale;
};

/** The largest row that has a code (the unknown row is never "the most frequent"). */
function top<T extends { code: string | null }>(rows: readonly T[], size: (row: T) => number): T | null {
  const known = rows.filter((r) => r.code !== null && size(r) > 0);
  return known.reduce<T | null>((best, r) => (best === null || size(r) > size(best) ? r : best), null);
}

function casesDraft(c: DraftContext): string {
  const t = textsOf(c.locale);
  const n = (v: number) => numberText(v, c.locale);
  const f = c.figures;
  const period = periodPhrase(c.period, c.locale);
  if (f.totals.victims === 0 && f.totals.cases === 0) return t("draft.cases.none", { period });
  const previous = previousPhrase(c.period, c.locale);
  const before = c.comparison.victims;
  const change = before > 0 ? Math.round(((f.totals.victims - before) / before) * 100) : null;
  const sentences = [
    t("draft.cases.total", { period, victims: n(f.totals.victims), cases: n(f.totals.cases) }) +
      (change === null
        ? t("draft.cases.noPrevious", { previous })
        : change > 0
          ? t("draft.cases.up", { change: n(change), previous, previousVictims: n(before) })
          : change < 0
            ? t("draft.cases.down", { change: n(-change), previous, previousVictims: n(before) })
            : t("draft.cases.same", { previous })),
  ];
  const cell = (sex: string, childStatus: string) =>
    f.fourCell.find((x) => x.sex === sex && x.childStatus === childStatus)?.victims ?? 0;
  const named = { femaleAdult: cell("female", "adult"), femaleChild: cell("female", "child") };
  const male = { maleAdult: cell("male", "adult"), maleChild: cell("male", "child") };
  const four = { ...named, ...male };
  const unknown =
    f.fourCell.reduce((sum, x) => sum + x.victims, 0) - Object.values(four).reduce((a, b) => a + b, 0);
  sentences.push(
    t(
      "draft.cases.fourCell",
      Object.fromEntries(Object.entries(four).map(([key, value]) => [key, n(value)])) as Record<
        string,
        string
      >,
    ),
  );
  if (unknown > 0) sentences.push(t("draft.cases.unknownCell", { count: n(unknown) }));
  const form = top(f.exploitation, (e) => e.victims);
  if (form) sentences.push(t("draft.cases.topForm", { form: form.label, victims: n(form.victims) }));
  const country = top(f.destination, (d) => d.victims);
  if (country)
    sentences.push(t("draft.cases.topDestination", { country: country.label, victims: n(country.victims) }));
  const z = f.zeroCase;
  if (z.kelurahanTotal > 0)
    sentences.push(
      t("draft.cases.zero", {
        year: z.year,
        without: n(z.kelurahanWithoutCases),
        total: n(z.kelurahanTotal),
      }),
    );
  return sentences.join(" ");
}

function rightsDraft(c: DraftContext): string {
  const t = textsOf(c.locale);
  const n = (v: number) => numberText(v, c.locale);
  const { services, firstService, restitution } = c.figures.rights;
  const service = top(services, (s) => s.victims);
  if (!service) return t("draft.rights.none");
  const sentences = [
    t("draft.rights.services", {
      service: service.label,
      victims: n(service.victims),
      share: shareText(service.share, c.locale),
    }),
  ];
  if (firstService.measured > 0)
    sentences.push(
      t("draft.rights.firstService", {
        measured: n(firstService.measured),
        within: n(firstService.within7Days),
        share: shareText(firstService.within7DaysShare, c.locale),
      }),
    );
  if (restitution.awarded > 0)
    sentences.push(
      t("draft.rights.restitution", {
        awarded: rupiahText(restitution.awarded),
        paid: rupiahText(restitution.paid),
        share: shareText(restitution.paidShare, c.locale),
      }),
    );
  return sentences.join(" ");
}

function legalDraft(c: DraftContext): string {
  const t = textsOf(c.locale);
  const n = (v: number) => numberText(v, c.locale);
  const { stages, convictions, acquittals } = c.figures.legal;
  const stage = top(stages, (s) => s.cases);
  if (!stage && convictions + acquittals === 0) return t("draft.legal.none");
  const sentences = stage ? [t("draft.legal.stage", { stage: stage.label, cases: n(stage.cases) })] : [];
  sentences.push(t("draft.legal.verdicts", { convictions: n(convictions), acquittals: n(acquittals) }));
  return sentences.join(" ");
}

function preventionDraft(c: DraftContext): string {
  const t = textsOf(c.locale);
  const n = (v: number) => numberText(v, c.locale);
  const p = c.figures.prevention;
  const period = periodPhrase(c.period, c.locale);
  if (p.activities === 0) return t("draft.prevention.none", { period });
  return t("draft.prevention", {
    period,
    activities: n(p.activities),
    people: n(p.peopleReached),
    reached: n(p.kelurahanReached),
    total: n(p.kelurahanTotal),
    schools: n(p.schoolsReached),
    schoolCount: n(p.schoolCount),
  });
}

function coordinationDraft(c: DraftContext): string {
  const t = textsOf(c.locale);
  const n = (v: number) => numberText(v, c.locale);
  const co = c.figures.coordination;
  const sum = (pick: (a: DashboardDto["coordination"]["actionItems"][number]) => number) =>
    co.actionItems.reduce((total, a) => total + pick(a), 0);
  return t("draft.coordination", {
    meetings: n(co.meetingsHeld),
    cutoff: wibDayMonthYear(c.cutoff, c.locale),
    open: n(sum((a) => a.open)),
    progress: n(sum((a) => a.inProgress)),
    overdue: n(sum((a) => a.overdue)),
    done: n(sum((a) => a.done)),
  });
}

/**
 * The narrative's first draft, written from the figures: a short factual sentence or two a
 * section, which the secretariat then edits ("Sepanjang 2024 tercatat 41 korban dalam 30 kasus,
 * naik 12% dari 2023"). Kendala and Rekomendasi are left empty: only people can write them.
 */
export function draftNarrative(c: DraftContext): Narrative {
  const t = textsOf(c.locale);
  const period = periodPhrase(c.period, c.locale);
  return {
    introduction: t("draft.introduction", {
      taskForce: c.taskForceName,
      period,
      area: c.areaPhrase,
      cutoff: `${wibDayMonthYear(c.cutoff, c.locale)} ${wibClock(c.cutoff, c.locale)}`,
    }),
    cases: casesDraft(c),
    rights: rightsDraft(c),
    legal: legalDraft(c),
    prevention: preventionDraft(c),
    coordination: coordinationDraft(c),
    obstacles: "",
    recommendations: "",
    closing: t("draft.closing", { area: c.areaPhrase }),
  };
}

/**
 * After a refresh, the text of each section: the new draft where the secretariat left the old
 * draft as it was, their own words wherever they wrote some.
 */
export function mergeRefreshed(current: Partial<Narrative>, oldDrafts: Partial<Narrative>, fresh: Narrative) {
  return Object.fromEntries(
    narrativeSections.map((key) => {
      const text = current[key] ?? "";
      const untouched = text === (oldDrafts[key] ?? "");
      return [key, untouched ? fresh[key] : text];
    }),
  ) as Narrative;
}

/** The sections still without text. */
export function emptySections(narrative: Partial<Narrative>): NarrativeSection[] {
  return narrativeSections.filter((key) => !(narrative[key] ?? "").trim());
}
