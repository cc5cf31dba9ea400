/**
 * The dashboard's filters as the address bar carries them, so a link shows a colleague the same
 * figures and the back button undoes a change: `?tahun=2024&semester=1&kecamatan=31.71.01`,
 * or `?dari=2024-03-01&sampai=2024-05-31` for a range of days.
 */
export type Period =
  | { kind: "year"; year: number }
  | { kind: "semester"; year: number; semester: 1 | 2 }
  | { kind: "range"; from: string; to: string };

export type PeriodKind = Period["kind"];

export type DashboardFilters = {
  period: Period;
  kecamatan: string | null;
  kelurahan: string | null;
};

/** A dashboard question with its period always spelled out (the API's defaults are not relied on). */
export type DashboardBounds = { from: string; to: string; region?: string };

/** The earliest year offered: imported historical data (CTDC) reaches back about this far. */
export const FIRST_YEAR = 2010;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const kecamatanCode = /^\d{2}\.\d{2}\.\d{2}$/;
const kelurahanCode = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** A calendar day that exists ("2024-02-30" does not). */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads the filters from the address; anything malformed falls back to the current year, whole area. */
export function readFilters(params: URLSearchParams, today: string): DashboardFilters {
  const thisYear = Number(today.slice(0, 4));
  const from = params.get("dari");
  const to = params.get("sampai");
  let period: Period;
  if (isDay(from) && isDay(to)) {
    period = { kind: "range", from, to };
  } else {
    const asked = Number(params.get("tahun"));
    const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= thisYear ? asked : thisYear;
    const semester = params.get("semester");
    period =
      semester === "1" || semester === "2"
        ? { kind: "semester", year, semester: semester === "1" ? 1 : 2 }
        : { kind: "year", year };
  }
  const kecamatan = params.get("kecamatan");
  const kelurahan = params.get("kelurahan");
  const validKecamatan = kecamatan && kecamatanCode.test(kecamatan) ? kecamatan : null;
  // A kelurahan is chosen inside its kecamatan; one from elsewhere is a stale or edited link.
  const validKelurahan =
    validKecamatan && kelurahan && kelurahanCode.test(kelurahan) && kelurahan.startsWith(`${validKecamatan}.`)
      ? kelurahan
      : null;
  return { period, kecamatan: validKecamatan, kelurahan: validKelurahan };
}

/** The address for a set of filters; the defaults (current year, whole area) stay out of it. */
export function writeFilters(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  const { period } = filters;
  if (period.kind === "range") {
    params.set("dari", period.from);
    params.set("sampai", period.to);
  } else {
    params.set("tahun", String(period.year));
    if (period.kind === "semester") params.set("semester", String(period.semester));
  }
  if (filters.kecamatan) params.set("kecamatan", filters.kecamatan);
  if (filters.kecamatan && filters.kelurahan) params.set("kelurahan", filters.kelurahan);
  return params;
}

/**
 * The first and last day the period covers. A period reaching past today stops at today, so the
 * current year is compared with the same weeks of last year, not with all of it.
 */
export function periodBounds(period: Period, today: string): { from: string; to: string } {
  let from: string;
  let to: string;
  if (period.kind === "range") {
    from = period.from;
    to = period.to;
  } else if (period.kind === "semester") {
    from = `${period.year}-${period.semester === 1 ? "01-01" : "07-01"}`;
    to = `${period.year}-${period.semester === 1 ? "06-30" : "12-31"}`;
  } else {
    from = `${period.year}-01-01`;
    to = `${period.year}-12-31`;
  }
  return { from, to: to > today ? today : to };
}

/** Why a range cannot be asked for, or null when it can. */
export function rangeProblem(
  from: string,
  to: string,
  today: string,
): "incomplete" | "order" | "future" | null {
  if (!isDay(from) || !isDay(to)) return "incomplete";
  if (from > to) return "order";
  if (from > today) return "future";
  return null;
}

/** The same days one year earlier; 29 February becomes the 28th. */
export function yearEarlier(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const monthDay = day.slice(5);
  const shifted = `${year}-${monthDay}`;
  return isDay(shifted) ? shifted : `${year}-02-28`;
}

/** The API query for the filters: the kelurahan when one is chosen, else the kecamatan, else the whole area. */
export function dashboardQuery(filters: DashboardFilters, today: string): DashboardBounds {
  const bounds = periodBounds(filters.period, today);
  const region = filters.kelurahan ?? filters.kecamatan ?? undefined;
  return region ? { ...bounds, region } : bounds;
}

/** Years to choose from, newest first. */
export function yearChoices(today: string): string[] {
  const years: string[] = [];
  for (let year = Number(today.slice(0, 4)); year >= FIRST_YEAR; year--) years.push(String(year));
  return years;
}

/** "gambir", "petojo-utara": a region's name as a file name takes it. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The period part of a download's name: "2024", "2024-semester-1", "2024-03-01-sd-2024-05-31". */
export function periodSlug(period: Period): string {
  if (period.kind === "year") return String(period.year);
  if (period.kind === "semester") return `${period.year}-semester-${period.semester}`;
  return `${period.from}-sd-${period.to}`;
}
