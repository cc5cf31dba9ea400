import { useTranslation } from "react-i18next";

// Every timestamp is shown in Jakarta time, whatever the device's zone, so a record reads the
// same on a laptop set to UTC and on a phone in Papua; the suffix says which clock it is.
const timeZone = "Asia/Jakarta";
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string): Intl.DateTimeFormat {
  const locale = language === "en" ? "en-GB" : "id-ID";
  let cached = formatters.get(locale);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "medium", timeStyle: "short" });
    formatters.set(locale, cached);
  }
  return cached;
}

/** "29 Nov 2025, 08.57 WIB" (id) or "29 Nov 2025, 08:57 WIB" (en); an empty string for no value. */
export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  if (!value) return "";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return `${formatter(language).format(date)} WIB`;
}

/** The formatter bound to the current UI language, re-rendering when the language changes. */
export function useFormatDateTime(): (value: string | Date | null | undefined) => string {
  const { i18n } = useTranslation();
  return (value) => formatDateTime(value, i18n.language);
}
