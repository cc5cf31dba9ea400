import { eq } from "drizzle-orm";
import type {
  RecordLegalProcessInput,
  RestitutionInput,
  RestitutionStage,
  UpdateLegalProcessInput,
} from "../../../shared/legal.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkTerm } from "../../db/reference-checks.ts";
import { legalProcesses, restitutions } from "../../db/schema/index.ts";
import { AppError, type FieldProblem, invalidField, notFound } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { caseMemberCodes } from "./case-members.ts";
import { presentLegalProcess } from "./legal.presenter.ts";
import {
  findLegalProcesses,
  findLegalProcessRow,
  findRestitution,
  findSuspectIds,
  replaceSuspects,
} from "./legal.repository.ts";
import { mergeRestitution, restitutionProblems } from "./restitution-track.ts";

function refuse(problems: FieldProblem[]): void {
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
}

export async function listLegalProcesses(ctx: AppContext, actor: UserActor, caseId: string) {
  await loadCase(ctx.db, actor, caseId, "read");
  const found = await findLegalProcesses(ctx.db, caseId);
  return { items: found.processes.map((p) => presentLegalProcess(p, found.suspects, found.restitutions)) };
}

export async function getLegalProcess(ctx: AppContext, actor: UserActor, caseId: string, legalId: string) {
  await loadCase(ctx.db, actor, caseId, "read");
  return presentOne(ctx.db, caseId, legalId);
}

async function presentOne(db: Db, caseId: string, legalId: string) {
  const found = await findLegalProcesses(db, caseId, legalId);
  const [row] = found.processes;
  if (!row) throw notFound();
  return presentLegalProcess(row, found.suspects, found.restitutions);
}

type VerdictFields = Pick<RecordLegalProcessInput, "verdict" | "verdictOn" | "sentenceMonths" | "fineRupiah">;

/**
 * The verdict's parts hang together: a date, sentence or fine needs a verdict; a verdict needs
 * its date; an acquittal carries no sentence or fine.
 */
function verdictProblems(v: VerdictFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const consequences = ["sentenceMonths", "fineRupiah"] as const;
  if (!v.verdict) {
    for (const field of ["verdictOn", ...consequences] as const) {
      if (v[field] !== null && v[field] !== undefined)
        problems.push({ field, key: "legal.verdict_required" });
    }
    return problems;
  }
  if (!v.verdictOn) problems.push({ field: "verdictOn", key: "legal.verdict_date_required" });
  if (v.verdict === "acquitted") {
    for (const field of consequences) {
      if (v[field] !== null && v[field] !== undefined)
        problems.push({ field, key: "legal.not_for_acquittal" });
    }
  }
  return problems;
}

/**
 * Checks what the input names: the stage is a term of legal_stage, dates are not in the future,
 * each suspect is a suspect of this case. Returns the suspects' pseudonymous codes.
 */
async function checkLegalInput(
  ctx: AppContext,
  db: Db,
  caseId: string,
  input: UpdateLegalProcessInput,
): Promise<string[]> {
  await checkTerm(db, "stageCode", "legal_stage", input.stageCode);
  const today = wibDate(ctx.now());
  const problems: FieldProblem[] = [];
  for (const field of ["reportedOn", "stageOn", "verdictOn"] as const) {
    const date = input[field];
    if (date && date > today) problems.push({ field, key: "field.date_in_future" });
  }
  const ids = input.suspectIds ?? [];
  const codes = await caseMemberCodes(db, caseId, ids, "suspect");
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push({ field: `suspectIds.${i}`, key: "legal.duplicate_suspect" });
    else if (!codes.has(id)) problems.push({ field: `suspectIds.${i}`, key: "legal.not_a_suspect_of_case" });
  });
  refuse(problems);
  return ids.map((id) => codes.get(id)!);
}

export async function recordLegalProcess(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: RecordLegalProcessInput,
) {
  const legalId = await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const suspectCodes = await checkLegalInput(ctx, tx, caseId, input);
    refuse(verdictProblems(input));
    const { suspectIds, ...fields } = input;
    const [row] = await tx
      .insert(legalProcesses)
      .values({ ...fields, caseId, recordedById: actor.userId, createdAt: ctx.now(), updatedAt: ctx.now() })
      .returning({ id: legalProcesses.id });
    const id = row!.id;
    await replaceSuspects(tx, id, suspectIds);
    const summary = { legalProcessId: id, stage: input.stageCode, suspects: suspectCodes };
    await recordCaseEvent(tx, actor, caseId, "legal.recorded", summary);
    await recordAudit(tx, actor, {
      event: "legal.recorded",
      recordType: "legal_process",
      recordId: id,
      data: { caseId, stage: input.stageCode, suspects: suspectCodes },
    });
    return id;
  });
  return presentOne(ctx.db, caseId, legalId);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** Does `stored` already hold every value of `next`? */
const sameFields = (stored: object, next: object) =>
  Object.entries(next).every(([k, v]) => sameValue((stored as Record<string, unknown>)[k], v));

export async function updateLegalProcess(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  legalId: string,
  input: UpdateLegalProcessInput,
) {
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const before = await findLegalProcessRow(tx, caseId, legalId);
    if (!before) throw notFound();
    const suspectCodes = await checkLegalInput(ctx, tx, caseId, input);
    const { suspectIds, ...fields } = input;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    refuse(verdictProblems({ ...before, ...defined } as VerdictFields));

    const changed = Object.keys(defined).filter(
      (k) => !sameValue(before[k as keyof typeof before], defined[k]),
    );
    const suspectsBefore = await findSuspectIds(tx, legalId);
    const suspectsChanged =
      suspectIds !== undefined && !sameValue([...suspectsBefore].sort(), [...suspectIds].sort());
    if (changed.length === 0 && !suspectsChanged) return;

    await tx
      .update(legalProcesses)
      .set({ ...defined, updatedAt: ctx.now() })
      .where(eq(legalProcesses.id, legalId));
    if (suspectsChanged) await replaceSuspects(tx, legalId, suspectIds);

    const stage = changed.includes("stageCode") ? { from: before.stageCode, to: input.stageCode! } : null;
    if (stage)
      await recordCaseEvent(tx, actor, caseId, "legal.stage_changed", { legalProcessId: legalId, ...stage });
    const otherFields = [
      ...changed.filter((f) => f !== "stageCode"),
      ...(suspectsChanged ? ["suspectIds"] : []),
    ];
    if (otherFields.length > 0) {
      await recordCaseEvent(tx, actor, caseId, "legal.updated", {
        legalProcessId: legalId,
        fields: otherFields,
        ...(suspectsChanged ? { suspects: suspectCodes } : {}),
      });
    }
    await recordAudit(tx, actor, {
      event: "legal.updated",
      recordType: "legal_process",
      recordId: legalId,
      data: { caseId, fields: otherFields, ...(stage ? { stage } : {}) },
    });
  });
  return presentOne(ctx.db, caseId, legalId);
}

/**
 * Moves one victim's restitution in a proceeding along its track, creating it at its first
 * stage. Amounts are whole rupiah; the timeline shows them beside the victim's code.
 */
export async function setRestitution(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  legalId: string,
  casePersonId: string,
  input: RestitutionInput,
) {
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    if (!(await findLegalProcessRow(tx, caseId, legalId))) throw notFound();
    const personCode = (await caseMemberCodes(tx, caseId, [casePersonId], "victim")).get(casePersonId);
    if (!personCode) throw invalidField("casePersonId", "legal.not_a_victim_of_case");
    const stored = await findRestitution(tx, legalId, casePersonId);
    const next = mergeRestitution(stored, input);
    const from = stored ? (stored.stageCode as RestitutionStage) : null;
    refuse(restitutionProblems(from, next, wibDate(ctx.now())));
    // The same stage and amounts again: nothing to write or to record.
    if (stored && sameFields(stored, next)) return;

    let restitutionId = stored?.id;
    if (stored) {
      await tx
        .update(restitutions)
        .set({ ...next, updatedAt: ctx.now() })
        .where(eq(restitutions.id, stored.id));
    } else {
      const [row] = await tx
        .insert(restitutions)
        .values({
          ...next,
          legalProcessId: legalId,
          casePersonId,
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        })
        .returning({ id: restitutions.id });
      restitutionId = row!.id;
    }
    const amounts = {
      requested: next.requestedRupiah,
      demanded: next.demandedRupiah,
      awarded: next.awardedRupiah,
      paid: next.paidRupiah,
    };
    await recordCaseEvent(tx, actor, caseId, "restitution.updated", {
      legalProcessId: legalId,
      personCode,
      stage: next.stageCode,
      amounts,
    });
    await recordAudit(tx, actor, {
      event: "restitution.updated",
      recordType: "restitution",
      recordId: restitutionId!,
      data: {
        caseId,
        legalProcessId: legalId,
        casePersonId,
        stage: { from: stored?.stageCode ?? null, to: next.stageCode },
        amounts,
      },
    });
  });
  const process = await presentOne(ctx.db, caseId, legalId);
  return process.restitutions.find((r) => r.casePersonId === casePersonId)!;
}
