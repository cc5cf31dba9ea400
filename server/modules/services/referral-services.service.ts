import type { RecordReferralServiceInput, UpdateServiceInput } from "../../../shared/services.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, notFound } from "../../lib/errors.ts";
import { loadReferral } from "../referrals/referral-access.ts";
import { lockedReferralStatus } from "../referrals/referrals.repository.ts";
import {
  changeService,
  checkServiceFields,
  fieldsOf,
  insertService,
  mergeChange,
  newServiceFields,
} from "./service-records.ts";
import { presentService } from "./services.presenter.ts";
import { findService, listServicesOfReferral } from "./services.repository.ts";

/**
 * The receiving organisation of an accepted referral records the services it gives through the
 * referral, without reaching the case: the person and the provider are the referral's.
 */

/** The services given under a referral, for its receiving organisation or the case's readers. */
export async function listReferralServices(ctx: AppContext, actor: UserActor, referralId: string) {
  await loadReferral(ctx.db, actor, referralId, "view");
  const rows = await listServicesOfReferral(ctx.db, referralId);
  return { items: rows.map(presentService) };
}

// The referral may have been completed or cancelled since it was loaded: hold it while writing.
async function holdAccepted(tx: Db, referralId: string) {
  if ((await lockedReferralStatus(tx, referralId)) !== "accepted")
    throw new AppError("conflict", "referral.not_accepted");
}

export async function recordReferralService(
  ctx: AppContext,
  actor: UserActor,
  referralId: string,
  input: RecordReferralServiceInput,
) {
  const referral = await loadReferral(ctx.db, actor, referralId, "recordService");
  const fields = newServiceFields(input, referral.referral.toOrganizationId);
  await checkServiceFields(ctx, fields);
  const id = await ctx.db.transaction(async (tx) => {
    await holdAccepted(tx, referralId);
    const target = {
      caseId: referral.case.id,
      casePersonId: referral.referral.casePersonId,
      personCode: referral.person.code,
      referralId,
    };
    return insertService(tx, ctx, actor, target, fields);
  });
  return presentService((await findService(ctx.db, id))!);
}

export async function updateReferralService(
  ctx: AppContext,
  actor: UserActor,
  referralId: string,
  serviceId: string,
  input: Omit<UpdateServiceInput, "providerOrganizationId">,
) {
  await loadReferral(ctx.db, actor, referralId, "recordService");
  const before = await findService(ctx.db, serviceId);
  if (before?.service.referralId !== referralId) throw notFound();
  const after = mergeChange(fieldsOf(before), input);
  await checkServiceFields(ctx, after);
  await ctx.db.transaction(async (tx) => {
    await holdAccepted(tx, referralId);
    await changeService(tx, ctx, actor, before, after);
  });
  return presentService((await findService(ctx.db, serviceId))!);
}
