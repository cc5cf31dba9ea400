import { wibDate } from "../../lib/wib.ts";

/** Midnight WIB of the day the instant falls on: "today" for the task force. */
export function startOfWibDay(instant: Date): Date {
  return new Date(`${wibDate(instant)}T00:00:00+07:00`);
}

/** A calendar year in Jakarta, as the half-open range [from, to) of instants. */
export function wibYear(year: number): { from: Date; to: Date } {
  return {
    from: new Date(`${String(year).padStart(4, "0")}-01-01T00:00:00+07:00`),
    to: new Date(`${String(year + 1).padStart(4, "0")}-01-01T00:00:00+07:00`),
  };
}
