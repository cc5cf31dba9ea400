import type { Db } from "../../db/database.ts";
import { invalidField, notFound } from "../../lib/errors.ts";
import { findCasePerson } from "../people/people.repository.ts";

/** A person's part in one case, with the pseudonymous code that stands for them everywhere. */
export type CasePersonRef = { id: string; role: string; guardianOfId: string | null; code: string };

/** One person of a case (any role), or undefined when the row is not part of that case. */
export async function casePersonRef(
  db: Db,
  caseId: string,
  casePersonId: string,
): Promise<CasePersonRef | undefined> {
  const row = await findCasePerson(db, caseId, casePersonId);
  return (
    row && {
      id: row.link.id,
      role: row.link.role,
      guardianOfId: row.link.guardianOfId,
      code: row.person.code,
    }
  );
}

/**
 * The victim a record is about, named by an input field: consent, assessments, referrals and
 * services exist for victims only. Anyone else in the case (or outside it) fails on that field.
 */
export async function victimOfField(db: Db, caseId: string, casePersonId: string, field = "casePersonId") {
  const person = await casePersonRef(db, caseId, casePersonId);
  if (person?.role !== "victim") throw invalidField(field, "field.not_victim");
  return person;
}

/** The victim named in a route's path: anything else answers 404, like any record out of reach. */
export async function victimOfPath(db: Db, caseId: string, casePersonId: string) {
  const person = await casePersonRef(db, caseId, casePersonId);
  if (person?.role !== "victim") throw notFound();
  return person;
}
