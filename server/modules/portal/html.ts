/**
 * HTML for the server-rendered portal. Every interpolated value is escaped unless it is already
 * `SafeHtml` (made by this module, or by the Markdown renderer, which escapes by construction),
 * so forgetting to escape is impossible and trusting a string takes an explicit `trusted()`.
 */

export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** The tagged template: html`<p>${text}</p>` escapes `text`; nested html`` stays as it is. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/**
 * Markup that is known to be safe: the Markdown renderer's output, or SVG and CSS this module
 * builds from numbers. Security: never pass text that came from a request or the database.
 */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
