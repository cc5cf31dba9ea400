import type { AssessmentDto } from "../../../shared/assessments.ts";
import type { AssessmentRow } from "./assessments.repository.ts";

export function presentAssessment(row: AssessmentRow): AssessmentDto {
  const a = row.assessment;
  return {
    id: a.id,
    casePersonId: a.casePersonId,
    personCode: row.personCode,
    assessedOn: a.assessedOn,
    needs: a.needs as AssessmentDto["needs"],
    riskLevel: a.riskLevel,
    notes: a.notes,
    assessedById: a.assessedById,
    assessedByName: row.assessedByName,
    createdAt: a.createdAt.toISOString(),
  };
}
