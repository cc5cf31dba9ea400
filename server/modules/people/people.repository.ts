import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { casePeople, cases, people, regions } from "../../db/schema/index.ts";

const otherCaseCount = sql<number>`(select count(distinct cp2.case_id)::int from ${casePeople} cp2 where cp2.person_id = ${casePeople.personId} and cp2.case_id <> ${casePeople.caseId})`;

export const casePersonColumns = {
  link: casePeople,
  person: people,
  originRegionName: regions.name,
  otherCaseCount,
};

function selectCasePeople(db: Db) {
  return db
    .select(casePersonColumns)
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .leftJoin(regions, eq(regions.code, people.originRegionCode));
}

export type CasePersonRow = Awaited<ReturnType<typeof findCasePerson>> & {};

export async function listCasePeopleRows(db: Db, caseId: string) {
  return selectCasePeople(db)
    .where(eq(casePeople.caseId, caseId))
    .orderBy(casePeople.createdAt, casePeople.id);
}

export async function findCasePerson(db: Db, caseId: string, casePersonId: string) {
  const [row] = await selectCasePeople(db).where(
    and(eq(casePeople.id, casePersonId), eq(casePeople.caseId, caseId)),
  );
  return row;
}

/** Every case a person is part of, with the date that fixes their age in it. */
export async function linksOfPerson(db: Db, personId: string) {
  return db
    .select({ id: casePeople.id, caseId: casePeople.caseId, identifiedOn: cases.identifiedOn })
    .from(casePeople)
    .innerJoin(cases, eq(cases.id, casePeople.caseId))
    .where(eq(casePeople.personId, personId));
}

export async function findPersonInTaskForce(db: Db, taskForceId: string, personId: string) {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, personId), eq(people.taskForceId, taskForceId)));
  return row;
}

export async function personHasRoleInCase(
  db: Db,
  caseId: string,
  personId: string,
  role: string,
  exceptId?: string,
) {
  const [row] = await db
    .select({ id: casePeople.id })
    .from(casePeople)
    .where(
      and(
        eq(casePeople.caseId, caseId),
        eq(casePeople.personId, personId),
        eq(casePeople.role, role),
        exceptId ? ne(casePeople.id, exceptId) : undefined,
      ),
    );
  return row !== undefined;
}
