// Forms take times as Jakarta wall-clock time, whatever the device's own zone is set to.
const timeZone = "Asia/Jakarta";

function parts(date: Date): Record<string, string> {
  const formatted = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  return Object.fromEntries(formatted.map((part) => [part.type, part.value]));
}

/** Now in WIB, as `<input type="datetime-local">` takes it. */
export function nowInWibLocal(now = new Date()): string {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A `datetime-local` value read as WIB (UTC+7, no daylight saving) to an ISO instant; "" if empty. */
export function wibLocalToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
  return `${value}:00+07:00`;
}
