import { eq } from "drizzle-orm";
import { type ServiceStatus, startedServiceStatuses } from "../../../shared/services.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { checkTerm } from "../../db/reference-checks.ts";
import { services } from "../../db/schema/index.ts";
import { invalidField, type LocalizedText } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { markInService } from "../cases/cases.service.ts";
import type { ServiceRow } from "./services.repository.ts";

/**
 * Writing a service, whichever side records it: the case's managers or the organisation that
 * accepted a referral. The rules and the timeline and audit entries live here once.
 */

/** A service's facts as stored. */
export type ServiceFields = {
  serviceTypeCode: string;
  providerOrganizationId: string;
  status: ServiceStatus;
  startedOn: string | null;
  endedOn: string | null;
  outcome: string | null;
};

/** The fields of a stored service, for merging a change into. */
export function fieldsOf(row: ServiceRow): ServiceFields {
  const s = row.service;
  return {
    serviceTypeCode: s.serviceTypeCode,
    providerOrganizationId: s.providerOrganizationId,
    status: s.status as ServiceStatus,
    startedOn: s.startedOn,
    endedOn: s.endedOn,
    outcome: s.outcome,
  };
}

/** The fields of a new service; what the input leaves out is empty. */
export function newServiceFields(
  input: { serviceTypeCode: string; status: ServiceStatus } & Partial<
    Record<"startedOn" | "endedOn" | "outcome", string | null>
  >,
  providerOrganizationId: string,
): ServiceFields {
  return {
    serviceTypeCode: input.serviceTypeCode,
    providerOrganizationId,
    status: input.status,
    startedOn: input.startedOn ?? null,
    endedOn: input.endedOn ?? null,
    outcome: input.outcome ?? null,
  };
}

/** The stored fields with a change applied: undefined leaves a field as it is, null clears it. */
export function mergeChange(
  base: ServiceFields,
  change: Partial<ServiceFields> & Record<string, unknown>,
): ServiceFields {
  const merged = { ...base };
  for (const key of Object.keys(base) as (keyof ServiceFields)[]) {
    if (change[key] !== undefined) Object.assign(merged, { [key]: change[key] });
  }
  return merged;
}

// How the statuses read in messages (the web has its own labels for its screens).
const statusLabels: Record<ServiceStatus, LocalizedText> = {
  planned: { id: "direncanakan", en: "planned" },
  in_progress: { id: "sedang berjalan", en: "in progress" },
  delivered: { id: "sudah diberikan", en: "delivered" },
  declined_by_victim: { id: "ditolak korban", en: "declined by the victim" },
  not_available: { id: "tidak tersedia", en: "not available" },
};

/** Checks a service as it will be stored: the type, the dates, and a start date once it has started. */
export async function checkServiceFields(ctx: AppContext, fields: ServiceFields) {
  await checkTerm(ctx.db, "serviceTypeCode", "service_type", fields.serviceTypeCode);
  const today = wibDate(ctx.now());
  if (fields.startedOn && fields.startedOn > today) throw invalidField("startedOn", "field.date_in_future");
  if (fields.endedOn && fields.endedOn > today) throw invalidField("endedOn", "field.date_in_future");
  if (fields.startedOn && fields.endedOn && fields.endedOn < fields.startedOn)
    throw invalidField("endedOn", "field.ended_before_started");
  // The first-aid deadline is measured from the start date, so a started service must have one.
  if (startedServiceStatuses.includes(fields.status) && !fields.startedOn)
    throw invalidField("startedOn", "field.required_for_status", { status: statusLabels[fields.status] });
}

/** A service reaching the victim moves an open case to in_service. */
async function followStatus(tx: Db, actor: UserActor, caseId: string, status: ServiceStatus) {
  if (startedServiceStatuses.includes(status)) await markInService(tx, actor, caseId);
}

/** Inserts a service for a victim, in the caller's transaction. */
export async function insertService(
  tx: Db,
  ctx: AppContext,
  actor: UserActor,
  target: { caseId: string; casePersonId: string; personCode: string; referralId: string | null },
  fields: ServiceFields,
): Promise<string> {
  const now = ctx.now();
  const [row] = await tx
    .insert(services)
    .values({
      caseId: target.caseId,
      casePersonId: target.casePersonId,
      referralId: target.referralId,
      ...fields,
      recordedById: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: services.id });
  const serviceId = row!.id;
  await followStatus(tx, actor, target.caseId, fields.status);
  // The outcome is free text about the person: the timeline and audit keep codes only.
  const data = {
    serviceId,
    personCode: target.personCode,
    serviceTypeCode: fields.serviceTypeCode,
    providerOrganizationId: fields.providerOrganizationId,
    status: fields.status,
    referralId: target.referralId,
  };
  await recordCaseEvent(tx, actor, target.caseId, "service.recorded", data);
  await recordAudit(tx, actor, {
    event: "service.recorded",
    recordType: "service",
    recordId: serviceId,
    data: { caseId: target.caseId, ...data },
  });
  return serviceId;
}

/** Applies a change to a stored service, in the caller's transaction. */
export async function changeService(
  tx: Db,
  ctx: AppContext,
  actor: UserActor,
  before: ServiceRow,
  after: ServiceFields,
): Promise<void> {
  const old = fieldsOf(before);
  const changed = (Object.keys(after) as (keyof ServiceFields)[]).filter((k) => old[k] !== after[k]);
  const caseId = before.service.caseId;
  await tx
    .update(services)
    .set({ ...after, updatedAt: ctx.now() })
    .where(eq(services.id, before.service.id));
  await followStatus(tx, actor, caseId, after.status);
  const data = {
    serviceId: before.service.id,
    personCode: before.personCode,
    fields: changed,
    status: after.status,
    ...(changed.includes("status") ? { previousStatus: old.status } : {}),
  };
  await recordCaseEvent(tx, actor, caseId, "service.updated", data);
  await recordAudit(tx, actor, {
    event: "service.updated",
    recordType: "service",
    recordId: before.service.id,
    data: { caseId, ...data },
  });
}
