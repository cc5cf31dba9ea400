import { and, eq, isNull } from "drizzle-orm";
import type { RecordConsentInput } from "../../../shared/consents.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { consents } from "../../db/schema/index.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { casePersonRef, victimOfPath } from "./case-victim.ts";
import { presentConsent } from "./consents.presenter.ts";
import { findConsent, listConsentsOf } from "./consents.repository.ts";

/** A victim's consents to be referred, the latest first. */
export async function listConsents(ctx: AppContext, actor: UserActor, caseId: string, casePersonId: string) {
  await loadCase(ctx.db, actor, caseId, "read");
  await victimOfPath(ctx.db, caseId, casePersonId);
  const rows = await listConsentsOf(ctx.db, casePersonId);
  return { items: rows.map(presentConsent) };
}

/**
 * Records a victim's consent to be referred, given by the victim or by a guardian who is a
 * person of the same case in the guardian role.
 */
export async function recordConsent(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  casePersonId: string,
  input: RecordConsentInput,
) {
  await loadCase(ctx.db, actor, caseId, "update");
  const victim = await victimOfPath(ctx.db, caseId, casePersonId);
  if (input.givenOn > wibDate(ctx.now())) throw invalidField("givenOn", "field.date_in_future");
  let guardianCode: string | null = null;
  if (input.givenBy === "guardian") {
    const guardian = await casePersonRef(ctx.db, caseId, input.guardianCasePersonId!);
    if (guardian?.role !== "guardian") throw invalidField("guardianCasePersonId", "field.guardian_unknown");
    // guardian_of_id names the victim's case_people row when the guardian was added for one victim.
    if (guardian.guardianOfId && guardian.guardianOfId !== victim.id)
      throw invalidField("guardianCasePersonId", "field.guardian_of_other");
    guardianCode = guardian.code;
  }
  const id = await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const [row] = await tx
      .insert(consents)
      .values({
        casePersonId,
        givenBy: input.givenBy,
        guardianCasePersonId: input.guardianCasePersonId ?? null,
        method: input.method,
        givenOn: input.givenOn,
        scope: input.scope ?? null,
        recordedById: actor.userId,
        createdAt: ctx.now(),
      })
      .returning({ id: consents.id });
    const data = { personCode: victim.code, givenBy: input.givenBy, guardianCode, method: input.method };
    await recordCaseEvent(tx, actor, caseId, "consent.recorded", data);
    await recordAudit(tx, actor, {
      event: "consent.recorded",
      recordType: "consent",
      recordId: row!.id,
      data: { caseId, ...data },
    });
    return row!.id;
  });
  return presentConsent((await findConsent(ctx.db, casePersonId, id))!);
}

/** Withdraws a consent: referrals sent from then on need a new one (or a coordinator's override). */
export async function withdrawConsent(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  casePersonId: string,
  consentId: string,
) {
  await loadCase(ctx.db, actor, caseId, "update");
  const victim = await victimOfPath(ctx.db, caseId, casePersonId);
  if (!(await findConsent(ctx.db, casePersonId, consentId))) throw notFound();
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const withdrawn = await tx
      .update(consents)
      .set({ withdrawnAt: ctx.now() })
      .where(and(eq(consents.id, consentId), isNull(consents.withdrawnAt)))
      .returning({ id: consents.id });
    if (withdrawn.length === 0) throw new AppError("conflict", "consent.already_withdrawn");
    await recordCaseEvent(tx, actor, caseId, "consent.withdrawn", { personCode: victim.code });
    await recordAudit(tx, actor, {
      event: "consent.withdrawn",
      recordType: "consent",
      recordId: consentId,
      data: { caseId, personCode: victim.code },
    });
  });
  return presentConsent((await findConsent(ctx.db, casePersonId, consentId))!);
}
