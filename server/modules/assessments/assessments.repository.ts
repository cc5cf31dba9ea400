import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { assessments, casePeople, people, users } from "../../db/schema/index.ts";

function selectAssessments(db: Db, where: SQL) {
  return db
    .select({ assessment: assessments, personCode: people.code, assessedByName: users.name })
    .from(assessments)
    .innerJoin(casePeople, eq(casePeople.id, assessments.casePersonId))
    .innerJoin(people, eq(people.id, casePeople.personId))
    .leftJoin(users, eq(users.id, assessments.assessedById))
    .where(where)
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt));
}

export type AssessmentRow = Awaited<ReturnType<typeof selectAssessments>>[number];

/** The assessments of a case (or of one of its victims), the most recent first. */
export function listAssessmentsOf(db: Db, caseId: string, casePersonId?: string) {
  return selectAssessments(
    db,
    and(
      eq(casePeople.caseId, caseId),
      casePersonId ? eq(assessments.casePersonId, casePersonId) : undefined,
    )!,
  );
}

export async function findAssessment(db: Db, id: string) {
  const [row] = await selectAssessments(db, eq(assessments.id, id));
  return row;
}
