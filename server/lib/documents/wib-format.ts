import type { Locale } from "../messages.ts";

const WIB_OFFSET_MS = 7 * 3600_000;

/** "2026-03-10 09:00": a time in Jakarta that sorts as text and reads the same in both languages. */
export function wibStamp(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/**
 * The same wall-clock time as a Date whose UTC fields read as WIB: spreadsheets store a date
 * without a zone, so a cell must hold the time people in Jakarta read, not the UTC instant.
 */
export function wibWallClock(instant: Date): Date {
  return new Date(instant.getTime() + WIB_OFFSET_MS);
}

const tag = (locale: Locale) => (locale === "id" ? "id-ID" : "en-GB");

/** "Selasa, 10 Maret 2026" / "Tuesday, 10 March 2026". */
export function wibLongDate(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: "Asia/Jakarta",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(instant);
}

/** "10 Maret 2026" / "10 March 2026". */
export function wibDayMonthYear(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: "Asia/Jakarta",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(instant);
}

/** "09.00" in Indonesian, "09:00" in English. */
export function wibClock(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: "Asia/Jakarta",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}
