import type { RecordAssessmentInput } from "../../../shared/assessments.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { checkTerm } from "../../db/reference-checks.ts";
import { assessments } from "../../db/schema/index.ts";
import { invalidField } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { victimOfField, victimOfPath } from "../referrals/case-victim.ts";
import { presentAssessment } from "./assessments.presenter.ts";
import { findAssessment, listAssessmentsOf } from "./assessments.repository.ts";

/** A case's assessments (optionally of one person), the most recent first. */
export async function listCaseAssessments(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  casePersonId?: string,
) {
  await loadCase(ctx.db, actor, caseId, "read");
  const rows = await listAssessmentsOf(ctx.db, caseId, casePersonId);
  return { items: rows.map(presentAssessment) };
}

/** One victim's assessments, the most recent first; 404 for anyone who is not a victim of the case. */
export async function listVictimAssessments(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  casePersonId: string,
) {
  await loadCase(ctx.db, actor, caseId, "read");
  await victimOfPath(ctx.db, caseId, casePersonId);
  const rows = await listAssessmentsOf(ctx.db, caseId, casePersonId);
  return { items: rows.map(presentAssessment) };
}

/** Records a victim's needs and risk level on a date; the assessor is the caller. */
export async function recordAssessment(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: RecordAssessmentInput,
) {
  await loadCase(ctx.db, actor, caseId, "update");
  const victim = await victimOfField(ctx.db, caseId, input.casePersonId);
  if (input.assessedOn > wibDate(ctx.now())) throw invalidField("assessedOn", "field.date_in_future");
  await checkTerm(ctx.db, "riskLevel", "risk_level", input.riskLevel);
  const id = await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const [row] = await tx
      .insert(assessments)
      .values({
        casePersonId: victim.id,
        assessedOn: input.assessedOn,
        needs: input.needs,
        riskLevel: input.riskLevel,
        notes: input.notes ?? null,
        assessedById: actor.userId,
        createdAt: ctx.now(),
      })
      .returning({ id: assessments.id });
    // Needs and risk are codes; the notes may describe the person and stay out of the timeline.
    const data = { personCode: victim.code, riskLevel: input.riskLevel, needs: input.needs };
    await recordCaseEvent(tx, actor, caseId, "assessment.recorded", data);
    await recordAudit(tx, actor, {
      event: "assessment.recorded",
      recordType: "assessment",
      recordId: row!.id,
      data: { caseId, ...data },
    });
    return row!.id;
  });
  return presentAssessment((await findAssessment(ctx.db, id))!);
}
