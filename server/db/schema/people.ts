import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { regions, taskForces } from "./reference.ts";
import { users } from "./users.ts";

/**
 * Orang: one human being, who may appear in several cases (a victim trafficked twice, a suspect
 * in several cases). Identity fields are encrypted (`*_enc`, bound to the row); the blind
 * indexes find duplicates without the plaintext; everywhere else `code` stands for the person.
 */
export const people = pgTable(
  "people",
  {
    id: uuidPk(),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    code: text("code").notNull().unique(),
    nameEnc: text("name_enc"),
    aliasesEnc: text("aliases_enc"),
    nikEnc: text("nik_enc"),
    birthDateEnc: text("birth_date_enc"),
    addressEnc: text("address_enc"),
    phoneEnc: text("phone_enc"),
    // Security: keyed HMACs of normalised values; equal values match, nothing else is learnt.
    nikIndex: text("nik_index"),
    birthDateIndex: text("birth_date_index"),
    phoneIndex: text("phone_index"),
    nameTokenIndexes: text("name_token_indexes").array().notNull().default(sql`'{}'::text[]`),
    sexCode: text("sex_code").notNull().default("unknown"),
    birthYear: integer("birth_year"),
    nationalityCode: text("nationality_code"),
    originRegionCode: text("origin_region_code").references(() => regions.code),
    originCountryCode: text("origin_country_code"),
    educationCode: text("education_code"),
    maritalStatusCode: text("marital_status_code"),
    disabilityCodes: text("disability_codes").array().notNull().default(sql`'{}'::text[]`),
    occupation: text("occupation"),
    // A merged duplicate points at the record that absorbed it; merges can be undone.
    mergedIntoId: uuid("merged_into_id"),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("people_nik_index_idx").on(t.taskForceId, t.nikIndex),
    index("people_phone_index_idx").on(t.taskForceId, t.phoneIndex),
    index("people_birth_date_index_idx").on(t.taskForceId, t.birthDateIndex),
    index("people_name_tokens_idx").using("gin", t.nameTokenIndexes),
    index("people_origin_region_idx").on(t.originRegionCode),
    index("people_merged_into_idx").on(t.mergedIntoId),
    index("people_created_by_idx").on(t.createdById),
  ],
);

/** A person's part in one case: victim, suspect, witness, guardian or reporter. */
export const casePeople = pgTable(
  "case_people",
  {
    id: uuidPk(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    role: text("role").notNull(),
    // Child = under 18 at the time of exploitation (UU 21/2007), from the birth date when known.
    ageAtExploitation: integer("age_at_exploitation"),
    isChild: boolean("is_child"),
    ageGroupCode: text("age_group_code").notNull().default("unknown"),
    relationToVictimCode: text("relation_to_victim_code"),
    guardianOfId: uuid("guardian_of_id"),
    note: text("note"),
    addedById: uuid("added_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("case_people_case_person_role_key").on(t.caseId, t.personId, t.role),
    index("case_people_person_idx").on(t.personId),
    index("case_people_case_role_idx").on(t.caseId, t.role),
    index("case_people_guardian_of_idx").on(t.guardianOfId),
    index("case_people_added_by_idx").on(t.addedById),
  ],
);

/** Persetujuan: the victim's (or guardian's) consent to be referred, recorded before any referral. */
export const consents = pgTable(
  "consents",
  {
    id: uuidPk(),
    casePersonId: uuid("case_person_id")
      .notNull()
      .references(() => casePeople.id),
    givenBy: text("given_by").notNull(), // victim | guardian
    guardianCasePersonId: uuid("guardian_case_person_id").references(() => casePeople.id),
    method: text("method").notNull(), // written | verbal | electronic
    givenOn: date("given_on", { mode: "string" }).notNull(),
    scope: text("scope"),
    withdrawnAt: ts("withdrawn_at"),
    recordedById: uuid("recorded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("consents_case_person_idx").on(t.casePersonId),
    index("consents_guardian_idx").on(t.guardianCasePersonId),
    index("consents_recorded_by_idx").on(t.recordedById),
  ],
);

/** Asesmen: a victim's needs and risk on a date, by whom. */
export const assessments = pgTable(
  "assessments",
  {
    id: uuidPk(),
    casePersonId: uuid("case_person_id")
      .notNull()
      .references(() => casePeople.id),
    assessedOn: date("assessed_on", { mode: "string" }).notNull(),
    needs: text("needs").array().notNull().default(sql`'{}'::text[]`),
    riskLevel: text("risk_level").notNull(),
    notes: text("notes"),
    assessedById: uuid("assessed_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("assessments_case_person_idx").on(t.casePersonId, t.assessedOn),
    index("assessments_assessed_by_idx").on(t.assessedById),
  ],
);

/** A merge of two person records; undoing it moves the case links back. */
export const personMerges = pgTable(
  "person_merges",
  {
    id: uuidPk(),
    survivorId: uuid("survivor_id")
      .notNull()
      .references(() => people.id),
    mergedId: uuid("merged_id")
      .notNull()
      .references(() => people.id),
    movedCasePersonIds: uuid("moved_case_person_ids").array().notNull().default(sql`'{}'::uuid[]`),
    reason: text("reason").notNull(),
    mergedById: uuid("merged_by_id").references(() => users.id),
    mergedAt: ts("merged_at").notNull().defaultNow(),
    undoneAt: ts("undone_at"),
    undoneById: uuid("undone_by_id").references(() => users.id),
  },
  (t) => [
    index("person_merges_survivor_idx").on(t.survivorId),
    index("person_merges_merged_idx").on(t.mergedId),
    index("person_merges_merged_by_idx").on(t.mergedById),
    index("person_merges_undone_by_idx").on(t.undoneById),
  ],
);
