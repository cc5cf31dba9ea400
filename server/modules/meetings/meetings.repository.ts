import { and, asc, desc, eq, gt, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import {
  mailOutbox,
  meetingAgendaItems,
  meetingAttendance,
  meetingDecisions,
  meetingDocuments,
  meetingInvitations,
  meetingSeries,
  meetings,
  organizations,
  taskForceMemberships,
  users,
} from "../../db/schema/index.ts";
import { holdsOn } from "../task-force-structure/structure.repository.ts";

export type MeetingRow = typeof meetings.$inferSelect;

/** The meeting when it belongs to the task force; `forUpdate` serialises changes to it. */
export async function findMeeting(
  db: Db,
  taskForceId: string,
  meetingId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MeetingRow | undefined> {
  const query = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.taskForceId, taskForceId)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

export type MeetingListFilter = {
  taskForceId: string;
  when: "upcoming" | "past" | "range";
  now: Date;
  from?: Date;
  to?: Date;
  seriesId?: string;
  status?: string;
  q?: string;
  organizationId: string;
  userId: string;
};

/** Whether the user, or their organisation, is invited (not withdrawn). */
export function invitedWhere(userId: string, organizationId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM ${meetingInvitations} WHERE ${meetingInvitations.meetingId} = ${meetings.id} AND ${meetingInvitations.withdrawnAt} IS NULL AND (${meetingInvitations.userId} = ${userId} OR (${meetingInvitations.kind} = 'organization' AND ${meetingInvitations.organizationId} = ${organizationId})))`;
}

/**
 * A page of meetings: upcoming (not yet ended, soonest first), past (latest first), or those
 * starting within a range (a calendar month). Keyset on (starts_at, id).
 */
export async function listMeetingsPage(
  db: Db,
  filter: MeetingListFilter,
  after: (string | number)[] | null,
  limit: number,
) {
  const descending = filter.when === "past";
  const afterAt = after ? new Date(String(after[0])) : null;
  const afterId = after ? String(after[1]) : null;
  const keyset =
    afterAt && afterId
      ? descending
        ? or(lt(meetings.startsAt, afterAt), and(eq(meetings.startsAt, afterAt), lt(meetings.id, afterId)))
        : or(gt(meetings.startsAt, afterAt), and(eq(meetings.startsAt, afterAt), gt(meetings.id, afterId)))
      : undefined;
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    eq(meetings.taskForceId, filter.taskForceId),
    filter.when === "upcoming" ? gte(meetings.endsAt, filter.now) : undefined,
    filter.when === "past" ? lt(meetings.endsAt, filter.now) : undefined,
    filter.when === "range" && filter.from ? gte(meetings.startsAt, filter.from) : undefined,
    filter.when === "range" && filter.to ? lt(meetings.startsAt, filter.to) : undefined,
    filter.seriesId ? eq(meetings.seriesId, filter.seriesId) : undefined,
    filter.status ? eq(meetings.status, filter.status) : undefined,
    pattern ? or(ilike(meetings.title, pattern), ilike(meetingSeries.title, pattern)) : undefined,
    keyset,
  );
  return db
    .select({
      id: meetings.id,
      title: meetings.title,
      seriesId: meetings.seriesId,
      seriesTitle: meetingSeries.title,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      place: meetings.place,
      onlineUrl: meetings.onlineUrl,
      status: meetings.status,
      invitedCount: sql<number>`(SELECT count(*)::int FROM ${meetingInvitations} WHERE ${meetingInvitations.meetingId} = ${meetings.id} AND ${meetingInvitations.withdrawnAt} IS NULL)`,
      attendedCount: sql<number>`(SELECT count(*)::int FROM ${meetingAttendance} WHERE ${meetingAttendance.meetingId} = ${meetings.id})`,
      decisionCount: sql<number>`(SELECT count(*)::int FROM ${meetingDecisions} WHERE ${meetingDecisions.meetingId} = ${meetings.id})`,
      invitedMe: sql<boolean>`${invitedWhere(filter.userId, filter.organizationId)}`,
    })
    .from(meetings)
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(where)
    .orderBy(
      ...(descending
        ? [desc(meetings.startsAt), desc(meetings.id)]
        : [asc(meetings.startsAt), asc(meetings.id)]),
    )
    .limit(limit + 1);
}

export async function findSeries(db: Db, taskForceId: string, seriesId?: string) {
  return db
    .select({
      id: meetingSeries.id,
      title: meetingSeries.title,
      description: meetingSeries.description,
      // Spelled out: drizzle drops table names in single-table selects, which would bind "id" to m.
      meetingCount: sql<number>`(SELECT count(*)::int FROM meetings m WHERE m.series_id = "meeting_series"."id")`,
      firstStartsAt: sql<Date | null>`(SELECT min(m.starts_at) FROM meetings m WHERE m.series_id = "meeting_series"."id")`,
      lastStartsAt: sql<Date | null>`(SELECT max(m.starts_at) FROM meetings m WHERE m.series_id = "meeting_series"."id")`,
      createdAt: meetingSeries.createdAt,
    })
    .from(meetingSeries)
    .where(
      and(eq(meetingSeries.taskForceId, taskForceId), seriesId ? eq(meetingSeries.id, seriesId) : undefined),
    )
    .orderBy(desc(meetingSeries.createdAt), asc(meetingSeries.id));
}

export async function seriesMeetings(db: Db, seriesId: string) {
  return db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, status: meetings.status })
    .from(meetings)
    .where(eq(meetings.seriesId, seriesId))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

export async function findAgenda(db: Db, meetingId: string) {
  return db
    .select()
    .from(meetingAgendaItems)
    .where(eq(meetingAgendaItems.meetingId, meetingId))
    .orderBy(asc(meetingAgendaItems.position), asc(meetingAgendaItems.id));
}

export async function findDecisions(db: Db, meetingId: string) {
  return db
    .select()
    .from(meetingDecisions)
    .where(eq(meetingDecisions.meetingId, meetingId))
    .orderBy(asc(meetingDecisions.number));
}

/** Invitations with what their mail needs: the organisation's or user's name, and the last mail. */
export async function findInvitations(db: Db, meetingId: string, options: { withWithdrawn?: boolean } = {}) {
  return db
    .select({
      invitation: meetingInvitations,
      organizationName: organizations.name,
      organizationEmail: organizations.email,
      userName: users.name,
      userEmail: users.email,
      userLocale: users.locale,
      userOrganizationId: users.organizationId,
      mailStatus: mailOutbox.status,
      mailError: mailOutbox.lastError,
      mailSentAt: mailOutbox.sentAt,
      mailTo: mailOutbox.toAddresses,
    })
    .from(meetingInvitations)
    .leftJoin(organizations, eq(organizations.id, meetingInvitations.organizationId))
    .leftJoin(users, eq(users.id, meetingInvitations.userId))
    .leftJoin(mailOutbox, eq(mailOutbox.id, meetingInvitations.lastMailId))
    .where(
      and(
        eq(meetingInvitations.meetingId, meetingId),
        options.withWithdrawn ? undefined : isNull(meetingInvitations.withdrawnAt),
      ),
    )
    .orderBy(
      sql`array_position(array['organization','user','external'], ${meetingInvitations.kind})`,
      asc(sql`coalesce(${organizations.name}, ${users.name}, ${meetingInvitations.name})`),
      asc(meetingInvitations.id),
    );
}
export type InvitationRow = Awaited<ReturnType<typeof findInvitations>>[number];

/**
 * The people who hold an organisation's seats on a day: where an organisation's invitation is
 * mailed, and whose name and title the letter and the door list show.
 */
export async function currentSeats(db: Db, organizationIds: readonly string[], day: string) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      organizationId: taskForceMemberships.organizationId,
      positionCode: taskForceMemberships.positionCode,
      personName: taskForceMemberships.personName,
      personTitle: taskForceMemberships.personTitle,
      email: taskForceMemberships.email,
    })
    .from(taskForceMemberships)
    .where(and(inArray(taskForceMemberships.organizationId, [...new Set(organizationIds)]), holdsOn(day)))
    .orderBy(
      sql`array_position(array['pengarah','ketua','ketua_harian','sekretaris','anggota'], ${taskForceMemberships.positionCode})`,
      asc(taskForceMemberships.validFrom),
    );
}
export type SeatRow = Awaited<ReturnType<typeof currentSeats>>[number];

export async function findAttendance(db: Db, meetingId: string) {
  return db
    .select({
      attendance: meetingAttendance,
      memberOrganizationName: organizations.name,
    })
    .from(meetingAttendance)
    .leftJoin(organizations, eq(organizations.id, meetingAttendance.organizationId))
    .where(eq(meetingAttendance.meetingId, meetingId))
    .orderBy(asc(meetingAttendance.checkedInAt), asc(meetingAttendance.id));
}

export async function findDocuments(db: Db, meetingId: string, documentId?: string) {
  return db
    .select({
      id: meetingDocuments.id,
      fileNameEnc: meetingDocuments.fileNameEnc,
      mimeType: meetingDocuments.mimeType,
      sizeBytes: meetingDocuments.sizeBytes,
      sha256: meetingDocuments.sha256,
      category: meetingDocuments.category,
      uploadedByName: users.name,
      createdAt: meetingDocuments.createdAt,
    })
    .from(meetingDocuments)
    .leftJoin(users, eq(users.id, meetingDocuments.uploadedById))
    .where(
      and(
        eq(meetingDocuments.meetingId, meetingId),
        documentId ? eq(meetingDocuments.id, documentId) : undefined,
      ),
    )
    .orderBy(desc(meetingDocuments.createdAt), desc(meetingDocuments.id));
}
export type MeetingDocumentRow = Awaited<ReturnType<typeof findDocuments>>[number];

export async function findDocumentContent(db: Db, meetingId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(meetingDocuments)
    .where(and(eq(meetingDocuments.meetingId, meetingId), eq(meetingDocuments.id, documentId)));
  return row;
}

export type OrganizationAttendance = {
  organizationId: string;
  organizationName: string;
  /** The WIB year the meetings started in. */
  year: number;
  invited: number;
  attended: number;
  walkIns: number;
};

/**
 * Attendance per organisation and WIB year over the task force's held meetings starting in
 * [from, to) (either end open). An organisation counts as invited to a meeting when it, or one
 * of its users, was invited; as having attended when someone checked in for it. Coming
 * uninvited counts apart (walk-ins), not in the rate. The coordination page's yearly rates and
 * the dashboard's period both read this.
 */
export async function attendanceByOrganization(
  db: Db,
  taskForceId: string,
  range: { from?: Date | null; to?: Date | null },
): Promise<OrganizationAttendance[]> {
  const from = range.from?.toISOString() ?? null;
  const to = range.to?.toISOString() ?? null;
  const rows = await queryRows<{
    organization_id: string;
    organization_name: string;
    year: number;
    invited: number;
    attended: number;
    walk_ins: number;
  }>(
    db,
    sql`
      WITH held AS (
        SELECT m.id, extract(year FROM m.starts_at AT TIME ZONE 'Asia/Jakarta')::int AS year
        FROM meetings m
        WHERE m.task_force_id = ${taskForceId} AND m.status = 'held'
          AND (${from}::timestamptz IS NULL OR m.starts_at >= ${from}::timestamptz)
          AND (${to}::timestamptz IS NULL OR m.starts_at < ${to}::timestamptz)
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
      GROUP BY o.id, o.name, h.year
      ORDER BY o.name, o.id, h.year`,
  );
  return rows.map((r) => ({
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    year: Number(r.year),
    invited: Number(r.invited),
    attended: Number(r.attended),
    walkIns: Number(r.walk_ins),
  }));
}
