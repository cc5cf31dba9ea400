import { useTranslation } from "react-i18next";

// A calendar date ("2026-11-20") has no time and no zone: it is formatted as written, never
// shifted by the device's clock, so the same day shows on every device.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string): Intl.DateTimeFormat {
  const locale = language === "en" ? "en-GB" : "id-ID";
  let cached = formatters.get(locale);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "medium" });
    formatters.set(locale, cached);
  }
  return cached;
}

/** "20 Nov 2026" for "2026-11-20"; an empty string for no value or a malformed one. */
export function formatDay(value: string | null | undefined, language: string): string {
  if (!value) return "";
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return "";
  return formatter(language).format(date);
}

/**
 * An identification date as precise as it is known: the year alone when only the year is
 * (imported data sets store such a date as 1 January, which is not the day it happened).
 */
export function formatKnownDay(
  value: string | null | undefined,
  precision: "day" | "year",
  language: string,
): string {
  if (precision === "year") return value ? value.slice(0, 4) : "";
  return formatDay(value, language);
}

/** The day formatter bound to the current UI language. */
export function useFormatDay(): (value: string | null | undefined) => string {
  const { i18n } = useTranslation();
  return (value) => formatDay(value, i18n.language);
}

/** Today in Jakarta as "YYYY-MM-DD": the default of a date field, whatever the device's zone. */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(now);
}
