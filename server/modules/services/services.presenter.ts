import type { ServiceDto, ServiceStatus } from "../../../shared/services.ts";
import type { ServiceRow } from "./services.repository.ts";

export function presentService(row: ServiceRow): ServiceDto {
  const s = row.service;
  return {
    id: s.id,
    casePersonId: s.casePersonId,
    personCode: row.personCode,
    serviceTypeCode: s.serviceTypeCode,
    providerOrganizationId: s.providerOrganizationId,
    providerOrganizationName: row.providerOrganizationName,
    referralId: s.referralId,
    status: s.status as ServiceStatus,
    startedOn: s.startedOn,
    endedOn: s.endedOn,
    outcome: s.outcome,
    recordedByName: row.recordedByName,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
