import type { InboxQuery, ReferralStatus } from "../../../shared/referrals.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError, invalidField } from "../../lib/errors.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { markInService } from "../cases/cases.service.ts";
import { stateRefusals } from "./referral.policy.ts";
import { loadReferral } from "./referral-access.ts";
import { type InboxRank, inboxRankOf } from "./referral-deadline.ts";
import { presentReceivedReferral } from "./referrals.presenter.ts";
import { findReferral, type InboxAfter, listInboxPage, transitionReferral } from "./referrals.repository.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function inboxCursor(cursor: string | undefined): InboxAfter | null {
  const values = decodeCursor(cursor, 3);
  if (!values) return null;
  const [rank, dueAt, id] = values;
  // The values go into SQL casts: anything malformed is a bad cursor, not a server error.
  if (
    ![0, 1, 2, 3].includes(rank as number) ||
    typeof dueAt !== "string" ||
    !ISO_INSTANT.test(dueAt) ||
    Number.isNaN(Date.parse(dueAt)) ||
    typeof id !== "string" ||
    !UUID.test(id)
  )
    throw invalidField("cursor", "field.cursor_invalid");
  return { rank: rank as InboxRank, dueAt, id };
}

/** The referrals addressed to the caller's organisation: overdue first, then the soonest due. */
export async function listInbox(ctx: AppContext, actor: UserActor, query: InboxQuery) {
  const after = inboxCursor(query.cursor);
  const now = ctx.now();
  const filter = {
    organizationId: actor.organizationId,
    taskForceId: actor.taskForceId,
    status: query.status,
    now,
  };
  const rows = await listInboxPage(ctx.db, filter, after, query.limit);
  const page = pageOf(rows, query.limit, (r) => [
    inboxRankOf(r.referral, now),
    r.referral.dueAt.toISOString(),
    r.referral.id,
  ]);
  return {
    items: page.items.map((row) => presentReceivedReferral(actor, row, now)),
    nextCursor: page.nextCursor,
  };
}

/** One referral as the receiving organisation sees it (the case's readers get the same view). */
export async function getReceivedReferral(ctx: AppContext, actor: UserActor, id: string) {
  const row = await loadReferral(ctx.db, actor, id, "view");
  return presentReceivedReferral(actor, row, ctx.now());
}

type Answer = {
  action: "accept" | "decline" | "complete";
  from: ReferralStatus;
  kind: "referral.accepted" | "referral.declined" | "referral.completed";
  set: (now: Date) => Record<string, unknown> & { status: ReferralStatus };
  auditData?: Record<string, unknown>;
};

/** One answer of the receiving organisation, written with its timeline entry and audit row. */
async function answer(ctx: AppContext, actor: UserActor, id: string, change: Answer) {
  const row = await loadReferral(ctx.db, actor, id, change.action);
  const caseId = row.case.id;
  await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const moved = await transitionReferral(tx, id, [change.from], { ...change.set(now), updatedAt: now });
    if (!moved) throw new AppError("conflict", stateRefusals[change.action]!.message);
    if (change.action === "accept") await markInService(tx, actor, caseId);
    const data = {
      referralId: id,
      personCode: row.person.code,
      toOrganizationId: row.referral.toOrganizationId,
    };
    await recordCaseEvent(tx, actor, caseId, change.kind, data);
    await recordAudit(tx, actor, {
      event: change.kind,
      recordType: "referral",
      recordId: id,
      data: { caseId, ...data, ...change.auditData },
    });
  });
  return presentReceivedReferral(actor, (await findReferral(ctx.db, id))!, ctx.now());
}

/** Accepting a referral starts the service phase: an open case moves to in_service. */
export function acceptReferral(ctx: AppContext, actor: UserActor, id: string) {
  return answer(ctx, actor, id, {
    action: "accept",
    from: "sent",
    kind: "referral.accepted",
    set: (now) => ({ status: "accepted", respondedAt: now, respondedById: actor.userId }),
  });
}

export function declineReferral(ctx: AppContext, actor: UserActor, id: string, reason: string) {
  return answer(ctx, actor, id, {
    action: "decline",
    from: "sent",
    kind: "referral.declined",
    set: (now) => ({
      status: "declined",
      respondedAt: now,
      respondedById: actor.userId,
      declineReason: reason,
    }),
    auditData: { reason },
  });
}

export function completeReferral(ctx: AppContext, actor: UserActor, id: string, note: string | null) {
  return answer(ctx, actor, id, {
    action: "complete",
    from: "accepted",
    kind: "referral.completed",
    set: (now) => ({ status: "completed", completedAt: now, completionNote: note }),
  });
}
