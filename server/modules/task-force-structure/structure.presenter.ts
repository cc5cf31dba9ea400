import type { DecreeDto, MemberPosition, MembershipDto } from "../../../shared/coordination.ts";
import type { DecreeRow, MembershipRow } from "./structure.repository.ts";

/** A decree is the current one on `day` when its period has begun and not ended. */
export function presentDecree(row: DecreeRow, currentId: string | null): DecreeDto {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    issuedBy: row.issuedBy,
    signedOn: row.signedOn,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    notes: row.notes,
    memberCount: row.memberCount,
    current: row.id === currentId,
  };
}

export function presentMembership(row: MembershipRow, day: string): MembershipDto {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    organizationShortName: row.organizationShortName,
    positionCode: row.positionCode as MemberPosition,
    personName: row.personName,
    personTitle: row.personTitle,
    phone: row.phone,
    email: row.email,
    workingGroupIds: row.workingGroupIds,
    decreeId: row.decreeId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    previousId: row.previousId,
    endReason: row.endReason,
    current: row.validFrom <= day && (row.validTo === null || row.validTo > day),
  };
}

/** The decree in force on `day`: the latest whose period began by then and has not ended. */
export function currentDecreeOn(decrees: readonly DecreeRow[], day: string): DecreeRow | null {
  return (
    decrees
      .filter((d) => d.periodStart <= day && (d.periodEnd === null || d.periodEnd >= day))
      .sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0] ?? null
  );
}
