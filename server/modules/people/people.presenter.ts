import type { CasePersonDto, PersonRole } from "../../../shared/people.ts";
import type { UserActor } from "../../auth/actor.ts";
import { casePolicy } from "../cases/case.policy.ts";
import type { LoadedCase } from "../cases/case-access.ts";
import type { listCasePeopleRows } from "./people.repository.ts";
import { identityOnFile } from "./person-identity.ts";

type Row = Awaited<ReturnType<typeof listCasePeopleRows>>[number];

/** A person in a case as lists show them: a pseudonymous code and demographics, never identity. */
export function presentCasePerson(actor: UserActor, theCase: LoadedCase, row: Row): CasePersonDto {
  const { link, person } = row;
  const update = casePolicy.update(actor, theCase);
  return {
    id: link.id,
    personId: person.id,
    code: person.code,
    role: link.role as PersonRole,
    sexCode: person.sexCode,
    ageAtExploitation: link.ageAtExploitation,
    isChild: link.isChild,
    ageGroupCode: link.ageGroupCode,
    birthYear: person.birthYear,
    nationalityCode: person.nationalityCode,
    originRegionCode: person.originRegionCode,
    originRegionName: row.originRegionName,
    originCountryCode: person.originCountryCode,
    educationCode: person.educationCode,
    maritalStatusCode: person.maritalStatusCode,
    disabilityCodes: person.disabilityCodes,
    occupation: person.occupation,
    relationToVictimCode: link.relationToVictimCode,
    guardianOfId: link.guardianOfId,
    note: link.note,
    identityOnFile: identityOnFile(person),
    otherCaseCount: Number(row.otherCaseCount),
    createdAt: link.createdAt.toISOString(),
    abilities: { update, remove: update, revealIdentity: casePolicy.revealIdentity(actor, theCase) },
  };
}
