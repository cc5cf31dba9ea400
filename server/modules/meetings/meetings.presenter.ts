import type {
  AgendaItemDto,
  AttendanceDto,
  DecisionDto,
  InvitationDto,
  InvitationMailState,
  MeetingStatus,
  MeetingSummary,
} from "../../../shared/coordination.ts";
import { inviteeOf } from "./invitation-mail.ts";
import type { InvitationRow, MeetingRow, SeatRow } from "./meetings.repository.ts";

/** Raw SQL hands timestamps back as text on one driver and as Date on the other. */
export const isoOf = (value: Date | string) => new Date(value).toISOString();
export const isoOrNull = (value: Date | string | null) => (value === null ? null : isoOf(value));

export function presentSummary(row: {
  id: string;
  title: string;
  seriesId: string | null;
  seriesTitle: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  status: string;
  invitedCount: number;
  attendedCount: number;
  decisionCount: number;
  invitedMe: boolean;
}): MeetingSummary {
  return {
    ...row,
    status: row.status as MeetingStatus,
    startsAt: isoOf(row.startsAt),
    endsAt: isoOf(row.endsAt),
    invitedCount: Number(row.invitedCount),
    attendedCount: Number(row.attendedCount),
    decisionCount: Number(row.decisionCount),
    invitedMe: Boolean(row.invitedMe),
  };
}

/**
 * Where an invitee's mail is. Queued mail on a deployment without SMTP is "not_configured": it
 * is kept, and goes out as soon as a mail server is set up.
 */
export function mailStateOf(
  row: InvitationRow,
  meeting: Pick<MeetingRow, "icsSequence">,
  addresses: readonly string[],
  mailConfigured: boolean,
): InvitationMailState {
  const inv = row.invitation;
  if (inv.sentSequence === null || !row.mailStatus) return addresses.length === 0 ? "no_address" : "not_sent";
  switch (row.mailStatus) {
    case "queued":
      return mailConfigured ? "queued" : "not_configured";
    case "sending":
      return "sending";
    case "failed":
      return "failed";
    default:
      return inv.sentSequence < meeting.icsSequence ? "outdated" : "sent";
  }
}

export function presentInvitation(
  row: InvitationRow,
  meeting: Pick<MeetingRow, "icsSequence">,
  seats: readonly SeatRow[],
  attendedInvitationIds: ReadonlySet<string>,
  mailConfigured: boolean,
): InvitationDto {
  const inv = row.invitation;
  const invitee = inviteeOf(row, seats);
  // Once mailed, the addresses it went to; before, those it would go to.
  const addresses = row.mailTo && inv.sentSequence !== null ? row.mailTo : invitee.addresses;
  return {
    id: inv.id,
    kind: inv.kind as InvitationDto["kind"],
    organizationId: inv.organizationId,
    organizationName: row.organizationName,
    userId: inv.userId,
    name: inv.kind === "organization" ? invitee.name || null : invitee.name,
    personTitle: inv.kind === "organization" ? invitee.title : inv.personTitle,
    email: inv.kind === "user" ? row.userEmail : inv.email,
    addresses,
    mailState: mailStateOf(row, meeting, addresses, mailConfigured),
    mailError: row.mailStatus === "failed" || row.mailStatus === "queued" ? row.mailError : null,
    sentAt: isoOrNull(row.mailSentAt),
    attended: attendedInvitationIds.has(inv.id),
  };
}

export function presentAgendaItem(row: {
  id: string;
  position: number;
  title: string;
  presenter: string | null;
  durationMinutes: number | null;
  discussion: string | null;
}): AgendaItemDto {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    presenter: row.presenter,
    durationMinutes: row.durationMinutes,
    discussion: row.discussion,
  };
}

export function presentDecision(row: {
  id: string;
  number: number;
  agendaItemId: string | null;
  text: string;
  createdAt: Date;
  updatedAt: Date;
}): DecisionDto {
  return {
    id: row.id,
    number: row.number,
    agendaItemId: row.agendaItemId,
    text: row.text,
    createdAt: isoOf(row.createdAt),
    updatedAt: isoOf(row.updatedAt),
  };
}

export function presentAttendance(row: {
  attendance: {
    id: string;
    invitationId: string | null;
    name: string;
    organizationId: string | null;
    organizationName: string | null;
    personTitle: string | null;
    phone: string | null;
    walkIn: boolean;
    checkedInAt: Date;
  };
  memberOrganizationName: string | null;
}): AttendanceDto {
  const a = row.attendance;
  return {
    id: a.id,
    invitationId: a.invitationId,
    name: a.name,
    organizationId: a.organizationId,
    // A member organisation's current name, or the name typed at the door.
    organizationName: row.memberOrganizationName ?? a.organizationName,
    personTitle: a.personTitle,
    phone: a.phone,
    walkIn: a.walkIn,
    checkedInAt: isoOf(a.checkedInAt),
  };
}
