// A period is two calendar days with no time of day: formatted as written (UTC), never shifted
// by the device's clock, and as a range so the shared year is said once ("1 Jan – 31 Des 2024").
const ranges = new Map<string, Intl.DateTimeFormat>();

function rangeFormatter(language: string): Intl.DateTimeFormat {
  const locale = language === "en" ? "en-GB" : "id-ID";
  let cached = ranges.get(locale);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "medium" });
    ranges.set(locale, cached);
  }
  return cached;
}

/** "1 Jan – 31 Des 2024", "1 Jul 2023 – 30 Jun 2024", or one day alone. */
export function periodLabel(from: string, to: string, language: string): string {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return "";
  if (start > end)
    return `${rangeFormatter(language).format(start)} – ${rangeFormatter(language).format(end)}`;
  return rangeFormatter(language).formatRange(start, end);
}

/** Whether a region code names a kelurahan (PP.KK.CC.DDDD) rather than a kecamatan (PP.KK.CC). */
export function isKelurahanCode(code: string): boolean {
  return code.split(".").length === 4;
}
