import type {
  LegalProcessDto,
  LegalVerdict,
  RestitutionDto,
  RestitutionStage,
} from "../../../shared/legal.ts";
import type { LegalProcessRow, RestitutionRow, SuspectRow } from "./legal.repository.ts";

export function presentRestitution(row: RestitutionRow): RestitutionDto {
  return {
    id: row.id,
    casePersonId: row.casePersonId,
    personCode: row.personCode,
    stageCode: row.stageCode as RestitutionStage,
    requestedRupiah: row.requestedRupiah,
    requestedOn: row.requestedOn,
    demandedRupiah: row.demandedRupiah,
    demandedOn: row.demandedOn,
    awardedRupiah: row.awardedRupiah,
    awardedOn: row.awardedOn,
    paidRupiah: row.paidRupiah,
    paidOn: row.paidOn,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);

export function presentLegalProcess(
  row: LegalProcessRow,
  suspects: SuspectRow[],
  restitutions: RestitutionRow[],
): LegalProcessDto {
  const own = restitutions.filter((r) => r.legalProcessId === row.id);
  return {
    id: row.id,
    caseId: row.caseId,
    policeReportNumber: row.policeReportNumber,
    policeUnit: row.policeUnit,
    reportedOn: row.reportedOn,
    stageCode: row.stageCode,
    stageOn: row.stageOn,
    suspects: suspects
      .filter((s) => s.legalProcessId === row.id)
      .map((s) => ({ casePersonId: s.casePersonId, personCode: s.personCode })),
    articlesCharged: row.articlesCharged,
    verdict: row.verdict as LegalVerdict | null,
    verdictOn: row.verdictOn,
    sentenceMonths: row.sentenceMonths,
    fineRupiah: row.fineRupiah,
    lpskProtection: row.lpskProtection as LegalProcessDto["lpskProtection"],
    notes: row.notes,
    restitutions: own.map(presentRestitution),
    restitutionTotals: {
      requestedRupiah: sum(own.map((r) => r.requestedRupiah)),
      awardedRupiah: sum(own.map((r) => r.awardedRupiah)),
      paidRupiah: sum(own.map((r) => r.paidRupiah)),
    },
    recordedByName: row.recordedByName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
