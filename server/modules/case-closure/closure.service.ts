import { eq } from "drizzle-orm";
import type { ClosureReasonInput, ClosureRequestInput } from "../../../shared/case-closure.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { cases, services } from "../../db/schema/index.ts";
import { AppError } from "../../lib/errors.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { getCase } from "../cases/cases.service.ts";
import { assertNoOpenReferrals, checklistProblems, closureRequirements } from "./closure-checklist.ts";

// Everything a closure request or a closure leaves on the case; a rejection or a reopening clears it.
const noClosure = {
  closureRequestedAt: null,
  closureRequestedById: null,
  closureReason: null,
  closureChecklist: null,
  closedAt: null,
  closedById: null,
};

export async function listClosureRequirements(ctx: AppContext, actor: UserActor, caseId: string) {
  await loadCase(ctx.db, actor, caseId, "read");
  return { items: await closureRequirements(ctx.db, caseId) };
}

/** A case manager (or coordinator) asks to close the case, accounting for every service. */
export async function requestClosure(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: ClosureRequestInput,
) {
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "requestClosure", { forUpdate: true });
    await assertNoOpenReferrals(tx, caseId);
    const problems = await checklistProblems(tx, caseId, input.checklist);
    if (problems.length > 0)
      throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
    await tx
      .update(cases)
      .set({
        closureRequestedAt: ctx.now(),
        closureRequestedById: actor.userId,
        closureReason: input.reason,
        closureChecklist: input.checklist,
        updatedAt: ctx.now(),
      })
      .where(eq(cases.id, caseId));
    // The reason is the case manager's own words: the timeline keeps it as a note, not as data.
    await recordCaseEvent(
      tx,
      actor,
      caseId,
      "case.closure_requested",
      { checklist: input.checklist },
      { note: input.reason },
    );
    await recordAudit(tx, actor, {
      event: "case.closure_requested",
      recordType: "case",
      recordId: caseId,
      data: { checklist: input.checklist },
    });
  });
  return getCase(ctx, actor, caseId);
}

/** A coordinator approves a pending request: the case is closed and becomes read-only. */
export async function approveClosure(ctx: AppContext, actor: UserActor, caseId: string) {
  await ctx.db.transaction(async (tx) => {
    const record = await loadCase(tx, actor, caseId, "approveClosure", { forUpdate: true });
    await assertNoOpenReferrals(tx, caseId);
    await tx
      .update(cases)
      .set({ status: "closed", closedAt: ctx.now(), closedById: actor.userId, updatedAt: ctx.now() })
      .where(eq(cases.id, caseId));
    await recordCaseEvent(tx, actor, caseId, "case.closed", { from: record.status });
    await recordAudit(tx, actor, {
      event: "case.closed",
      recordType: "case",
      recordId: caseId,
      data: { from: record.status },
    });
  });
  return getCase(ctx, actor, caseId);
}

/** A coordinator sends a request back: the case stays as it was, without the request. */
export async function rejectClosure(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: ClosureReasonInput,
) {
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "approveClosure", { forUpdate: true });
    await tx
      .update(cases)
      .set({ ...noClosure, updatedAt: ctx.now() })
      .where(eq(cases.id, caseId));
    await recordCaseEvent(tx, actor, caseId, "case.closure_rejected", {}, { note: input.reason });
    await recordAudit(tx, actor, {
      event: "case.closure_rejected",
      recordType: "case",
      recordId: caseId,
      data: { reason: input.reason },
    });
  });
  return getCase(ctx, actor, caseId);
}

/** Reopens a closed case: back in service when it has any service, else open. */
export async function reopenCase(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: ClosureReasonInput,
) {
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "reopen", { forUpdate: true });
    const served = (await tx.$count(services, eq(services.caseId, caseId))) > 0;
    const status = served ? "in_service" : "open";
    await tx
      .update(cases)
      .set({ ...noClosure, status, updatedAt: ctx.now() })
      .where(eq(cases.id, caseId));
    await recordCaseEvent(tx, actor, caseId, "case.reopened", { to: status }, { note: input.reason });
    await recordAudit(tx, actor, {
      event: "case.reopened",
      recordType: "case",
      recordId: caseId,
      data: { reason: input.reason, status },
    });
  });
  return getCase(ctx, actor, caseId);
}
