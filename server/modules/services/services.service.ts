import { and, eq } from "drizzle-orm";
import {
  type RecordServiceInput,
  type ServiceStatus,
  startedServiceStatuses,
  type UpdateServiceInput,
} from "../../../shared/services.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkOrganization } from "../../db/reference-checks.ts";
import { referrals } from "../../db/schema/index.ts";
import { invalidField, notFound } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { loadCase } from "../cases/case-access.ts";
import { victimOfField } from "../referrals/case-victim.ts";
import { firstAidStanding } from "./first-aid-deadline.ts";
import {
  changeService,
  checkServiceFields,
  fieldsOf,
  insertService,
  mergeChange,
  newServiceFields,
} from "./service-records.ts";
import { presentService } from "./services.presenter.ts";
import { findService, listServicesOfCase, type ServiceRow, victimsOfCase } from "./services.repository.ts";

/** The earliest start of a service that reached the victim, or null. */
function firstServiceOn(rows: ServiceRow[], casePersonId: string): string | null {
  const starts = rows
    .filter(
      (r) =>
        r.service.casePersonId === casePersonId &&
        startedServiceStatuses.includes(r.service.status as ServiceStatus),
    )
    .map((r) => r.service.startedOn)
    .filter((d): d is string => d !== null)
    .sort();
  return starts[0] ?? null;
}

/**
 * A case's services, the latest first, and each victim's standing against the 7-day first-aid
 * deadline, counted from the case's identification date.
 */
export async function listCaseServices(ctx: AppContext, actor: UserActor, caseId: string) {
  await loadCase(ctx.db, actor, caseId, "read");
  const rows = await listServicesOfCase(ctx.db, caseId);
  const { identifiedOn, yearOnly, victims } = await victimsOfCase(ctx.db, caseId);
  const today = wibDate(ctx.now());
  const firstAid = victims.map((victim) => {
    const first = firstServiceOn(rows, victim.id);
    return {
      casePersonId: victim.id,
      personCode: victim.code,
      identifiedOn,
      firstServiceOn: first,
      ...firstAidStanding({ identifiedOn, yearOnly, firstServiceOn: first, today }),
    };
  });
  return { items: rows.map(presentService), firstAid };
}

/** A service tied to a referral is for that referral's person and given by its receiving organisation. */
async function checkReferralLink(
  db: Db,
  link: { caseId: string; casePersonId: string; referralId: string; providerOrganizationId: string },
) {
  const [referral] = await db
    .select({ toOrganizationId: referrals.toOrganizationId })
    .from(referrals)
    .where(
      and(
        eq(referrals.id, link.referralId),
        eq(referrals.caseId, link.caseId),
        eq(referrals.casePersonId, link.casePersonId),
      ),
    );
  if (!referral) throw invalidField("referralId", "field.referral_not_of_person");
  if (referral.toOrganizationId !== link.providerOrganizationId)
    throw invalidField("providerOrganizationId", "field.provider_not_referral_recipient");
}

/** Records a service for a victim of the case, from the case side. */
export async function recordCaseService(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: RecordServiceInput,
) {
  await loadCase(ctx.db, actor, caseId, "update");
  const victim = await victimOfField(ctx.db, caseId, input.casePersonId);
  const fields = newServiceFields(input, input.providerOrganizationId);
  await checkServiceFields(ctx, fields);
  await checkOrganization(ctx.db, actor, "providerOrganizationId", fields.providerOrganizationId);
  const referralId = input.referralId ?? null;
  if (referralId)
    await checkReferralLink(ctx.db, {
      caseId,
      casePersonId: victim.id,
      referralId,
      providerOrganizationId: fields.providerOrganizationId,
    });
  const id = await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const target = { caseId, casePersonId: victim.id, personCode: victim.code, referralId };
    return insertService(tx, ctx, actor, target, fields);
  });
  return presentService((await findService(ctx.db, id))!);
}

/** Changes a service of the case: its type, provider, status, dates or outcome. */
export async function updateCaseService(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  serviceId: string,
  input: UpdateServiceInput,
) {
  await loadCase(ctx.db, actor, caseId, "update");
  const before = await findService(ctx.db, serviceId);
  if (before?.service.caseId !== caseId) throw notFound();
  const after = mergeChange(fieldsOf(before), input);
  await checkServiceFields(ctx, after);
  if (after.providerOrganizationId !== before.service.providerOrganizationId) {
    await checkOrganization(ctx.db, actor, "providerOrganizationId", after.providerOrganizationId);
    if (before.service.referralId)
      await checkReferralLink(ctx.db, {
        caseId,
        casePersonId: before.service.casePersonId,
        referralId: before.service.referralId,
        providerOrganizationId: after.providerOrganizationId,
      });
  }
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    await changeService(tx, ctx, actor, before, after);
  });
  return presentService((await findService(ctx.db, serviceId))!);
}
