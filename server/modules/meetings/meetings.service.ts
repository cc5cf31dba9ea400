import { and, eq, gt, inArray, max, sql } from "drizzle-orm";
import {
  type CreateMeetingInput,
  type DecisionInput,
  type ListMeetingsQuery,
  type MeetingDto,
  type MinutesInput,
  meetingProblems,
  type ReplaceAgendaInput,
  type UpdateMeetingInput,
} from "../../../shared/coordination.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { meetingAgendaItems, meetingDecisions, meetingSeries, meetings } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { openFileName } from "../../lib/encrypted-files/sealed-file.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import { wakeMailSender } from "../../lib/mail/sender.ts";
import {
  addInviteesTx,
  canMail,
  invitationsWithSeats,
  pendingCount,
  queueCancellations,
  queueInvitations,
} from "./invitations.service.ts";
import { checkSeries, loadMeeting, refuse, refuseIfCancelled } from "./meeting-access.ts";
import { documentContexts } from "./meeting-documents.service.ts";
import {
  isoOf,
  isoOrNull,
  presentAgendaItem,
  presentAttendance,
  presentDecision,
  presentInvitation,
  presentSummary,
} from "./meetings.presenter.ts";
import {
  findAgenda,
  findAttendance,
  findDecisions,
  findDocuments,
  findSeries,
  listMeetingsPage,
  type MeetingRow,
  seriesMeetings,
} from "./meetings.repository.ts";

/** Attendance opens this long before the start: people arrive early, and the list is printed. */
export const ATTENDANCE_OPENS_BEFORE_MS = 24 * 3_600_000;

export function attendanceOpen(meeting: MeetingRow, now: Date): boolean {
  return (
    meeting.status !== "cancelled" && now.getTime() >= meeting.startsAt.getTime() - ATTENDANCE_OPENS_BEFORE_MS
  );
}

export async function listMeetings(ctx: AppContext, actor: UserActor, query: ListMeetingsQuery) {
  const after = decodeCursor(query.cursor, 2);
  const rows = await listMeetingsPage(
    ctx.db,
    {
      taskForceId: actor.taskForceId,
      when: query.when,
      now: ctx.now(),
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      seriesId: query.seriesId,
      status: query.status,
      q: query.q,
      organizationId: actor.organizationId,
      userId: actor.userId,
    },
    after,
    query.limit,
  );
  const page = pageOf(rows, query.limit, (r) => [r.startsAt.toISOString(), r.id]);
  return { items: page.items.map(presentSummary), nextCursor: page.nextCursor };
}

export async function listSeries(ctx: AppContext, actor: UserActor) {
  const rows = await findSeries(ctx.db, actor.taskForceId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      meetingCount: Number(r.meetingCount),
      firstStartsAt: isoOrNull(r.firstStartsAt),
      lastStartsAt: isoOrNull(r.lastStartsAt),
    })),
  };
}

async function insertSeries(
  tx: Db,
  ctx: AppContext,
  actor: UserActor,
  title: string,
  description: string | null,
) {
  const [row] = await tx
    .insert(meetingSeries)
    .values({
      taskForceId: actor.taskForceId,
      title,
      description,
      createdById: actor.userId,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    })
    .returning({ id: meetingSeries.id });
  await recordAudit(tx, actor, {
    event: "meeting_series.created",
    recordType: "meeting_series",
    recordId: row!.id,
    data: { title },
  });
  return row!.id;
}

export async function createSeries(
  ctx: AppContext,
  actor: UserActor,
  input: { title: string; description?: string | null },
) {
  const id = await ctx.db.transaction((tx) =>
    insertSeries(tx, ctx, actor, input.title, input.description ?? null),
  );
  const [row] = (await listSeries(ctx, actor)).items.filter((s) => s.id === id);
  return row!;
}

/** The whole meeting as its page shows it; the caller's abilities decide the buttons. */
export async function getMeeting(ctx: AppContext, actor: UserActor, meetingId: string): Promise<MeetingDto> {
  const meeting = await loadMeeting(ctx.db, actor, meetingId);
  return presentMeeting(ctx, actor, meeting);
}

async function presentMeeting(ctx: AppContext, actor: UserActor, meeting: MeetingRow): Promise<MeetingDto> {
  const db = ctx.db;
  const now = ctx.now();
  const [series] = meeting.seriesId ? await findSeries(db, actor.taskForceId, meeting.seriesId) : [];
  const siblings = series ? await seriesMeetings(db, series.id) : [];
  const agenda = await findAgenda(db, meeting.id);
  const decisions = await findDecisions(db, meeting.id);
  const { rows: invitations, seats } = await invitationsWithSeats(db, meeting, now);
  const attendance = await findAttendance(db, meeting.id);
  const documents = await findDocuments(db, meeting.id);
  const attended = new Set(
    attendance.map((a) => a.attendance.invitationId).filter((id): id is string => !!id),
  );
  const mailConfigured = ctx.config.smtpUrl !== null;
  const manage = actor.permissions.has("coordination.manage");
  const invitedMe = invitations.some(
    (r) =>
      r.invitation.userId === actor.userId ||
      (r.invitation.kind === "organization" && r.invitation.organizationId === actor.organizationId),
  );
  return {
    ...presentSummary({
      ...meeting,
      seriesTitle: series?.title ?? null,
      invitedCount: invitations.length,
      attendedCount: attendance.length,
      decisionCount: decisions.length,
      invitedMe,
    }),
    purpose: meeting.purpose,
    chairName: meeting.chairName,
    chairTitle: meeting.chairTitle,
    cancelReason: meeting.cancelReason,
    icsSequence: meeting.icsSequence,
    letterNumber: meeting.letterNumber,
    letterDate: meeting.letterDate,
    letterNature: meeting.letterNature as MeetingDto["letterNature"],
    letterAttachment: meeting.letterAttachment,
    signerName: meeting.signerName,
    signerTitle: meeting.signerTitle,
    signerNip: meeting.signerNip,
    minutesNotes: meeting.minutesNotes,
    minutesTakerName: meeting.minutesTakerName,
    minutesUpdatedAt: isoOrNull(meeting.minutesUpdatedAt),
    series: series
      ? {
          id: series.id,
          title: series.title,
          meetings: siblings.map((m) => ({
            id: m.id,
            title: m.title,
            startsAt: isoOf(m.startsAt),
            status: m.status as MeetingDto["status"],
          })),
        }
      : null,
    agenda: agenda.map(presentAgendaItem),
    decisions: decisions.map(presentDecision),
    invitations: invitations.map((r) => presentInvitation(r, meeting, seats, attended, mailConfigured)),
    attendance: attendance.map(presentAttendance),
    documents: documents.map((d) => ({
      id: d.id,
      fileName: openFileName(ctx.keyring, documentContexts, d.id, d.fileNameEnc),
      mimeType: d.mimeType,
      sizeBytes: Number(d.sizeBytes),
      sha256: d.sha256,
      category: d.category as MeetingDto["documents"][number]["category"],
      uploadedByName: d.uploadedByName,
      createdAt: isoOf(d.createdAt),
    })),
    mailConfigured,
    createdAt: isoOf(meeting.createdAt),
    updatedAt: isoOf(meeting.updatedAt),
    abilities: {
      manage,
      takeAttendance: manage && attendanceOpen(meeting, now),
      sendInvitations: manage && canMail(meeting, now) && pendingCount(invitations, meeting) > 0,
      cancel: manage && meeting.status === "planned",
    },
  };
}

async function insertAgenda(tx: Db, meetingId: string, items: CreateMeetingInput["agenda"], now: Date) {
  if (items.length === 0) return;
  await tx.insert(meetingAgendaItems).values(
    items.map((item, i) => ({
      meetingId,
      position: i + 1,
      title: item.title,
      presenter: item.presenter ?? null,
      durationMinutes: item.durationMinutes ?? null,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

/**
 * Creates a meeting with its agenda and invitees, in a series (existing, or new and named
 * here) or alone. Invitations are mailed when the caller asks (`sendInvitations`).
 */
export async function createMeeting(ctx: AppContext, actor: UserActor, input: CreateMeetingInput) {
  const id = await ctx.db.transaction(async (tx) => {
    await checkSeries(tx, actor, input.seriesId);
    const seriesId = input.newSeriesTitle
      ? await insertSeries(tx, ctx, actor, input.newSeriesTitle, null)
      : (input.seriesId ?? null);
    const { agenda, invitees, newSeriesTitle: _title, seriesId: _series, sendInvitations, ...fields } = input;
    const [row] = await tx
      .insert(meetings)
      .values({
        ...fields,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        taskForceId: actor.taskForceId,
        seriesId,
        createdById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    const meeting = row!;
    await insertAgenda(tx, meeting.id, agenda, ctx.now());
    const added = await addInviteesTx(tx, ctx, actor, meeting, invitees, "invitees");
    let queued = 0;
    if (sendInvitations && canMail(meeting, ctx.now()))
      queued = (await queueInvitations(tx, ctx, meeting, "request")).queued;
    await recordAudit(tx, actor, {
      event: "meeting.created",
      recordType: "meeting",
      recordId: meeting.id,
      data: {
        title: input.title,
        startsAt: input.startsAt,
        seriesId,
        invitees: added,
        agendaItems: agenda.length,
        queued,
      },
    });
    return meeting.id;
  });
  if (input.sendInvitations) wakeMailSender(ctx);
  return getMeeting(ctx, actor, id);
}

// Changes invitees must hear about: a new calendar copy (higher SEQUENCE) goes to everyone mailed.
const noticeFields = ["title", "startsAt", "endsAt", "place", "onlineUrl"] as const;

export async function updateMeeting(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  input: UpdateMeetingInput,
) {
  const notified = await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    if (input.seriesId !== undefined) await checkSeries(tx, actor, input.seriesId);
    const next = {
      startsAt: input.startsAt ?? meeting.startsAt.toISOString(),
      endsAt: input.endsAt ?? meeting.endsAt.toISOString(),
      place: input.place === undefined ? meeting.place : input.place,
      onlineUrl: input.onlineUrl === undefined ? meeting.onlineUrl : input.onlineUrl,
    };
    refuse(meetingProblems(next, true).map((p) => ({ field: p.path, key: p.message as never })));
    const values: Record<string, unknown> = {};
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, raw] of Object.entries(input)) {
      const value = (key === "startsAt" || key === "endsAt") && raw ? new Date(raw as string) : (raw ?? null);
      const before = (meeting as Record<string, unknown>)[key] ?? null;
      const same =
        before instanceof Date && value instanceof Date
          ? before.getTime() === value.getTime()
          : before === value;
      if (!same) {
        values[key] = value;
        changed[key] = { from: before, to: value };
      }
    }
    if (Object.keys(values).length === 0) return false;
    const notice = noticeFields.some((f) => f in changed);
    const [updated] = await tx
      .update(meetings)
      .set({ ...values, ...(notice ? { icsSequence: meeting.icsSequence + 1 } : {}), updatedAt: ctx.now() })
      .where(eq(meetings.id, meeting.id))
      .returning();
    let queued = 0;
    if (notice && canMail(updated!, ctx.now()))
      queued = (await queueInvitations(tx, ctx, updated!, "update")).queued;
    await recordAudit(tx, actor, {
      event: "meeting.updated",
      recordType: "meeting",
      recordId: meeting.id,
      data: { changed, ...(notice ? { sequence: updated!.icsSequence, updatesQueued: queued } : {}) },
    });
    return queued > 0;
  });
  if (notified) wakeMailSender(ctx);
  return getMeeting(ctx, actor, meetingId);
}

export async function cancelMeeting(ctx: AppContext, actor: UserActor, meetingId: string, reason: string) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    if (meeting.status !== "planned") throw new AppError("conflict", "coordination.meeting_not_cancellable");
    const [cancelled] = await tx
      .update(meetings)
      .set({
        status: "cancelled",
        cancelReason: reason,
        icsSequence: meeting.icsSequence + 1,
        updatedAt: ctx.now(),
      })
      .where(eq(meetings.id, meeting.id))
      .returning();
    const queued = meeting.endsAt > ctx.now() ? await queueCancellations(tx, ctx, cancelled!) : 0;
    await recordAudit(tx, actor, {
      event: "meeting.cancelled",
      recordType: "meeting",
      recordId: meeting.id,
      data: { reason, cancellationsQueued: queued },
    });
  });
  wakeMailSender(ctx);
  return getMeeting(ctx, actor, meetingId);
}

/**
 * Replaces the agenda with the list given, in its order. Items named by id keep their minutes
 * and decisions; an item left out is removed unless a decision hangs on it.
 */
export async function replaceAgenda(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  input: ReplaceAgendaInput,
) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    const existing = await findAgenda(tx, meeting.id);
    const known = new Set(existing.map((a) => a.id));
    refuse(
      input.items.flatMap((item, i) =>
        item.id && !known.has(item.id)
          ? [{ field: `items.${i}.id`, key: "coordination.agenda_item_unknown" as const }]
          : [],
      ),
    );
    const keep = input.items.map((i) => i.id).filter((id): id is string => !!id);
    const dropped = existing.filter((a) => !keep.includes(a.id)).map((a) => a.id);
    if (dropped.length > 0) {
      const [hanging] = await tx
        .select({ id: meetingDecisions.agendaItemId })
        .from(meetingDecisions)
        .where(inArray(meetingDecisions.agendaItemId, dropped))
        .limit(1);
      if (hanging) throw invalidField("items", "coordination.agenda_item_has_decisions");
      await tx
        .delete(meetingAgendaItems)
        .where(and(eq(meetingAgendaItems.meetingId, meeting.id), inArray(meetingAgendaItems.id, dropped)));
    }
    for (const [i, item] of input.items.entries()) {
      const values = {
        position: i + 1,
        title: item.title,
        presenter: item.presenter ?? null,
        durationMinutes: item.durationMinutes ?? null,
        updatedAt: ctx.now(),
      };
      if (item.id) await tx.update(meetingAgendaItems).set(values).where(eq(meetingAgendaItems.id, item.id));
      else
        await tx
          .insert(meetingAgendaItems)
          .values({ ...values, meetingId: meeting.id, createdAt: ctx.now() });
    }
    await recordAudit(tx, actor, {
      event: "meeting.agenda_updated",
      recordType: "meeting",
      recordId: meeting.id,
      data: { items: input.items.length, removed: dropped.length },
    });
  });
  return getMeeting(ctx, actor, meetingId);
}

/** A meeting that has started and was still "planned" has evidently been held. */
async function markHeld(tx: Db, meeting: MeetingRow, now: Date) {
  if (meeting.status === "planned")
    await tx.update(meetings).set({ status: "held", updatedAt: now }).where(eq(meetings.id, meeting.id));
}

export async function saveMinutes(ctx: AppContext, actor: UserActor, meetingId: string, input: MinutesInput) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    if (ctx.now() < meeting.startsAt) throw new AppError("conflict", "coordination.minutes_before_start");
    const agenda = await findAgenda(tx, meeting.id);
    const known = new Set(agenda.map((a) => a.id));
    refuse(
      input.items.flatMap((item, i) =>
        known.has(item.agendaItemId)
          ? []
          : [{ field: `items.${i}.agendaItemId`, key: "coordination.agenda_item_unknown" as const }],
      ),
    );
    for (const item of input.items) {
      await tx
        .update(meetingAgendaItems)
        .set({ discussion: item.discussion, updatedAt: ctx.now() })
        .where(eq(meetingAgendaItems.id, item.agendaItemId));
    }
    await tx
      .update(meetings)
      .set({
        ...(input.notes !== undefined ? { minutesNotes: input.notes } : {}),
        ...(input.minutesTakerName !== undefined ? { minutesTakerName: input.minutesTakerName } : {}),
        minutesUpdatedAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .where(eq(meetings.id, meeting.id));
    await markHeld(tx, meeting, ctx.now());
    await recordAudit(tx, actor, {
      event: "meeting.minutes_updated",
      recordType: "meeting",
      recordId: meeting.id,
      data: { agendaItems: input.items.map((i) => i.agendaItemId), notes: input.notes !== undefined },
    });
  });
  return getMeeting(ctx, actor, meetingId);
}

async function checkAgendaItem(tx: Db, meetingId: string, agendaItemId: string | null | undefined) {
  if (!agendaItemId) return;
  const [row] = await tx
    .select({ id: meetingAgendaItems.id })
    .from(meetingAgendaItems)
    .where(and(eq(meetingAgendaItems.id, agendaItemId), eq(meetingAgendaItems.meetingId, meetingId)));
  if (!row) throw invalidField("agendaItemId", "coordination.agenda_item_unknown");
}

/** Decisions are numbered 1, 2, ... per meeting, in the order they were taken. */
export async function addDecision(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  input: DecisionInput,
) {
  const decision = await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    if (ctx.now() < meeting.startsAt) throw new AppError("conflict", "coordination.minutes_before_start");
    await checkAgendaItem(tx, meeting.id, input.agendaItemId);
    const [last] = await tx
      .select({ number: max(meetingDecisions.number) })
      .from(meetingDecisions)
      .where(eq(meetingDecisions.meetingId, meeting.id));
    const number = (last?.number ?? 0) + 1;
    const [row] = await tx
      .insert(meetingDecisions)
      .values({
        meetingId: meeting.id,
        number,
        agendaItemId: input.agendaItemId ?? null,
        text: input.text,
        createdById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    await markHeld(tx, meeting, ctx.now());
    await recordAudit(tx, actor, {
      event: "meeting.decision_recorded",
      recordType: "meeting_decision",
      recordId: row!.id,
      data: { meetingId: meeting.id, number },
    });
    return row!;
  });
  return presentDecision(decision);
}

async function loadDecision(tx: Db, meetingId: string, decisionId: string) {
  const [row] = await tx
    .select()
    .from(meetingDecisions)
    .where(and(eq(meetingDecisions.id, decisionId), eq(meetingDecisions.meetingId, meetingId)));
  if (!row) throw notFound();
  return row;
}

export async function updateDecision(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  decisionId: string,
  input: DecisionInput,
) {
  const decision = await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    const row = await loadDecision(tx, meeting.id, decisionId);
    await checkAgendaItem(tx, meeting.id, input.agendaItemId);
    const [updated] = await tx
      .update(meetingDecisions)
      .set({ text: input.text, agendaItemId: input.agendaItemId ?? null, updatedAt: ctx.now() })
      .where(eq(meetingDecisions.id, row.id))
      .returning();
    await recordAudit(tx, actor, {
      event: "meeting.decision_updated",
      recordType: "meeting_decision",
      recordId: row.id,
      data: { meetingId: meeting.id, number: row.number, text: { from: row.text, to: input.text } },
    });
    return updated!;
  });
  return presentDecision(decision);
}

/** PostgreSQL's foreign-key violation, wrapped or not by the driver. */
function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code === "23503" || e.cause?.code === "23503";
}

/** Removes a decision; those after it move up a number, so the list stays 1, 2, 3 ... */
export async function removeDecision(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  decisionId: string,
) {
  try {
    await ctx.db.transaction(async (tx) => {
      const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
      refuseIfCancelled(meeting);
      const row = await loadDecision(tx, meeting.id, decisionId);
      await tx.delete(meetingDecisions).where(eq(meetingDecisions.id, row.id));
      // One row at a time, lowest first: each step fills the gap the previous one left.
      const later = await tx
        .select({ id: meetingDecisions.id, number: meetingDecisions.number })
        .from(meetingDecisions)
        .where(and(eq(meetingDecisions.meetingId, meeting.id), gt(meetingDecisions.number, row.number)))
        .orderBy(meetingDecisions.number);
      for (const d of later) {
        await tx
          .update(meetingDecisions)
          .set({ number: sql`${meetingDecisions.number} - 1` })
          .where(eq(meetingDecisions.id, d.id));
      }
      await recordAudit(tx, actor, {
        event: "meeting.decision_removed",
        recordType: "meeting_decision",
        recordId: row.id,
        data: { meetingId: meeting.id, number: row.number, text: row.text, renumbered: later.length },
      });
    });
  } catch (err) {
    // Follow-up items (tindak lanjut) may point at the decision: it must stay.
    if (isForeignKeyViolation(err)) throw new AppError("conflict", "coordination.decision_has_follow_up");
    throw err;
  }
}
