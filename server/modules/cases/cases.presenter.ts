import type { CaseDto, CaseListItem, CaseStatus, IdentificationPrecision } from "../../../shared/cases.ts";
import type { UserActor } from "../../auth/actor.ts";
import { abilitiesOf } from "../../auth/authorize.ts";
import { casePolicy } from "./case.policy.ts";
import type { CaseDetailRow, caseListColumns } from "./cases.repository.ts";

type ListRow = { [K in keyof ReturnType<typeof caseListColumns>]: unknown } & Record<string, unknown>;

export function presentCaseListItem(row: ListRow): CaseListItem {
  return {
    id: row.id as string,
    number: row.number as string,
    title: row.title as string,
    status: row.status as CaseStatus,
    leadOrganizationName: row.leadOrganizationName as string,
    caseManagerName: (row.caseManagerName as string | null) ?? null,
    identifiedOn: row.identifiedOn as string,
    identifiedOnPrecision: row.identifiedOnPrecision as IdentificationPrecision,
    identifiedRegionCode: (row.identifiedRegionCode as string | null) ?? null,
    identifiedRegionName: (row.identifiedRegionName as string | null) ?? null,
    exploitationForms: row.exploitationForms as string[],
    riskLevel: row.riskLevel as string,
    victimCount: Number(row.victimCount),
    legalStage: (row.legalStage as string | null) ?? null,
    overdueReferrals: Number(row.overdueReferrals),
    closureRequested: row.closureRequestedAt !== null && row.status !== "closed",
  };
}

const roleCount = (row: CaseDetailRow, role: string) =>
  row.roleCounts.find((r) => r.role === role)?.count ?? 0;

export function presentCase(actor: UserActor, row: CaseDetailRow): CaseDto {
  const c = row.case;
  const { read: _read, ...abilities } = abilitiesOf(actor, casePolicy, c);
  return {
    id: c.id,
    number: c.number,
    title: c.title,
    status: c.status as CaseStatus,
    leadOrganizationId: c.leadOrganizationId,
    leadOrganizationName: row.leadOrganizationName,
    caseManagerId: c.caseManagerId,
    caseManagerName: row.caseManagerName,
    identifiedOn: c.identifiedOn,
    identifiedOnPrecision: c.identifiedOnPrecision as IdentificationPrecision,
    identifiedRegionCode: c.identifiedRegionCode,
    identifiedRegionName: row.identifiedRegionName,
    identifiedCountryCode: c.identifiedCountryCode,
    exploitationForms: c.exploitationForms,
    means: c.means,
    acts: c.acts,
    recruitmentMethod: c.recruitmentMethod,
    recruiterRelation: c.recruiterRelation,
    recruitmentPlatform: c.recruitmentPlatform,
    riskLevel: c.riskLevel,
    summary: c.summary,
    route: row.route.map((p) => ({ ...p, kind: p.kind as CaseDto["route"][number]["kind"] })),
    people: {
      victims: roleCount(row, "victim"),
      suspects: roleCount(row, "suspect"),
      witnesses: roleCount(row, "witness"),
      guardians: roleCount(row, "guardian"),
      reporters: roleCount(row, "reporter"),
    },
    complaints: row.linked.map((l) => ({ ...l, receivedAt: new Date(l.receivedAt).toISOString() })),
    closureRequest:
      c.closureRequestedAt && c.status !== "closed"
        ? {
            requestedAt: c.closureRequestedAt.toISOString(),
            requestedByName: row.closureRequestedByName,
            reason: c.closureReason ?? "",
            checklist: (c.closureChecklist ?? []) as NonNullable<CaseDto["closureRequest"]>["checklist"],
          }
        : null,
    closedAt: c.closedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    abilities,
  };
}
