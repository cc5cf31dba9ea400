import { and, eq, sql } from "drizzle-orm";
import type { AttendanceDto, AttendanceRatesDto, CheckInInput } from "../../../shared/coordination.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { queryRows } from "../../db/query-rows.ts";
import { meetingAttendance, meetings } from "../../db/schema/index.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import { formatWib } from "../../lib/wib.ts";
import { checkOrganization } from "../cases/reference-checks.ts";
import { inviteeOf } from "./invitation-mail.ts";
import { invitationsWithSeats } from "./invitations.service.ts";
import { loadMeeting } from "./meeting-access.ts";
import { presentAttendance } from "./meetings.presenter.ts";
import { findAttendance } from "./meetings.repository.ts";
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

type RateRow = {
  organization_id: string;
  organization_name: string;
  year: number;
  invited: number;
  attended: number;
  walk_ins: number;
};

/**
 * Attendance rate per organisation and year, over held meetings only. An organisation counts as
 * invited to a meeting when it, or one of its users, was invited; as having attended when
 * someone checked in for it. Coming uninvited counts apart (walk-ins), not in the rate.
 */
export async function attendanceRates(
  ctx: AppContext,
  actor: UserActor,
  range: { fromYear?: number; toYear?: number },
): Promise<AttendanceRatesDto> {
  const rows = await queryRows<RateRow>(
    ctx.db,
    sql`
      WITH held AS (
        SELECT m.id, extract(year FROM m.starts_at AT TIME ZONE 'Asia/Jakarta')::int AS year
        FROM meetings m
        WHERE m.task_force_id = ${actor.taskForceId} AND m.status = 'held'
      ),
      invited AS (
        SELECT DISTINCT i.meeting_id, coalesce(i.organization_id, u.organization_id) AS org_id
        FROM meeting_invitations i
        JOIN held h ON h.id = i.meeting_id
        LEFT JOIN users u ON u.id = i.user_id
        WHERE i.withdrawn_at IS NULL AND i.kind <> 'external'
      ),
      attended AS (
        SELECT DISTINCT a.meeting_id, a.organization_id AS org_id
        FROM meeting_attendance a
        JOIN held h ON h.id = a.meeting_id
        WHERE a.organization_id IS NOT NULL
      ),
      pairs AS (SELECT meeting_id, org_id FROM invited UNION SELECT meeting_id, org_id FROM attended)
      SELECT o.id AS organization_id, o.name AS organization_name, h.year,
        (count(inv.meeting_id))::int AS invited,
        (count(*) FILTER (WHERE inv.meeting_id IS NOT NULL AND att.meeting_id IS NOT NULL))::int AS attended,
        (count(*) FILTER (WHERE inv.meeting_id IS NULL))::int AS walk_ins
      FROM pairs p
      JOIN held h ON h.id = p.meeting_id
      JOIN organizations o ON o.id = p.org_id
      LEFT JOIN invited inv ON inv.meeting_id = p.meeting_id AND inv.org_id = p.org_id
      LEFT JOIN attended att ON att.meeting_id = p.meeting_id AND att.org_id = p.org_id
      WHERE (${range.fromYear ?? null}::int IS NULL OR h.year >= ${range.fromYear ?? null}::int)
        AND (${range.toYear ?? null}::int IS NULL OR h.year <= ${range.toYear ?? null}::int)
      GROUP BY o.id, o.name, h.year
      ORDER BY o.name, o.id, h.year`,
  );
  const rate = (invited: number, attended: number) => (invited === 0 ? null : attended / invited);
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const byOrg = new Map<string, AttendanceRatesDto["rows"][number]>();
  for (const r of rows) {
    let entry = byOrg.get(r.organization_id);
    if (!entry) {
      entry = {
        organizationId: r.organization_id,
        organizationName: r.organization_name,
        total: { invited: 0, attended: 0, rate: null },
        byYear: [],
        walkIns: 0,
      };
      byOrg.set(r.organization_id, entry);
    }
    const invited = Number(r.invited);
    const attended = Number(r.attended);
    entry.byYear.push({ year: Number(r.year), invited, attended, rate: rate(invited, attended) });
    entry.total.invited += invited;
    entry.total.attended += attended;
    entry.walkIns += Number(r.walk_ins);
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
