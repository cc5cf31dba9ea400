import type { ReportKind } from "../../../shared/periodic-reports.ts";
import { wibDayMonthYear } from "../../lib/documents/wib-format.ts";
import type { Locale } from "../../lib/messages.ts";

/** A calendar day as an instant that reads as that day in WIB (noon, far from either edge). */
export const dayInstant = (day: string) => new Date(`${day}T05:00:00Z`);

/** "10 Maret 2026" for "2026-03-10". */
export const longDay = (day: string, locale: Locale) => wibDayMonthYear(dayInstant(day), locale);

/** "1 Januari – 30 Juni 2026"; both years when they differ. */
export function periodText(from: string, to: string, locale: Locale): string {
  const end = longDay(to, locale);
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${longDay(from, locale)} – ${end}`;
  const start = longDay(from, locale).replace(/\s+\d{4}$/, "");
  return `${start} – ${end}`;
}

const roman = (semester: number) => (semester === 1 ? "I" : "II");

export type ReportPeriod = {
  kind: ReportKind;
  year: number;
  semester: number | null;
  from: string;
  to: string;
};
export type ReportPlace = { level: string; name: string; parentName?: string | null } | null;

/**
 * The report's title as the secretariat would write it: "Laporan Tahunan Gugus Tugas PP-TPPO
 * Kota Administrasi Jakarta Pusat Tahun 2024", with the kecamatan or kelurahan when narrowed.
 */
export function reportTitle(taskForceName: string, period: ReportPeriod, place: ReportPlace): string {
  const base =
    period.kind === "annual"
      ? `Laporan Tahunan ${taskForceName} Tahun ${period.year}`
      : period.kind === "semester"
        ? `Laporan Semester ${roman(period.semester ?? 1)} ${taskForceName} Tahun ${period.year}`
        : `Laporan ${taskForceName} Periode ${periodText(period.from, period.to, "id")}`;
  return place ? `${base} — ${placeName(place)}` : base;
}

/** "Kecamatan Gambir" / "Kelurahan Cideng". */
export function placeName(place: NonNullable<ReportPlace>): string {
  return `${place.level === "kecamatan" ? "Kecamatan" : "Kelurahan"} ${place.name}`;
}

/** One year earlier, the same days (29 February becomes 28 February). */
export function yearEarlier(day: string): string {
  const year = String(Number(day.slice(0, 4)) - 1).padStart(4, "0");
  const monthDay = day.slice(5) === "02-29" ? "02-28" : day.slice(5);
  return `${year}-${monthDay}`;
}

/** The same period a year earlier, for the narrative's comparison. */
export function comparisonPeriod(from: string, to: string): { from: string; to: string } {
  return { from: yearEarlier(from), to: yearEarlier(to) };
}

/** How the period is named in a sentence: "2024", "semester I 2024", "periode 1 Maret – 31 Mei 2026". */
export function periodPhrase(period: ReportPeriod, locale: Locale): string {
  if (period.kind === "annual") return String(period.year);
  if (period.kind === "semester") return `semester ${roman(period.semester ?? 1)} ${period.year}`;
  return `${locale === "id" ? "periode" : "the period"} ${periodText(period.from, period.to, locale)}`;
}

/** The comparison period named the same way: "2023", "semester I 2023", "periode yang sama tahun 2025". */
export function previousPhrase(period: ReportPeriod, locale: Locale): string {
  if (period.kind === "annual") return String(period.year - 1);
  if (period.kind === "semester") return `semester ${roman(period.semester ?? 1)} ${period.year - 1}`;
  return locale === "id"
    ? `periode yang sama tahun ${Number(period.from.slice(0, 4)) - 1}`
    : `the same period of ${Number(period.from.slice(0, 4)) - 1}`;
}
