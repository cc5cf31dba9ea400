import { and, asc, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { casePeople, cases, organizations, people, services, users } from "../../db/schema/index.ts";

function selectServices(db: Db, where: SQL) {
  return db
    .select({
      service: services,
      personCode: people.code,
      providerOrganizationName: organizations.name,
      recordedByName: users.name,
    })
    .from(services)
    .innerJoin(casePeople, eq(casePeople.id, services.casePersonId))
    .innerJoin(people, eq(people.id, casePeople.personId))
    .innerJoin(organizations, eq(organizations.id, services.providerOrganizationId))
    .leftJoin(users, eq(users.id, services.recordedById))
    .where(where)
    .orderBy(desc(services.createdAt), desc(services.id));
}

export type ServiceRow = Awaited<ReturnType<typeof selectServices>>[number];

export function listServicesOfCase(db: Db, caseId: string) {
  return selectServices(db, eq(services.caseId, caseId));
}

export function listServicesOfReferral(db: Db, referralId: string) {
  return selectServices(db, eq(services.referralId, referralId));
}

export async function findService(db: Db, id: string) {
  const [row] = await selectServices(db, eq(services.id, id));
  return row;
}

/** The victims of a case with their codes, in the order they were added, and the case's identification date. */
export async function victimsOfCase(db: Db, caseId: string) {
  const [c] = await db
    .select({ identifiedOn: cases.identifiedOn, precision: cases.identifiedOnPrecision })
    .from(cases)
    .where(eq(cases.id, caseId));
  const victims = await db
    .select({ id: casePeople.id, code: people.code })
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(and(eq(casePeople.caseId, caseId), eq(casePeople.role, "victim")))
    .orderBy(asc(casePeople.createdAt), asc(casePeople.id));
  return { identifiedOn: c!.identifiedOn, yearOnly: c!.precision === "year", victims };
}
