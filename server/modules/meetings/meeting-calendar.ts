import type { Config } from "../../config.ts";
import { wibClock, wibLongDate } from "../../lib/documents/wib-format.ts";
import type { CalendarEvent, CalendarPerson } from "../../lib/mail/icalendar.ts";
import type { Locale } from "../../lib/messages.ts";
import type { MeetingRow } from "./meetings.repository.ts";

type AgendaLine = { position: number; title: string; presenter: string | null };

/** "Rabu, 15 Mei 2024" and "09.00–12.00 WIB" (the end's day too when it differs). */
export function meetingWhen(meeting: Pick<MeetingRow, "startsAt" | "endsAt">, locale: Locale) {
  const day = wibLongDate(meeting.startsAt, locale);
  const endDay = wibLongDate(meeting.endsAt, locale);
  const time =
    endDay === day
      ? `${wibClock(meeting.startsAt, locale)}–${wibClock(meeting.endsAt, locale)} WIB`
      : `${wibClock(meeting.startsAt, locale)} WIB – ${endDay} ${wibClock(meeting.endsAt, locale)} WIB`;
  return { day, time };
}

/** The meeting's page, when the deployment knows its public address (GUGUS_PUBLIC_URL). */
export function meetingLink(config: Pick<Config, "publicUrl">, meetingId: string): string | null {
  return config.publicUrl ? `${config.publicUrl.replace(/\/$/, "")}/koordinasi/rapat/${meetingId}` : null;
}

/** The sender as a calendar organiser: "Name <addr>" or a bare address. */
export function organizerOf(mailFrom: string): CalendarPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return match ? { name: match[1] || null, email: match[2]! } : { email: mailFrom.trim() };
}

/** A UID that stays the same across every update of the meeting, unique to this deployment. */
export function meetingUid(config: Pick<Config, "publicUrl">, meetingId: string): string {
  const host = config.publicUrl ? new URL(config.publicUrl).hostname : "gugus.local";
  return `rapat-${meetingId}@${host}`;
}

/** The meeting as a calendar event: times in UTC, the agenda in the description. */
export function meetingEvent(
  config: Pick<Config, "publicUrl" | "mailFrom">,
  meeting: MeetingRow,
  agenda: readonly AgendaLine[],
  options: { stamp: Date; attendees?: readonly CalendarPerson[]; locale?: Locale },
): CalendarEvent {
  const locale = options.locale ?? "id";
  const lines: string[] = [];
  if (meeting.purpose) lines.push(meeting.purpose, "");
  if (agenda.length > 0) {
    lines.push(locale === "id" ? "Agenda:" : "Agenda:");
    for (const item of agenda)
      lines.push(`${item.position}. ${item.title}${item.presenter ? ` (${item.presenter})` : ""}`);
    lines.push("");
  }
  if (meeting.chairName) lines.push(`${locale === "id" ? "Pimpinan rapat" : "Chair"}: ${meeting.chairName}`);
  if (meeting.onlineUrl)
    lines.push(`${locale === "id" ? "Tautan rapat daring" : "Online meeting"}: ${meeting.onlineUrl}`);
  if (meeting.status === "cancelled" && meeting.cancelReason)
    lines.push(`${locale === "id" ? "Dibatalkan" : "Cancelled"}: ${meeting.cancelReason}`);
  const link = meetingLink(config, meeting.id);
  if (link) lines.push(link);
  return {
    uid: meetingUid(config, meeting.id),
    sequence: meeting.icsSequence,
    stamp: options.stamp,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: meeting.title,
    description: lines.join("\n").trim(),
    location: [meeting.place, meeting.onlineUrl].filter(Boolean).join(" / ") || null,
    url: meeting.onlineUrl,
    status: meeting.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    organizer: organizerOf(config.mailFrom),
    attendees: options.attendees ?? [],
    lastModified: meeting.updatedAt,
  };
}
