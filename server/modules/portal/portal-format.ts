import type { PortalLang } from "./portal-texts.ts";

/** Dates and numbers as people in Jakarta read them, whatever the server's own zone. */
const timeZone = "Asia/Jakarta";
const localeOf = (lang: PortalLang) => (lang === "id" ? "id-ID" : "en-GB");

export function formatDay(date: Date, lang: PortalLang): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

/** "Sabtu, 14 Desember 2024 09.00 WIB": activities need the weekday and the time. */
export function formatWhen(date: Date, lang: PortalLang): string {
  const text = new Intl.DateTimeFormat(localeOf(lang), {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
  return `${text} WIB`;
}

export function formatNumber(value: number, lang: PortalLang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/** A machine-readable date for <time datetime>. */
export const isoDate = (date: Date) => date.toISOString();
