import {
  type RestitutionInput,
  type RestitutionStage,
  type RestitutionStep,
  restitutionSteps,
} from "../../../shared/legal.ts";
import type { FieldProblem } from "../../lib/errors.ts";

/** The amounts and dates of a restitution, one pair per step of the track. */
export type RestitutionAmounts = {
  [S in RestitutionStep as `${S}Rupiah`]: number | null;
} & {
  [S in RestitutionStep as `${S}On`]: string | null;
};

export type RestitutionState = RestitutionAmounts & { stageCode: RestitutionStage };

/** The step a stage reaches: both ways of being paid reach "paid". */
export function stepOf(stage: RestitutionStage): RestitutionStep {
  return stage === "paid_by_victim_fund" ? "paid" : stage;
}

const rank = (stage: RestitutionStage) => restitutionSteps.indexOf(stepOf(stage));

export const emptyRestitution: RestitutionAmounts = {
  requestedRupiah: null,
  requestedOn: null,
  demandedRupiah: null,
  demandedOn: null,
  awardedRupiah: null,
  awardedOn: null,
  paidRupiah: null,
  paidOn: null,
};

/** The stored state with the input laid over it: fields the input leaves out keep their value. */
export function mergeRestitution(
  stored: RestitutionAmounts | undefined,
  input: RestitutionInput,
): RestitutionState {
  const merged: RestitutionState = {
    ...emptyRestitution,
    ...pickAmounts(stored),
    stageCode: input.stageCode,
  };
  for (const key of Object.keys(emptyRestitution) as (keyof RestitutionAmounts)[]) {
    const value = input[key];
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function pickAmounts(stored: RestitutionAmounts | undefined): Partial<RestitutionAmounts> {
  if (!stored) return {};
  return Object.fromEntries(
    (Object.keys(emptyRestitution) as (keyof RestitutionAmounts)[]).map((key) => [key, stored[key]]),
  );
}

/**
 * What is wrong with moving a restitution from `from` (null: none yet) to `next`. The track
 * only moves forward (or stays, to correct amounts); the step reached needs its amount and
 * date; later steps stay empty; each step's date follows the one before; none lies in the future.
 */
export function restitutionProblems(
  from: RestitutionStage | null,
  next: RestitutionState,
  today: string,
): FieldProblem[] {
  if (
    from &&
    (rank(next.stageCode) < rank(from) || (rank(next.stageCode) === rank(from) && next.stageCode !== from))
  ) {
    return [{ field: "stageCode", key: "legal.restitution_backwards", params: { current: from } }];
  }
  const problems: FieldProblem[] = [];
  const reached = rank(next.stageCode);
  let previousDate: string | null = null;
  restitutionSteps.forEach((step, index) => {
    const amountField = `${step}Rupiah` as const;
    const dateField = `${step}On` as const;
    if (index === reached) {
      for (const field of [amountField, dateField]) {
        if (next[field] === null)
          problems.push({ field, key: "legal.restitution_step_required", params: { stage: next.stageCode } });
      }
    }
    if (index > reached) {
      for (const field of [amountField, dateField]) {
        if (next[field] !== null) problems.push({ field, key: "legal.restitution_step_not_reached" });
      }
    }
    const date = next[dateField];
    if (date === null) return;
    if (date > today) problems.push({ field: dateField, key: "field.date_in_future" });
    else if (previousDate && date < previousDate)
      problems.push({ field: dateField, key: "legal.restitution_date_order" });
    previousDate = date;
  });
  return problems;
}
