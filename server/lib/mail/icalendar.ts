/**
 * A small iCalendar (RFC 5545) writer for meeting invitations and calendar feeds. Times are
 * written in UTC ("…Z"), which every calendar program converts to the reader's zone; that spares
 * a VTIMEZONE block and cannot be misread (WIB has no daylight saving, but the reader may not be
 * in WIB).
 */

export type CalendarPerson = { name?: string | null; email: string };

export type CalendarEvent = {
  /** Stable across updates: the same UID with a higher SEQUENCE replaces the earlier copy. */
  uid: string;
  sequence: number;
  /** When this copy was written (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status: "CONFIRMED" | "CANCELLED" | "TENTATIVE";
  organizer?: CalendarPerson | null;
  attendees?: readonly CalendarPerson[];
  /** Set when the event was last changed (LAST-MODIFIED). */
  lastModified?: Date | null;
};

export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

const PRODID = "-//Gugus//Gugus Tugas PP-TPPO//ID";

/** 20240515T020000Z */
export function icsDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * A parameter value (e.g. CN). It cannot contain a double quote at all, so those become single
 * quotes; it is quoted when it holds ":", ";" or "," (RFC 5545 3.2).
 */
export function paramValue(value: string): string {
  const clean = value.replace(/"/g, "'").replace(/[\r\n\p{Cc}]/gu, " ");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 3.1): continuation lines
 * start with one space, which counts toward their 75. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back off a continuation byte (10xxxxxx) so the character stays whole.
    while (end < bytes.length && end > start && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74;
  }
  return parts.join("\r\n ");
}

function mailto(person: CalendarPerson): string {
  return `mailto:${person.email}`;
}

function eventLines(event: CalendarEvent, method: CalendarMethod | null): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.status}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${icsDateTime(event.lastModified)}`);
  if (event.organizer) {
    const cn = event.organizer.name ? `;CN=${paramValue(event.organizer.name)}` : "";
    lines.push(`ORGANIZER${cn}:${mailto(event.organizer)}`);
  }
  for (const attendee of event.attendees ?? []) {
    const cn = attendee.name ? `;CN=${paramValue(attendee.name)}` : "";
    // No RSVP is asked: the secretariat counts who came at the door, not who replied.
    const status = method === "CANCEL" ? "" : ";PARTSTAT=NEEDS-ACTION;RSVP=FALSE";
    lines.push(`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT${status}${cn}:${mailto(attendee)}`);
  }
  lines.push("END:VEVENT");
  return lines;
}

/**
 * A whole calendar object: one event for an invitation (METHOD:REQUEST or CANCEL), or many for a
 * feed (no METHOD, as subscribed calendars expect). Lines end in CRLF and are folded.
 */
export function buildCalendar(
  events: readonly CalendarEvent[],
  options: { method?: CalendarMethod | null; name?: string | null } = {},
): string {
  const method = options.method ?? null;
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN"];
  if (method) lines.push(`METHOD:${method}`);
  if (options.name) {
    lines.push(`X-WR-CALNAME:${escapeText(options.name)}`, "X-WR-TIMEZONE:Asia/Jakarta");
  }
  for (const event of events) lines.push(...eventLines(event, method));
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
