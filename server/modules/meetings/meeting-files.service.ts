import { eq } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import { regions, taskForces } from "../../db/schema/index.ts";
import { notFound } from "../../lib/errors.ts";
import { buildCalendar } from "../../lib/mail/icalendar.ts";
import { wibDate } from "../../lib/wib.ts";
import { secretariatOn } from "../task-force-structure/structure.repository.ts";
import { renderLetter } from "./invitation-letter.ts";
import { inviteeOf } from "./invitation-mail.ts";
import { invitationsWithSeats } from "./invitations.service.ts";
import { loadMeeting } from "./meeting-access.ts";
import { meetingEvent } from "./meeting-calendar.ts";
import { findAgenda } from "./meetings.repository.ts";

/**
 * The meeting as an .ics file anyone invited can import (METHOD:PUBLISH: a copy for one's own
 * calendar, not an invitation to answer). The same UID as the mailed invitations, so importing
 * it beside one updates rather than duplicates.
 */
export async function meetingIcs(ctx: AppContext, actor: UserActor, meetingId: string) {
  const meeting = await loadMeeting(ctx.db, actor, meetingId);
  const agenda = await findAgenda(ctx.db, meeting.id);
  const body = buildCalendar(
    [meetingEvent(ctx.config, meeting, agenda, { stamp: ctx.now(), locale: actor.locale })],
    {
      method: "PUBLISH",
    },
  );
  return { body, fileName: `rapat-${wibDate(meeting.startsAt)}.ics` };
}

/** "Jakarta" for any of the Jakarta cities (as their letters are dated), else the place's name. */
export function letterCity(regionName: string | null): string {
  if (!regionName) return "";
  if (/jakarta/i.test(regionName)) return "Jakarta";
  return regionName.replace(/^(Kota Administrasi|Kabupaten Administrasi|Kota|Kabupaten)\s+/i, "");
}

/**
 * The printable invitation letter: to every invitee (a long list goes to the annex), or to one
 * invitation's addressee.
 */
export async function invitationLetter(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  invitationId?: string,
) {
  const meeting = await loadMeeting(ctx.db, actor, meetingId);
  const agenda = await findAgenda(ctx.db, meeting.id);
  const { rows, seats } = await invitationsWithSeats(ctx.db, meeting, ctx.now());
  const chosen = invitationId ? rows.filter((r) => r.invitation.id === invitationId) : rows;
  if (invitationId && chosen.length === 0) throw notFound();
  const recipients = chosen.map((row) => {
    const invitee = inviteeOf(row, seats);
    const label =
      row.invitation.kind === "organization"
        ? (invitee.title ?? row.organizationName ?? "")
        : [invitee.name, invitee.title].filter(Boolean).join(", ");
    return { label };
  });
  const [tf] = await ctx.db
    .select({ name: taskForces.name, regionName: regions.name })
    .from(taskForces)
    .leftJoin(regions, eq(regions.code, taskForces.regionCode))
    .where(eq(taskForces.id, actor.taskForceId));
  const pdf = await renderLetter({
    taskForceName: tf?.name ?? "",
    city: letterCity(tf?.regionName ?? null),
    secretariat: await secretariatOn(ctx.db, actor.taskForceId, wibDate(meeting.startsAt)),
    meeting,
    agenda,
    recipients: recipients.length > 0 ? recipients : [{ label: "Bapak/Ibu Anggota Gugus Tugas" }],
    today: ctx.now(),
  });
  return { pdf, fileName: `undangan-${wibDate(meeting.startsAt)}.pdf` };
}
