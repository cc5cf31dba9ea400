import { todayInJakarta } from "../../ui/format-day.ts";

/** The first year prevention is recorded for; the demo and most task forces start here. */
const FIRST_YEAR = 2020;

/** The current year in Jakarta. */
export function currentYear(): number {
  return Number(todayInJakarta().slice(0, 4));
}

/** Years to choose from, newest first, up to next year (activities are planned ahead). */
export function yearOptions(ahead = 1): { value: string; label: string }[] {
  const years: { value: string; label: string }[] = [];
  for (let y = currentYear() + ahead; y >= FIRST_YEAR; y--)
    years.push({ value: String(y), label: String(y) });
  return years;
}
