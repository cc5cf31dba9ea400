import { aliasedTable, and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { casePeople, consents, people, users } from "../../db/schema/index.ts";

const guardianLink = aliasedTable(casePeople, "guardian_link");
const guardianPerson = aliasedTable(people, "guardian_person");

const consentColumns = {
  consent: consents,
  guardianCode: guardianPerson.code,
  recordedByName: users.name,
};

function selectConsents(db: Db) {
  return db
    .select(consentColumns)
    .from(consents)
    .leftJoin(guardianLink, eq(guardianLink.id, consents.guardianCasePersonId))
    .leftJoin(guardianPerson, eq(guardianPerson.id, guardianLink.personId))
    .leftJoin(users, eq(users.id, consents.recordedById));
}

export type ConsentRow = NonNullable<Awaited<ReturnType<typeof findConsent>>>;

/** One consent of a victim (by their case_people row). */
export async function findConsent(db: Db, casePersonId: string, consentId: string) {
  const [row] = await selectConsents(db).where(
    and(eq(consents.id, consentId), eq(consents.casePersonId, casePersonId)),
  );
  return row;
}

/** A victim's consents, the most recently given first. */
export function listConsentsOf(db: Db, casePersonId: string) {
  return selectConsents(db)
    .where(eq(consents.casePersonId, casePersonId))
    .orderBy(desc(consents.givenOn), desc(consents.createdAt));
}

/** The consent a referral relies on: the latest one not withdrawn, if any. */
export async function activeConsentOf(db: Db, casePersonId: string) {
  const [row] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.casePersonId, casePersonId), isNull(consents.withdrawnAt)))
    .orderBy(desc(consents.givenOn), desc(consents.createdAt))
    .limit(1);
  return row;
}
