import type { Locale } from "./messages.ts";

/** A time as people in Jakarta read it (WIB, UTC+7), for messages written by the server. */
export function formatWib(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    timeZone: "Asia/Jakarta",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}

/** The calendar date (YYYY-MM-DD) in Jakarta at that instant: "today" for the task force. */
export function wibDate(date: Date): string {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
