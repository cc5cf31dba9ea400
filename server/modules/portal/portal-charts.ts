import { html, type SafeHtml } from "./html.ts";

/** One bar: a label, the value (null when the figure is withheld) and how the value is written. */
export type Bar = { label: string; value: number | null; display: string };

const WIDTH = 400;
const VALUE_ROOM = 110;
const ROW = 46;

/**
 * A horizontal bar chart as inline SVG, drawn on the server: no script, no library, a few
 * hundred bytes. Labels sit above their bars so long names fit on a phone. The chart is one image
 * to assistive technology (its label says so); the table beside it carries the numbers.
 */
export function barChart(bars: readonly Bar[], label: string): SafeHtml {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const height = bars.length * ROW + 4;
  const rows = bars.map((bar, i) => {
    const top = i * ROW;
    const length = bar.value === null ? 0 : Math.max(2, Math.round(((WIDTH - VALUE_ROOM) * bar.value) / max));
    const valueX = bar.value === null ? 0 : length + 6;
    return html`<text x="0" y="${top + 15}" class="cl">${bar.label}</text>
${bar.value === null ? "" : html`<rect x="0" y="${top + 21}" width="${length}" height="16" rx="2" fill="#0b5cad"></rect>`}
<text x="${valueX}" y="${top + 34}" class="${bar.value === null ? "ch" : "cv"}">${bar.display}</text>`;
  });
  return html`<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">
${rows}
</svg>`;
}
