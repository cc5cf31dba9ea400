import { and, eq } from "drizzle-orm";
import type { AttendanceDto, AttendanceRatesDto, CheckInInput } from "../../../shared/coordination.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { checkOrganization } from "../../db/reference-checks.ts";
import { meetingAttendance, meetings } from "../../db/schema/index.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import { formatWib } from "../../lib/wib.ts";
import { inviteeOf } from "./invitation-mail.ts";
import { invitationsWithSeats } from "./invitations.service.ts";
import { loadMeeting } from "./meeting-access.ts";
import { presentAttendance } from "./meetings.presenter.ts";
import { attendanceByOrganization, findAttendance } from "./meetings.repository.ts";
import { ATTENDANCE_OPENS_BEFORE_MS, attendanceOpen } from "./meetings.service.ts";

/**
 * One person at the door. For an invitation one tap is enough: the name and organisation come
 * from the invitation (an organisation's representative of the day, or its name). A walk-in
 * gives a name and a member organisation or a typed one. The first check-in marks a planned
 * meeting as held.
 */
export async function checkIn(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  input: CheckInInput,
): Promise<AttendanceDto> {
  const id = await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    if (meeting.status === "cancelled") throw new AppError("conflict", "coordination.meeting_cancelled");
    if (!attendanceOpen(meeting, ctx.now())) {
      throw new AppError("conflict", "coordination.attendance_not_open", {
        params: {
          opens: formatWib(new Date(meeting.startsAt.getTime() - ATTENDANCE_OPENS_BEFORE_MS), actor.locale),
        },
      });
    }
    let values: typeof meetingAttendance.$inferInsert;
    if (input.invitationId) {
      const { rows, seats } = await invitationsWithSeats(tx, meeting, ctx.now(), true);
      const row = rows.find((r) => r.invitation.id === input.invitationId);
      if (!row) throw invalidField("invitationId", "field.invalid");
      if (row.invitation.withdrawnAt) throw invalidField("invitationId", "coordination.invitation_withdrawn");
      const [already] = await tx
        .select({ id: meetingAttendance.id })
        .from(meetingAttendance)
        .where(eq(meetingAttendance.invitationId, row.invitation.id));
      if (already) throw invalidField("invitationId", "coordination.already_checked_in");
      const invitee = inviteeOf(row, seats);
      const organizationId = row.invitation.organizationId ?? row.userOrganizationId ?? null;
      values = {
        meetingId: meeting.id,
        invitationId: row.invitation.id,
        name: input.name ?? (invitee.name || row.organizationName || ""),
        organizationId,
        organizationName: organizationId ? null : (input.organizationName ?? null),
        personTitle: input.personTitle ?? invitee.title ?? null,
        phone: input.phone ?? null,
        walkIn: false,
        checkedInAt: ctx.now(),
        recordedById: actor.userId,
        createdAt: ctx.now(),
      };
    } else {
      if (input.organizationId) await checkOrganization(tx, actor, "organizationId", input.organizationId);
      values = {
        meetingId: meeting.id,
        name: input.name!,
        organizationId: input.organizationId ?? null,
        organizationName: input.organizationName ?? null,
        personTitle: input.personTitle ?? null,
        phone: input.phone ?? null,
        walkIn: true,
        checkedInAt: ctx.now(),
        recordedById: actor.userId,
        createdAt: ctx.now(),
      };
    }
    const [row] = await tx.insert(meetingAttendance).values(values).returning({ id: meetingAttendance.id });
    if (meeting.status === "planned")
      await tx
        .update(meetings)
        .set({ status: "held", updatedAt: ctx.now() })
        .where(eq(meetings.id, meeting.id));
    await recordAudit(tx, actor, {
      event: "meeting.checked_in",
      recordType: "meeting",
      recordId: meeting.id,
      data: {
        attendanceId: row!.id,
        invitationId: values.invitationId ?? null,
        walkIn: values.walkIn,
        organizationId: values.organizationId ?? null,
      },
    });
    return row!.id;
  });
  const rows = await findAttendance(ctx.db, meetingId);
  return presentAttendance(rows.find((r) => r.attendance.id === id)!);
}

/** Undoes a mistaken tap at the door. */
export async function removeCheckIn(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  attendanceId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    const deleted = await tx
      .delete(meetingAttendance)
      .where(and(eq(meetingAttendance.id, attendanceId), eq(meetingAttendance.meetingId, meeting.id)))
      .returning({ name: meetingAttendance.name, invitationId: meetingAttendance.invitationId });
    if (deleted.length === 0) throw notFound();
    await recordAudit(tx, actor, {
      event: "meeting.check_in_removed",
      recordType: "meeting",
      recordId: meeting.id,
      data: { attendanceId, invitationId: deleted[0]!.invitationId },
    });
  });
}

/** The first instant of a WIB year. */
const wibYearStart = (year: number) => new Date(`${String(year).padStart(4, "0")}-01-01T00:00:00+07:00`);

/**
 * Attendance rate per organisation and year, over held meetings only (see
 * attendanceByOrganization for what counts as invited and attended).
 */
export async function attendanceRates(
  ctx: AppContext,
  actor: UserActor,
  range: { fromYear?: number; toYear?: number },
): Promise<AttendanceRatesDto> {
  const rows = await attendanceByOrganization(ctx.db, actor.taskForceId, {
    from: range.fromYear === undefined ? null : wibYearStart(range.fromYear),
    to: range.toYear === undefined ? null : wibYearStart(range.toYear + 1),
  });
  const rate = (invited: number, attended: number) => (invited === 0 ? null : attended / invited);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const byOrg = new Map<string, AttendanceRatesDto["rows"][number]>();
  for (const r of rows) {
    let entry = byOrg.get(r.organizationId);
    if (!entry) {
      entry = {
        organizationId: r.organizationId,
        organizationName: r.organizationName,
        total: { invited: 0, attended: 0, rate: null },
        byYear: [],
        walkIns: 0,
      };
      byOrg.set(r.organizationId, entry);
    }
    const { invited, attended } = r;
    entry.byYear.push({ year: r.year, invited, attended, rate: rate(invited, attended) });
    entry.total.invited += invited;
    entry.total.attended += attended;
    entry.walkIns += r.walkIns;
  }
  const result = [...byOrg.values()].map((e) => ({
    ...e,
    total: { ...e.total, rate: rate(e.total.invited, e.total.attended) },
  }));
  // Lowest rate first: the organisations the secretariat should call.
  result.sort(
    (a, b) =>
      (a.total.rate ?? 2) - (b.total.rate ?? 2) ||
      b.total.invited - a.total.invited ||
      a.organizationName.localeCompare(b.organizationName),
  );
  return { years, rows: result };
}
