import { and, eq, isNull } from "drizzle-orm";
import type { InviteesInput } from "../../../shared/coordination.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { meetingInvitations } from "../../db/schema/index.ts";
import { AppError, notFound } from "../../lib/errors.ts";
import { queueMail, requeueMail } from "../../lib/mail/outbox.ts";
import { wakeMailSender } from "../../lib/mail/sender.ts";
import { wibDate } from "../../lib/wib.ts";
import { type InvitationKind, invitationMail, inviteeOf } from "./invitation-mail.ts";
import { inviteeProblems, loadMeeting, refuse, refuseIfCancelled, taskForceName } from "./meeting-access.ts";
import {
  currentSeats,
  findAgenda,
  findInvitations,
  type InvitationRow,
  type MeetingRow,
} from "./meetings.repository.ts";

/** The day whose seats name an organisation's invitee: the meeting's day, or today if sooner. */
export function seatDay(meeting: Pick<MeetingRow, "startsAt">, now: Date): string {
  const meetingDay = wibDate(meeting.startsAt);
  const today = wibDate(now);
  // ISO days sort as text: the earlier of the two.
  return [meetingDay, today].sort()[0]!;
}

/** Invitations of a meeting together with the seats their organisations hold. */
export async function invitationsWithSeats(db: Db, meeting: MeetingRow, now: Date, withWithdrawn = false) {
  const rows = await findInvitations(db, meeting.id, { withWithdrawn });
  const orgIds = rows.map((r) => r.invitation.organizationId).filter((id): id is string => !!id);
  const seats = await currentSeats(db, orgIds, seatDay(meeting, now));
  return { rows, seats };
}

/**
 * Queues one invitee's mail for the meeting as it is now (its current sequence) and records it on
 * the invitation. The dedupe key names the invitation, the sequence and the kind, so the same
 * state of the meeting is never mailed twice to the same invitee.
 */
async function queueFor(
  tx: Db,
  ctx: AppContext,
  meeting: MeetingRow,
  agenda: Awaited<ReturnType<typeof findAgenda>>,
  row: InvitationRow,
  seats: Parameters<typeof inviteeOf>[1],
  kind: InvitationKind,
  tfName: string,
  suffix = "",
): Promise<"queued" | "no_address"> {
  const invitee = inviteeOf(row, seats);
  if (invitee.addresses.length === 0) return "no_address";
  const mail = invitationMail(ctx.config, meeting, agenda, invitee, kind, tfName, ctx.now());
  const mailId = await queueMail(
    tx,
    {
      ...mail,
      dedupeKey: `meeting:${meeting.id}:invitation:${row.invitation.id}:${meeting.icsSequence}:${kind}${suffix}`,
    },
    ctx.now(),
  );
  await tx
    .update(meetingInvitations)
    .set({ sentSequence: meeting.icsSequence, lastMailId: mailId })
    .where(eq(meetingInvitations.id, row.invitation.id));
  return "queued";
}

/**
 * Mails every active invitee the meeting has not reached at its current sequence: first
 * invitations, or the update after a change. Answers how many were queued and how many have no
 * address (their letter goes by hand).
 */
export async function queueInvitations(
  tx: Db,
  ctx: AppContext,
  meeting: MeetingRow,
  kind: "request" | "update",
): Promise<{ queued: number; noAddress: number }> {
  const { rows, seats } = await invitationsWithSeats(tx, meeting, ctx.now());
  const agenda = await findAgenda(tx, meeting.id);
  const tfName = await taskForceName(tx, meeting.taskForceId);
  let queued = 0;
  let noAddress = 0;
  for (const row of rows) {
    const sent = row.invitation.sentSequence;
    if (
      kind === "request"
        ? sent !== null && sent >= meeting.icsSequence
        : sent === null || sent >= meeting.icsSequence
    )
      continue;
    // Someone first invited after others got an update still gets an invitation, not an "update".
    const asKind = sent === null ? "request" : "update";
    if ((await queueFor(tx, ctx, meeting, agenda, row, seats, asKind, tfName)) === "queued") queued++;
    else noAddress++;
  }
  return { queued, noAddress };
}

/** Tells everyone already mailed that the meeting is cancelled (the .ics carries METHOD:CANCEL). */
export async function queueCancellations(tx: Db, ctx: AppContext, meeting: MeetingRow): Promise<number> {
  const { rows, seats } = await invitationsWithSeats(tx, meeting, ctx.now());
  const agenda = await findAgenda(tx, meeting.id);
  const tfName = await taskForceName(tx, meeting.taskForceId);
  let queued = 0;
  for (const row of rows) {
    if (row.invitation.sentSequence === null) continue;
    if ((await queueFor(tx, ctx, meeting, agenda, row, seats, "cancel", tfName)) === "queued") queued++;
  }
  return queued;
}

/** Invitations can still be mailed: the meeting is planned and has not ended. */
export function canMail(meeting: MeetingRow, now: Date): boolean {
  return meeting.status === "planned" && meeting.endsAt > now;
}

/**
 * Adds invitees (all or nothing). Someone already invited is left as is; a withdrawn invitation
 * is restored (and mailed again when invitations go out).
 */
export async function addInviteesTx(
  tx: Db,
  ctx: AppContext,
  actor: UserActor,
  meeting: MeetingRow,
  input: InviteesInput,
  fieldPrefix: string,
): Promise<number> {
  refuse(await inviteeProblems(tx, actor, fieldPrefix, input));
  const existing = await findInvitations(tx, meeting.id, { withWithdrawn: true });
  const byKey = new Map(
    existing.map((r) => {
      const inv = r.invitation;
      const key =
        inv.kind === "organization"
          ? `o:${inv.organizationId}`
          : inv.kind === "user"
            ? `u:${inv.userId}`
            : `e:${inv.email?.toLowerCase()}`;
      return [key, inv];
    }),
  );
  const wanted = [
    ...input.organizationIds.map((id) => ({
      key: `o:${id}`,
      values: { kind: "organization", organizationId: id },
    })),
    ...input.userIds.map((id) => ({ key: `u:${id}`, values: { kind: "user", userId: id } })),
    ...input.external.map((e) => ({
      key: `e:${e.email.toLowerCase()}`,
      values: { kind: "external", name: e.name, email: e.email, personTitle: e.personTitle ?? null },
    })),
  ];
  let added = 0;
  for (const { key, values } of wanted) {
    const found = byKey.get(key);
    if (found && !found.withdrawnAt) continue;
    if (found) {
      await tx
        .update(meetingInvitations)
        .set({ withdrawnAt: null, sentSequence: null, lastMailId: null })
        .where(eq(meetingInvitations.id, found.id));
    } else {
      await tx
        .insert(meetingInvitations)
        .values({ ...values, meetingId: meeting.id, createdById: actor.userId, createdAt: ctx.now() });
    }
    added++;
  }
  return added;
}

export async function addInvitees(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  input: InviteesInput,
) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    const added = await addInviteesTx(tx, ctx, actor, meeting, input, "");
    await recordAudit(tx, actor, {
      event: "meeting.invitees_added",
      recordType: "meeting",
      recordId: meeting.id,
      data: {
        added,
        organizationIds: input.organizationIds,
        userIds: input.userIds,
        external: input.external.map((e) => e.email),
      },
    });
  });
}

export async function sendInvitations(ctx: AppContext, actor: UserActor, meetingId: string) {
  const result = await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    if (!canMail(meeting, ctx.now())) throw new AppError("conflict", "coordination.meeting_over");
    const counts = await queueInvitations(tx, ctx, meeting, "request");
    await recordAudit(tx, actor, {
      event: "meeting.invitations_sent",
      recordType: "meeting",
      recordId: meeting.id,
      data: { ...counts, sequence: meeting.icsSequence },
    });
    return counts;
  });
  wakeMailSender(ctx);
  return { ...result, mailConfigured: ctx.config.smtpUrl !== null };
}

/** Withdraws an invitation; someone already mailed gets the cancellation for their calendar. */
export async function withdrawInvitation(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  invitationId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    const { rows, seats } = await invitationsWithSeats(tx, meeting, ctx.now());
    const row = rows.find((r) => r.invitation.id === invitationId);
    if (!row) throw notFound();
    let cancelled = false;
    if (row.invitation.sentSequence !== null && canMail(meeting, ctx.now())) {
      const agenda = await findAgenda(tx, meeting.id);
      const tfName = await taskForceName(tx, meeting.taskForceId);
      const cancelledMeeting = { ...meeting, status: "cancelled" };
      cancelled =
        (await queueFor(tx, ctx, cancelledMeeting, agenda, row, seats, "cancel", tfName, ":withdrawn")) ===
        "queued";
    }
    await tx
      .update(meetingInvitations)
      .set({ withdrawnAt: ctx.now() })
      .where(and(eq(meetingInvitations.id, invitationId), isNull(meetingInvitations.withdrawnAt)));
    await recordAudit(tx, actor, {
      event: "meeting.invitation_withdrawn",
      recordType: "meeting",
      recordId: meeting.id,
      data: { invitationId, kind: row.invitation.kind, cancellationQueued: cancelled },
    });
  });
  wakeMailSender(ctx);
}

/**
 * Sends one invitation again: a failed message goes back in the queue; a delivered one is sent
 * once more on purpose (someone lost it), under a new key so the outbox keeps both.
 */
export async function resendInvitation(
  ctx: AppContext,
  actor: UserActor,
  meetingId: string,
  invitationId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    refuseIfCancelled(meeting);
    const { rows, seats } = await invitationsWithSeats(tx, meeting, ctx.now());
    const row = rows.find((r) => r.invitation.id === invitationId);
    if (!row) throw notFound();
    if (
      !row.invitation.lastMailId ||
      row.mailStatus === "sending" ||
      row.mailStatus === "queued" ||
      !canMail(meeting, ctx.now())
    )
      throw new AppError("conflict", "coordination.nothing_to_resend");
    let mailId = row.invitation.lastMailId;
    if (row.mailStatus === "failed") {
      await requeueMail(tx, mailId, ctx.now());
    } else {
      const agenda = await findAgenda(tx, meeting.id);
      const tfName = await taskForceName(tx, meeting.taskForceId);
      const stamp = `:resend:${ctx.now().getTime()}`;
      await queueFor(tx, ctx, meeting, agenda, row, seats, "request", tfName, stamp);
      const [updated] = await tx
        .select({ lastMailId: meetingInvitations.lastMailId })
        .from(meetingInvitations)
        .where(eq(meetingInvitations.id, invitationId));
      mailId = updated!.lastMailId!;
    }
    await recordAudit(tx, actor, {
      event: "meeting.invitation_resent",
      recordType: "meeting",
      recordId: meeting.id,
      data: { invitationId, mailId },
    });
  });
  wakeMailSender(ctx);
}

/** Counts of active invitations not yet mailed at the meeting's current sequence. */
export function pendingCount(rows: readonly InvitationRow[], meeting: MeetingRow): number {
  return rows.filter(
    (r) => r.invitation.sentSequence === null || r.invitation.sentSequence < meeting.icsSequence,
  ).length;
}
