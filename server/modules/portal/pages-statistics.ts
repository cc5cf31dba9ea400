import type { PublicStatisticsResult } from "../../../shared/statistics.ts";
import type { AppContext } from "../../app-context.ts";
import { formatWib } from "../../lib/wib.ts";
import { getPublicStatistics } from "../statistics/statistics.service.ts";
import { html, type SafeHtml } from "./html.ts";
import { type Bar, barChart } from "./portal-charts.ts";
import { formatNumber } from "./portal-format.ts";
import { type PortalView, portalPage } from "./portal-layout.ts";
import { exploitationLabel, type PortalLang, type PortalTextKey, portalText } from "./portal-texts.ts";

/**
 * The public statistics page. Every figure comes from the statistics engine's public function,
 * the same one behind GET /api/public/statistics, so suppression is decided in one place: a
 * figure the engine withholds arrives here as null and is written "withheld", never as a number.
 */

type Figure = { count: number | null; suppressed: boolean };
type Key = string | number | null;

/** Figures of one result, by the values of its grouping dimensions joined with "|". */
function byKey(result: PublicStatisticsResult): Map<string, Figure> {
  const map = new Map<string, Figure>();
  for (const row of result.rows) {
    const key = result.groupBy.map((d) => String(row[d] ?? null)).join("|");
    map.set(key, { count: row.count, suppressed: row.suppressed });
  }
  return map;
}

export type StatisticsData = {
  threshold: number;
  cutoff: Date;
  victimsByYear: PublicStatisticsResult;
  casesByYear: PublicStatisticsResult;
  typeByYear: PublicStatisticsResult;
  typeTotals: PublicStatisticsResult;
  groupByYear: PublicStatisticsResult;
  groupTotals: PublicStatisticsResult;
};

/** The six questions the page asks the engine, one after another (one connection, small answers). */
export async function loadStatistics(
  ctx: AppContext,
  taskForceCode: string,
  lang: PortalLang,
): Promise<StatisticsData> {
  const ask = (unit: "victims" | "cases", groupBy: string) =>
    getPublicStatistics(ctx, unit, { groupBy, taskForce: taskForceCode }, lang);
  const victimsByYear = await ask("victims", "year");
  const casesByYear = await ask("cases", "year");
  const typeByYear = await ask("victims", "year,exploitationType");
  const typeTotals = await ask("victims", "exploitationType");
  const groupByYear = await ask("victims", "year,sex,childStatus");
  const groupTotals = await ask("victims", "sex,childStatus");
  return {
    threshold: victimsByYear.threshold,
    cutoff: new Date(victimsByYear.cutoff),
    victimsByYear,
    casesByYear,
    typeByYear,
    typeTotals,
    groupByYear,
    groupTotals,
  };
}

const RECENT_YEARS = 6;

function sexAgeLabel(lang: PortalLang, key: string): string {
  const [sex, child] = key.split("|");
  const sexLabel =
    sex === "female" ? portalText(lang, "female") : sex === "male" ? portalText(lang, "male") : null;
  const age =
    child === "child" ? portalText(lang, "child") : child === "adult" ? portalText(lang, "adult") : null;
  const unknown = portalText(lang, "unknown");
  return `${sexLabel ?? `${lang === "id" ? "Jenis kelamin" : "Sex"} ${unknown}`}, ${age ?? `${lang === "id" ? "usia" : "age"} ${unknown}`}`;
}

const sexAgeOrder = ["female|child", "female|adult", "male|child", "male|adult"];

export function renderStatistics(view: PortalView, data: StatisticsData): string {
  const lang = view.lang;
  const t = (key: PortalTextKey, params?: Record<string, string | number>) => portalText(lang, key, params);
  const hidden = html`<span class="hidden-value">${t("statsHidden")}</span>`;
  const cell = (figure: Figure | undefined): SafeHtml | string =>
    !figure ? "0" : figure.count === null ? hidden : formatNumber(figure.count, lang);
  const bar = (label: string, figure: Figure | undefined): Bar => ({
    label,
    value: figure ? figure.count : 0,
    display: !figure ? "0" : figure.count === null ? t("statsHidden") : formatNumber(figure.count, lang),
  });
  const cutoff = formatWib(data.cutoff, lang);
  const meta = (unit: "victims" | "cases", source: string) =>
    html`<p class="meta">${t("statsUnit")}: ${t(unit === "victims" ? "statsUnitVictims" : "statsUnitCases")} · ${t("statsSource")}: ${source} · ${t("statsCutoff")} ${cutoff}</p>`;

  const victims = byKey(data.victimsByYear);
  const cases = byKey(data.casesByYear);
  const allYears = [...new Set([...victims.keys(), ...cases.keys()])]
    .filter((k) => k !== "null")
    .map(Number)
    .sort((a, b) => a - b);
  const yearLabel = (key: Key) => (key === null || key === "null" ? t("unknown") : String(key));
  const yearKeys: string[] = [
    ...allYears.map(String),
    ...(victims.has("null") || cases.has("null") ? ["null"] : []),
  ];
  const recent = allYears.slice(-RECENT_YEARS).map(String);

  const figure = (title: string, bars: Bar[]) =>
    // The section's heading names the chart; the SVG's own label says the table holds the numbers.
    html`<figure class="figure">${barChart(bars, t("statsChartLabel", { title }))}</figure>`;

  // 1. The trend: victims and cases per year.
  const trend = html`<h2>${t("statsVictimsByYear")}</h2>
${figure(
  t("statsVictimsByYear"),
  yearKeys.map((y) => bar(yearLabel(y), victims.get(y))),
)}
${meta("victims", data.victimsByYear.source)}
<h2>${t("statsCasesByYear")}</h2>
${figure(
  t("statsCasesByYear"),
  yearKeys.map((y) => bar(yearLabel(y), cases.get(y))),
)}
${meta("cases", data.casesByYear.source)}
<div class="table-scroll" tabindex="0" role="region" aria-label="${t("statsVictimsByYear")} / ${t("statsCasesByYear")}"><table>
<caption>${t("statsVictimsByYear")} / ${t("statsCasesByYear")}</caption>
<thead><tr><th scope="col">${t("statsYear")}</th><th scope="col" class="num">${t("statsVictimsColumn")}</th><th scope="col" class="num">${t("statsCasesColumn")}</th></tr></thead>
<tbody>${yearKeys.map((y) => html`<tr><th scope="row">${yearLabel(y)}</th><td class="num">${cell(victims.get(y))}</td><td class="num">${cell(cases.get(y))}</td></tr>`)}</tbody>
<tfoot><tr><th scope="row">${t("statsTotal")}</th><td class="num">${cell(totalOf(data.victimsByYear))}</td><td class="num">${cell(totalOf(data.casesByYear))}</td></tr></tfoot>
</table></div>`;

  // 2. By form of exploitation: the whole period, then year by year.
  const typeTotals = byKey(data.typeTotals);
  const typeKeys = [...typeTotals.keys()].sort((a, b) =>
    a === "null" ? 1 : b === "null" ? -1 : a < b ? -1 : 1,
  );
  const typeByYear = byKey(data.typeByYear);
  const matrix = (
    caption: string,
    rowKeys: string[],
    label: (key: string) => string,
    perYear: Map<string, Figure>,
    totals: Map<string, Figure>,
    rowHeader: string,
  ) => html`<div class="table-scroll" tabindex="0" role="region" aria-label="${caption}"><table>
<caption>${caption} — ${t("statsUnit")}: ${t("statsUnitVictims")}</caption>
<thead><tr><th scope="col">${rowHeader}</th>${recent.map((y) => html`<th scope="col" class="num">${y}</th>`)}<th scope="col" class="num">${t("statsTotal")}</th></tr></thead>
<tbody>${rowKeys.map((k) => html`<tr><th scope="row">${label(k)}</th>${recent.map((y) => html`<td class="num">${cell(perYear.get(`${y}|${k}`))}</td>`)}<td class="num">${cell(totals.get(k))}</td></tr>`)}</tbody>
</table></div>`;
  const typeLabel = (key: string) => exploitationLabel(lang, key === "null" ? null : key);
  const byType = html`<h2>${t("statsByType")}</h2>
${
  typeKeys.length > 0
    ? figure(
        t("statsByType"),
        typeKeys.map((k) => bar(typeLabel(k), typeTotals.get(k))),
      )
    : ""
}
${meta("victims", data.typeTotals.source)}
${typeKeys.length > 0 ? matrix(t("statsByType"), typeKeys, typeLabel, typeByYear, typeTotals, t("statsType")) : html`<p>${t("statsNoData")}</p>`}`;

  // 3. By sex and child or adult: the four cells police and ministries use, then the unknowns.
  const groupTotals = byKey(data.groupTotals);
  const groupKeys = [
    ...sexAgeOrder.filter((k) => groupTotals.has(k)),
    ...[...groupTotals.keys()].filter((k) => !sexAgeOrder.includes(k)).sort(),
  ];
  const groupByYear = byKey(data.groupByYear);
  const groupLabel = (key: string) => sexAgeLabel(lang, key);
  const bySexAge = html`<h2>${t("statsBySexAge")}</h2>
${
  groupKeys.length > 0
    ? figure(
        t("statsBySexAge"),
        groupKeys.map((k) => bar(groupLabel(k), groupTotals.get(k))),
      )
    : ""
}
${meta("victims", data.groupTotals.source)}
${groupKeys.length > 0 ? matrix(t("statsBySexAge"), groupKeys, groupLabel, groupByYear, groupTotals, t("statsGroup")) : html`<p>${t("statsNoData")}</p>`}`;

  const empty = yearKeys.length === 0;
  const content = html`<h1>${t("statsTitle")}</h1>
<p class="lead">${t("statsDescription")}</p>
<p class="notice">${t("statsHiddenExplain", { threshold: data.threshold })}</p>
${empty ? html`<p>${t("statsNoData")}</p>` : html`${trend}${byType}${bySexAge}<p class="note">${t("statsCountingNote")}</p>`}`;
  return portalPage(view, { title: t("statsTitle"), description: t("statsDescription") }, content);
}

function totalOf(result: PublicStatisticsResult): Figure {
  return { count: result.total, suppressed: result.totalSuppressed };
}

/** The page when the engine could not answer: the reader learns that, not a stack trace. */
export function renderStatisticsUnavailable(view: PortalView): string {
  const t = (key: PortalTextKey) => portalText(view.lang, key);
  return portalPage(
    view,
    { title: t("statsTitle"), description: t("statsDescription"), noindex: true },
    html`<h1>${t("statsTitle")}</h1><p>${t("statsUnavailable")}</p>`,
  );
}
