import type { Config } from "../../config.ts";
import { buildCalendar, type CalendarPerson } from "../../lib/mail/icalendar.ts";
import type { QueuedMail } from "../../lib/mail/outbox.ts";
import type { Locale } from "../../lib/messages.ts";
import { meetingEvent, meetingLink, meetingWhen } from "./meeting-calendar.ts";
import type { InvitationRow, MeetingRow, SeatRow } from "./meetings.repository.ts";

export type AgendaLine = { position: number; title: string; presenter: string | null };

/** Who an invitation reaches: its addresses, and how the letter and the door list name it. */
export type Invitee = {
  addresses: string[];
  name: string;
  title: string | null;
  locale: Locale;
};

/** What naming and addressing an invitee needs: the invitation and its organisation or user. */
export type InviteeSource = {
  invitation: Pick<InvitationRow["invitation"], "kind" | "organizationId" | "name" | "email" | "personTitle">;
  organizationName: string | null;
  organizationEmail: string | null;
  userName?: string | null;
  userEmail?: string | null;
  userLocale?: string | null;
};

/**
 * A user or an outside person is mailed at their own address. An organisation is mailed at the
 * addresses of the people holding its seats today and at its own address, so the invitation
 * reaches the desk that decides who attends even when the representative changed.
 */
export function inviteeOf(row: InviteeSource, seats: readonly SeatRow[]): Invitee {
  const inv = row.invitation;
  if (inv.kind === "user") {
    return {
      addresses: row.userEmail ? [row.userEmail] : [],
      name: row.userName ?? inv.name ?? "",
      title: inv.personTitle,
      locale: row.userLocale === "en" ? "en" : "id",
    };
  }
  if (inv.kind === "external") {
    return {
      addresses: inv.email ? [inv.email] : [],
      name: inv.name ?? "",
      title: inv.personTitle,
      locale: "id",
    };
  }
  const own = seats.filter((s) => s.organizationId === inv.organizationId);
  const addresses = new Map<string, string>();
  for (const a of [...own.map((s) => s.email), row.organizationEmail]) {
    if (a) addresses.set(a.toLowerCase(), a);
  }
  const lead = own[0];
  return {
    addresses: [...addresses.values()],
    name: lead?.personName ?? row.organizationName ?? "",
    // The letter names the office ("Kepala Suku Dinas Sosial"), not the person, as letters do.
    title: lead?.personTitle ?? row.organizationName,
    locale: "id",
  };
}

export type InvitationKind = "request" | "update" | "cancel";

const texts = {
  id: {
    subject: { request: "Undangan", update: "Perubahan undangan", cancel: "Pembatalan" },
    greeting: (name: string) => `Yth. ${name || "Bapak/Ibu"},`,
    intro: {
      request: "Dengan hormat, Bapak/Ibu diundang menghadiri rapat berikut.",
      update:
        "Dengan hormat, ada perubahan pada rapat yang Bapak/Ibu diundang. Berikut keterangan terbarunya.",
      cancel: "Dengan hormat, rapat berikut DIBATALKAN.",
    },
    labels: {
      meeting: "Rapat",
      day: "Hari, tanggal",
      time: "Waktu",
      place: "Tempat",
      online: "Daring",
      chair: "Pimpinan rapat",
      agenda: "Agenda",
      reason: "Alasan",
    },
    attachment: "Undangan kalender (.ics) terlampir; buka untuk menambahkannya ke kalender Anda.",
    link: "Rincian rapat dan surat undangan (perlu masuk ke Gugus):",
  },
  en: {
    subject: { request: "Invitation", update: "Updated invitation", cancel: "Cancelled" },
    greeting: (name: string) => `Dear ${name || "colleague"},`,
    intro: {
      request: "You are invited to the following meeting.",
      update: "A meeting you are invited to has changed. Here are the current details.",
      cancel: "The following meeting has been CANCELLED.",
    },
    labels: {
      meeting: "Meeting",
      day: "Date",
      time: "Time",
      place: "Place",
      online: "Online",
      chair: "Chair",
      agenda: "Agenda",
      reason: "Reason",
    },
    attachment: "A calendar invitation (.ics) is attached; open it to add the meeting to your calendar.",
    link: "Meeting details and the invitation letter (sign-in to Gugus needed):",
  },
} as const;

/** The plain-text body of an invitation, its update or its cancellation. */
export function invitationText(
  config: Pick<Config, "publicUrl">,
  meeting: MeetingRow,
  agenda: readonly AgendaLine[],
  invitee: Pick<Invitee, "name" | "locale">,
  kind: InvitationKind,
  taskForceName: string,
): { subject: string; text: string } {
  const t = texts[invitee.locale];
  const when = meetingWhen(meeting, invitee.locale);
  const rows: [string, string | null][] = [
    [t.labels.meeting, meeting.title],
    [t.labels.day, when.day],
    [t.labels.time, when.time],
    [t.labels.place, meeting.place],
    [t.labels.online, meeting.onlineUrl],
    [t.labels.chair, [meeting.chairName, meeting.chairTitle].filter(Boolean).join(", ") || null],
  ];
  if (kind === "cancel") rows.push([t.labels.reason, meeting.cancelReason]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [t.greeting(invitee.name), "", t.intro[kind], ""];
  for (const [label, value] of rows) if (value) lines.push(`${label.padEnd(width)} : ${value}`);
  if (kind !== "cancel" && agenda.length > 0) {
    lines.push("", `${t.labels.agenda}:`);
    for (const item of agenda)
      lines.push(`  ${item.position}. ${item.title}${item.presenter ? ` (${item.presenter})` : ""}`);
  }
  if (kind !== "cancel" && meeting.purpose) lines.push("", meeting.purpose);
  const link = meetingLink(config, meeting.id);
  lines.push("", t.attachment, ...(link ? [t.link, link] : []), "", "--", taskForceName);
  return { subject: `${t.subject[kind]}: ${meeting.title} — ${when.day}`, text: lines.join("\n") };
}

/** The outbox message of one invitee: the text, and the .ics (REQUEST, or CANCEL) attached. */
export function invitationMail(
  config: Pick<Config, "publicUrl" | "mailFrom">,
  meeting: MeetingRow,
  agenda: readonly AgendaLine[],
  invitee: Invitee,
  kind: InvitationKind,
  taskForceName: string,
  stamp: Date,
): Omit<QueuedMail, "dedupeKey"> {
  const attendees: CalendarPerson[] = invitee.addresses.map((email) => ({
    name: invitee.name || null,
    email,
  }));
  const method = kind === "cancel" ? "CANCEL" : "REQUEST";
  const ics = buildCalendar(
    [meetingEvent(config, meeting, agenda, { stamp, attendees, locale: invitee.locale })],
    {
      method,
    },
  );
  const { subject, text } = invitationText(config, meeting, agenda, invitee, kind, taskForceName);
  return {
    to: invitee.addresses,
    subject,
    text,
    attachments: [
      {
        filename: "undangan.ics",
        contentType: `text/calendar; charset=utf-8; method=${method}`,
        content: ics,
      },
    ],
    calendarMethod: method,
    taskForceId: meeting.taskForceId,
  };
}
