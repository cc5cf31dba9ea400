import { useTranslation } from "react-i18next";

// Meetings are read in Jakarta time whatever the device's zone: an invitation says "09.00 WIB".
const timeZone = "Asia/Jakarta";
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = language === "en" ? "en-GB" : "id-ID";
  const key = `${locale}:${JSON.stringify(options)}`;
  let cached = cache.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    cache.set(key, cached);
  }
  return cached;
}

const longDay = { weekday: "long", day: "numeric", month: "long", year: "numeric" } as const;
const clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

/** "Rabu, 15 Mei 2024" / "Wednesday, 15 May 2024". */
export function wibLongDay(value: string | Date, language: string): string {
  return formatter(language, longDay).format(new Date(value));
}

/** "09.00" / "09:00". */
export function wibClock(value: string | Date, language: string): string {
  return formatter(language, clock).format(new Date(value));
}

/** The calendar day in Jakarta as "YYYY-MM-DD" (for grouping a month's meetings by day). */
export function wibDayKey(value: string | Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(value));
}

/** "Rabu, 15 Mei 2024 · 09.00–12.00 WIB", with the end's day when the meeting runs past midnight. */
export function meetingWhenText(startsAt: string, endsAt: string, language: string): string {
  const startDay = wibLongDay(startsAt, language);
  const endDay = wibLongDay(endsAt, language);
  const end = endDay === startDay ? wibClock(endsAt, language) : `${endDay} ${wibClock(endsAt, language)}`;
  return `${startDay} · ${wibClock(startsAt, language)}–${end} WIB`;
}

export function useMeetingWhen(): (meeting: { startsAt: string; endsAt: string }) => string {
  const { i18n } = useTranslation();
  return (meeting) => meetingWhenText(meeting.startsAt, meeting.endsAt, i18n.language);
}
