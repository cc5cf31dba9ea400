import { eq } from "drizzle-orm";
import type { TriageInput, TriageOutcome } from "../../../shared/complaints.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import { checkOrganization } from "../../db/reference-checks.ts";
import { complaints } from "../../db/schema/index.ts";
import { AppError, invalidField } from "../../lib/errors.ts";
import { casePolicy } from "../cases/case.policy.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { openCaseIn } from "../cases/cases.service.ts";
import { loadComplaint } from "./complaint-access.ts";
import { complaintSummary } from "./complaints.service.ts";

type Decision = {
  outcome: TriageOutcome;
  caseId: string | null;
  referredToOrganizationId: string | null;
  referredToName: string | null;
};

/** Runs a step whose field errors name fields of a nested input, so they read `case.title`. */
async function underField<T>(prefix: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (!(err instanceof AppError) || !err.fields) throw err;
    throw new AppError(err.code, err.messageKey, {
      params: err.params,
      details: err.details,
      fields: err.fields.map((f) => ({ ...f, field: `${prefix}.${f.field}` })),
    });
  }
}

/** A case the complaint can join: one the actor manages and that is still open. */
async function attachableCase(tx: Db, actor: UserActor, caseId: string) {
  const loaded = await loadCase(tx, actor, caseId, "read", { forUpdate: true });
  // Said plainly, rather than "not found": the actor can see this case, it is only closed.
  if (loaded.status === "closed") throw invalidField("caseId", "complaint.case_closed");
  authorize(actor, casePolicy, "update", loaded, "case");
  return loaded.id;
}

async function decide(tx: Db, ctx: AppContext, actor: UserActor, input: TriageInput): Promise<Decision> {
  const none = { caseId: null, referredToOrganizationId: null, referredToName: null };
  switch (input.outcome) {
    case "not_tppo":
      return { ...none, outcome: "not_tppo" };
    case "referred_elsewhere":
      if (input.referredToOrganizationId) {
        await checkOrganization(tx, actor, "referredToOrganizationId", input.referredToOrganizationId);
      }
      return {
        ...none,
        outcome: "referred_elsewhere",
        referredToOrganizationId: input.referredToOrganizationId ?? null,
        referredToName: input.referredToName ?? null,
      };
    case "open_case": {
      const opened = await underField("case", () => openCaseIn(tx, ctx, actor, input.case));
      return { ...none, outcome: "case_opened", caseId: opened.id };
    }
    case "attach_to_case":
      return { ...none, outcome: "case_attached", caseId: await attachableCase(tx, actor, input.caseId) };
  }
}

/**
 * Decides what a complaint is, once: not trafficking, someone else's matter, a new case, or part
 * of an existing one. The case is opened or linked in the same transaction, so a refusal anywhere
 * leaves the complaint untriaged and no case half-made.
 */
export async function triageComplaint(
  ctx: AppContext,
  actor: UserActor,
  complaintId: string,
  input: TriageInput,
) {
  await ctx.db.transaction(async (tx) => {
    const complaint = await loadComplaint(tx, actor, complaintId, {
      action: "triage",
      refusal: "complaint.already_triaged",
      forUpdate: true,
    });
    const decision = await decide(tx, ctx, actor, input);
    const now = ctx.now();
    await tx
      .update(complaints)
      .set({
        status: "triaged",
        triageOutcome: decision.outcome,
        triageReason: input.reason ?? null,
        referredToOrganizationId: decision.referredToOrganizationId,
        referredToName: decision.referredToName,
        caseId: decision.caseId,
        triagedById: actor.userId,
        triagedAt: now,
        updatedAt: now,
      })
      .where(eq(complaints.id, complaintId));
    if (decision.caseId) {
      await recordCaseEvent(tx, actor, decision.caseId, "complaint.linked", {
        trackingCode: complaint.trackingCode,
      });
    }
    await recordAudit(tx, actor, {
      event: "complaint.triaged",
      recordType: "complaint",
      recordId: complaintId,
      data: {
        outcome: decision.outcome,
        caseId: decision.caseId,
        ...(decision.referredToOrganizationId
          ? { referredToOrganizationId: decision.referredToOrganizationId }
          : {}),
      },
    });
  });
  return complaintSummary(ctx, complaintId);
}
