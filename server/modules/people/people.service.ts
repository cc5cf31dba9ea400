import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type {
  AddCasePersonInput,
  DemographicsInput,
  IdentityInput,
  UpdateCasePersonInput,
} from "../../../shared/people.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { checkRegion, checkTerm, checkTerms } from "../../db/reference-checks.ts";
import {
  assessments,
  caseAttachments,
  casePeople,
  consents,
  legalProcessSuspects,
  people,
  referrals,
  restitutions,
  services,
} from "../../db/schema/index.ts";
import { decryptField } from "../../lib/crypto/field-encryption.ts";
import { pseudonymousCode } from "../../lib/crypto/pseudonym.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import { wibDate } from "../../lib/wib.ts";
import { type LoadedCase, loadCase } from "../cases/case-access.ts";
import { recordCaseEvent } from "../cases/case-timeline.ts";
import { PERSON_CODE_PREFIX } from "../cases/cases.service.ts";
import { markPersonCasesStale } from "../statistics/statistics-facts.ts";
import { presentCasePerson } from "./people.presenter.ts";
import {
  findCasePerson,
  findPersonInTaskForce,
  linksOfPerson,
  listCasePeopleRows,
  personHasRoleInCase,
} from "./people.repository.ts";
import { ageFacts } from "./person-age.ts";
import { identityColumns, openIdentity, sealIdentity } from "./person-identity.ts";

export async function listCasePeople(ctx: AppContext, actor: UserActor, caseId: string) {
  const theCase = await loadCase(ctx.db, actor, caseId, "read");
  const rows = await listCasePeopleRows(ctx.db, caseId);
  return { items: rows.map((row) => presentCasePerson(actor, theCase, row)) };
}

async function presentOne(ctx: AppContext, actor: UserActor, theCase: LoadedCase, casePersonId: string) {
  const row = await findCasePerson(ctx.db, theCase.id, casePersonId);
  if (!row) throw notFound();
  return presentCasePerson(actor, theCase, row);
}

async function checkIdentity(ctx: AppContext, identity: IdentityInput | undefined) {
  if (identity?.birthDate && identity.birthDate > wibDate(ctx.now())) {
    throw invalidField("identity.birthDate", "field.date_in_future");
  }
}

async function checkDemographics(db: Db, d: DemographicsInput | undefined) {
  if (!d) return;
  await checkTerm(db, "demographics.sexCode", "sex", d.sexCode);
  await checkTerm(db, "demographics.educationCode", "education_level", d.educationCode);
  await checkTerm(db, "demographics.maritalStatusCode", "marital_status", d.maritalStatusCode);
  await checkTerms(db, "demographics.disabilityCodes", "disability", d.disabilityCodes ?? []);
  await checkRegion(db, "demographics.originRegionCode", d.originRegionCode);
}

/** The guardian link must point at another person of the same case. */
async function checkGuardianOf(db: Db, caseId: string, guardianOfId: string | null | undefined) {
  if (!guardianOfId) return;
  const [row] = await db
    .select({ id: casePeople.id })
    .from(casePeople)
    .where(and(eq(casePeople.id, guardianOfId), eq(casePeople.caseId, caseId)));
  if (!row) throw invalidField("guardianOfId", "field.case_person_unknown");
}

function demographicColumns(d: DemographicsInput | undefined) {
  if (!d) return {};
  const { ageAtExploitation: _age, ...columns } = d;
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
}

/**
 * Recomputes age and child status in every case of a person: the birth date (decrypted here,
 * never stored in the clear) against each case's date of identification.
 */
async function refreshAges(
  tx: Db,
  ctx: AppContext,
  personId: string,
  ageGiven: { casePersonId: string; age: number | null } | null,
) {
  const [person] = await tx
    .select({ birthDateEnc: people.birthDateEnc, birthYear: people.birthYear })
    .from(people)
    .where(eq(people.id, personId));
  const birthDate = person?.birthDateEnc
    ? decryptField(ctx.keyring, person.birthDateEnc, `${identityColumns.birthDate.context}:${personId}`)
    : null;
  for (const link of await linksOfPerson(tx, personId)) {
    const [current] = await tx
      .select({ age: casePeople.ageAtExploitation })
      .from(casePeople)
      .where(eq(casePeople.id, link.id));
    const recorded = ageGiven?.casePersonId === link.id ? ageGiven.age : (current?.age ?? null);
    const facts = ageFacts(link.identifiedOn, {
      birthDate,
      ageAtExploitation: birthDate ? null : recorded,
      birthYear: person?.birthYear,
    });
    await tx
      .update(casePeople)
      .set({ ageAtExploitation: facts.age, isChild: facts.isChild, ageGroupCode: facts.ageGroupCode })
      .where(eq(casePeople.id, link.id));
  }
  // The person's sex, age or origin may have changed: it counts in every case they are part of.
  await markPersonCasesStale(tx, personId);
}

/** The birth year follows from a birth date; a person entered with one keeps them consistent. */
function withBirthYear(identity: IdentityInput | undefined, d: DemographicsInput | undefined) {
  if (identity?.birthDate) return { ...d, birthYear: Number(identity.birthDate.slice(0, 4)) };
  return d;
}

export async function addCasePerson(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  input: AddCasePersonInput,
) {
  const theCase = await loadCase(ctx.db, actor, caseId, "update");
  await checkIdentity(ctx, input.identity);
  await checkDemographics(ctx.db, input.demographics);
  await checkTerm(ctx.db, "relationToVictimCode", "suspect_relation", input.relationToVictimCode);
  await checkGuardianOf(ctx.db, caseId, input.guardianOfId);
  let personId = input.personId;
  if (personId) {
    const existing = await findPersonInTaskForce(ctx.db, actor.taskForceId, personId);
    if (!existing || existing.mergedIntoId) throw invalidField("personId", "field.person_unknown");
    if (input.identity) throw invalidField("identity", "field.identity_with_existing_person");
    if (await personHasRoleInCase(ctx.db, caseId, personId, input.role)) {
      throw invalidField("personId", "field.person_already_in_role");
    }
  }
  const demographics = withBirthYear(input.identity, input.demographics);
  const casePersonId = await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    let code: string;
    if (personId) {
      code = (await findPersonInTaskForce(tx, actor.taskForceId, personId))!.code;
      if (input.demographics) {
        await tx
          .update(people)
          .set({ ...demographicColumns(demographics), updatedAt: ctx.now() })
          .where(eq(people.id, personId));
      }
    } else {
      personId = randomUUID();
      // 40 random bits: a collision among a city's people is about one in ten million.
      code = pseudonymousCode(PERSON_CODE_PREFIX);
      await tx.insert(people).values({
        id: personId,
        taskForceId: actor.taskForceId,
        code,
        ...sealIdentity(ctx.keyring, personId, input.identity ?? {}),
        ...demographicColumns(demographics),
        createdById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      });
    }
    const [link] = await tx
      .insert(casePeople)
      .values({
        caseId,
        personId,
        role: input.role,
        relationToVictimCode: input.relationToVictimCode ?? null,
        guardianOfId: input.guardianOfId ?? null,
        note: input.note ?? null,
        addedById: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning({ id: casePeople.id });
    await refreshAges(tx, ctx, personId, {
      casePersonId: link!.id,
      age: input.demographics?.ageAtExploitation ?? null,
    });
    await recordCaseEvent(tx, actor, caseId, "person.added", { code, role: input.role });
    await recordAudit(tx, actor, {
      event: "person.added",
      recordType: "case_person",
      recordId: link!.id,
      data: { caseId, code, role: input.role, existingPerson: Boolean(input.personId) },
    });
    return link!.id;
  });
  return presentOne(ctx, actor, theCase, casePersonId);
}

export async function updateCasePerson(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  casePersonId: string,
  input: UpdateCasePersonInput,
) {
  const theCase = await loadCase(ctx.db, actor, caseId, "update");
  const row = await findCasePerson(ctx.db, caseId, casePersonId);
  if (!row) throw notFound();
  await checkIdentity(ctx, input.identity);
  await checkDemographics(ctx.db, input.demographics);
  await checkTerm(ctx.db, "relationToVictimCode", "suspect_relation", input.relationToVictimCode);
  if (input.guardianOfId === casePersonId) throw invalidField("guardianOfId", "field.case_person_unknown");
  await checkGuardianOf(ctx.db, caseId, input.guardianOfId);
  const personId = row.person.id;
  const fields = [
    ...Object.keys(input.identity ?? {}).map((f) => `identity.${f}`),
    ...Object.keys(input.demographics ?? {}),
    ...(["relationToVictimCode", "guardianOfId", "note"] as const).filter((f) => input[f] !== undefined),
  ];
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    const demographics = withBirthYear(input.identity, input.demographics);
    await tx
      .update(people)
      .set({
        ...sealIdentity(ctx.keyring, personId, input.identity ?? {}),
        ...demographicColumns(demographics),
        updatedAt: ctx.now(),
      })
      .where(eq(people.id, personId));
    await tx
      .update(casePeople)
      .set({
        ...(input.relationToVictimCode !== undefined
          ? { relationToVictimCode: input.relationToVictimCode }
          : {}),
        ...(input.guardianOfId !== undefined ? { guardianOfId: input.guardianOfId } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        updatedAt: ctx.now(),
      })
      .where(eq(casePeople.id, casePersonId));
    const ageGiven =
      input.demographics?.ageAtExploitation !== undefined
        ? { casePersonId, age: input.demographics.ageAtExploitation }
        : null;
    await refreshAges(tx, ctx, personId, ageGiven);
    await recordCaseEvent(tx, actor, caseId, "person.updated", { code: row.person.code, fields });
    await recordAudit(tx, actor, {
      event: "person.updated",
      recordType: "case_person",
      recordId: casePersonId,
      data: { caseId, code: row.person.code, fields },
    });
  });
  return presentOne(ctx, actor, theCase, casePersonId);
}

/** Records that hang on a person's part in a case; while any exists the part cannot be withdrawn. */
async function dependentsOf(db: Db, casePersonId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select (
      (select count(*) from ${consents} where ${consents.casePersonId} = ${casePersonId} or ${consents.guardianCasePersonId} = ${casePersonId})
    + (select count(*) from ${assessments} where ${assessments.casePersonId} = ${casePersonId})
    + (select count(*) from ${referrals} where ${referrals.casePersonId} = ${casePersonId})
    + (select count(*) from ${services} where ${services.casePersonId} = ${casePersonId})
    + (select count(*) from ${legalProcessSuspects} where ${legalProcessSuspects.casePersonId} = ${casePersonId})
    + (select count(*) from ${restitutions} where ${restitutions.casePersonId} = ${casePersonId})
    + (select count(*) from ${caseAttachments} where ${caseAttachments.casePersonId} = ${casePersonId})
    + (select count(*) from ${casePeople} where ${casePeople.guardianOfId} = ${casePersonId})
    )::int as n`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Withdraws a person's part in a case entered by mistake. Refused once anything hangs on it
 * (consent, referral, service, ...): those records would lose their subject.
 */
export async function removeCasePerson(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  casePersonId: string,
) {
  await loadCase(ctx.db, actor, caseId, "update");
  const row = await findCasePerson(ctx.db, caseId, casePersonId);
  if (!row) throw notFound();
  if ((await dependentsOf(ctx.db, casePersonId)) > 0) {
    throw new AppError("conflict", "error.case_person_has_records");
  }
  await ctx.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, "update", { forUpdate: true });
    await tx.delete(casePeople).where(eq(casePeople.id, casePersonId));
    await recordCaseEvent(tx, actor, caseId, "person.removed", {
      code: row.person.code,
      role: row.link.role,
    });
    await recordAudit(tx, actor, {
      event: "person.removed",
      recordType: "case_person",
      recordId: casePersonId,
      data: { caseId, code: row.person.code, role: row.link.role },
    });
  });
}

/** Shows a person's identity to a permitted user: a deliberate act, audited every time. */
export async function revealCasePersonIdentity(
  ctx: AppContext,
  actor: UserActor,
  caseId: string,
  casePersonId: string,
  purpose: string | undefined,
) {
  await loadCase(ctx.db, actor, caseId, "revealIdentity");
  const row = await findCasePerson(ctx.db, caseId, casePersonId);
  if (!row) throw notFound();
  const identity = openIdentity(ctx.keyring, row.person.id, row.person.code, row.person);
  await recordAudit(ctx.db, actor, {
    event: "identity.viewed",
    recordType: "case_person",
    recordId: casePersonId,
    data: {
      caseId,
      code: row.person.code,
      fields: Object.entries(identity)
        .filter(([k, v]) => k !== "code" && v !== null)
        .map(([k]) => k),
      purpose: purpose ?? null,
    },
  });
  return identity;
}
