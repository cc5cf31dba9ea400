import type { ConsentDto } from "../../../shared/consents.ts";
import type { ConsentRow } from "./consents.repository.ts";

export function presentConsent(row: ConsentRow): ConsentDto {
  const c = row.consent;
  return {
    id: c.id,
    casePersonId: c.casePersonId,
    givenBy: c.givenBy as ConsentDto["givenBy"],
    guardianCasePersonId: c.guardianCasePersonId,
    guardianCode: row.guardianCode,
    method: c.method as ConsentDto["method"],
    givenOn: c.givenOn,
    scope: c.scope,
    active: c.withdrawnAt === null,
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    recordedByName: row.recordedByName,
    createdAt: c.createdAt.toISOString(),
  };
}
