import type { Locale } from "./messages.ts";

/** A time as people in Jakarta read it (WIB, UTC+7), for messages written by the server. */
export function formatWib(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    timeZone: "Asia/Jakarta",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}
