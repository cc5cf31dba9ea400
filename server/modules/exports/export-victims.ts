import { type SQL, sql } from "drizzle-orm";
import type { IdentityDto } from "../../../shared/people.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import type { Keyring } from "../../lib/crypto/keyring.ts";
import { openIdentity } from "../people/person-identity.ts";
import { casesOf, type ExportBatch, type ExportPlan, type ExportScope } from "./export-plan.ts";
import { type ReceivedService, type Related, type RelatedNeeds, relatedOf } from "./export-related.ts";

/** A person recorded as a suspect in the victim's case (suspects belong to the case, not to one victim). */
export type Suspect = { sexCode: string; age: number | null; relationCode: string | null };

/**
 * One victim (a case_people row with role victim) with what every export layout reads: the case
 * around them, their demographics, the services they received, the suspects of the case and the
 * furthest legal stage. `identity` is filled only when asked for, decrypted here and nowhere else.
 */
export type ExportVictim = {
  casePersonId: string;
  caseNumber: string;
  caseStatus: string;
  identifiedOn: string;
  /** "year": only the year is known; identifiedOn is then 1 January, never to be shown as a day. */
  precision: "day" | "year";
  identifiedRegionCode: string | null;
  identifiedRegionName: string | null;
  identifiedParentName: string | null;
  identifiedCountryCode: string | null;
  exploitationForms: string[];
  means: string[];
  recruiterRelation: string | null;
  recruitmentPlatform: string | null;
  /** Countries of the route's destination and exploitation points (a Kemendagri region: ID). */
  destinationCountries: string[];
  /** The last exploitation point's country, else the last destination's (a region: ID). */
  exploitationCountry: string | null;
  legalStage: string | null;
  verdict: string | null;
  personCode: string;
  sexCode: string;
  birthYear: number | null;
  nationalityCode: string | null;
  originRegionCode: string | null;
  originRegionName: string | null;
  originCountryCode: string | null;
  educationCode: string | null;
  maritalStatusCode: string | null;
  disabilityCodes: string[];
  occupation: string | null;
  ageAtExploitation: number | null;
  isChild: boolean | null;
  ageGroupCode: string;
  services: ReceivedService[];
  suspects: Suspect[];
  identity: IdentityDto | null;
};

type Row = {
  case_person_id: string;
  case_id: string;
  number: string;
  status: string;
  identified_on: string;
  precision: string;
  identified_region_code: string | null;
  identified_region_name: string | null;
  identified_parent_name: string | null;
  identified_country_code: string | null;
  exploitation_forms: string[];
  means: string[];
  recruiter_relation: string | null;
  recruitment_platform: string | null;
  person_id: string;
  code: string;
  sex_code: string;
  birth_year: number | null;
  nationality_code: string | null;
  origin_region_code: string | null;
  origin_region_name: string | null;
  origin_country_code: string | null;
  education_code: string | null;
  marital_status_code: string | null;
  disability_codes: string[];
  occupation: string | null;
  age_at_exploitation: number | null;
  is_child: boolean | null;
  age_group_code: string;
  name_enc: string | null;
  aliases_enc: string | null;
  nik_enc: string | null;
  birth_date_enc: string | null;
  address_enc: string | null;
  phone_enc: string | null;
};

function victimsQuery(scope: ExportScope, batch: ExportBatch, withIdentity: boolean): SQL {
  // Security: the ciphertexts are selected only for an export that was allowed to carry identity.
  const identity = withIdentity
    ? sql`p.name_enc, p.aliases_enc, p.nik_enc, p.birth_date_enc, p.address_enc, p.phone_enc`
    : sql`NULL AS name_enc, NULL AS aliases_enc, NULL AS nik_enc, NULL AS birth_date_enc, NULL AS address_enc, NULL AS phone_enc`;
  return sql`
SELECT cp.id AS case_person_id, c.id AS case_id, c.number, c.status, c.identified_on::text AS identified_on,
       c.identified_on_precision AS precision, c.identified_region_code,
       ir.name AS identified_region_name, ip.name AS identified_parent_name, c.identified_country_code,
       c.exploitation_forms, c.means, c.recruiter_relation, c.recruitment_platform,
       p.id AS person_id, p.code, p.sex_code, p.birth_year, p.nationality_code, p.origin_region_code,
       orr.name AS origin_region_name, p.origin_country_code, p.education_code, p.marital_status_code,
       p.disability_codes, p.occupation,
       cp.age_at_exploitation, cp.is_child, cp.age_group_code,
       ${identity}
  FROM case_people cp
  JOIN cases c ON c.id = cp.case_id
  JOIN people p ON p.id = cp.person_id
  LEFT JOIN regions ir ON ir.code = c.identified_region_code
  LEFT JOIN regions ip ON ip.code = ir.parent_code
  LEFT JOIN regions orr ON orr.code = p.origin_region_code
 WHERE cp.role = 'victim' AND ${casesOf(scope, batch)}
 ORDER BY c.identified_on, c.number, cp.id`;
}

function victimOf(row: Row, related: Related, keyring: Keyring | null): ExportVictim {
  const identifiedYear = Number(row.identified_on.slice(0, 4));
  return {
    casePersonId: row.case_person_id,
    caseNumber: row.number,
    caseStatus: row.status,
    identifiedOn: row.identified_on,
    precision: row.precision === "year" ? "year" : "day",
    identifiedRegionCode: row.identified_region_code,
    identifiedRegionName: row.identified_region_name,
    identifiedParentName: row.identified_parent_name,
    identifiedCountryCode: row.identified_country_code,
    exploitationForms: row.exploitation_forms ?? [],
    means: row.means ?? [],
    recruiterRelation: row.recruiter_relation,
    recruitmentPlatform: row.recruitment_platform,
    destinationCountries: related.destinations.get(row.case_id) ?? [],
    exploitationCountry: related.exploitationCountry.get(row.case_id) ?? null,
    legalStage: related.legalStage.get(row.case_id) ?? null,
    verdict: related.verdict.get(row.case_id) ?? null,
    personCode: row.code,
    sexCode: row.sex_code,
    birthYear: row.birth_year === null ? null : Number(row.birth_year),
    nationalityCode: row.nationality_code,
    originRegionCode: row.origin_region_code,
    originRegionName: row.origin_region_name,
    originCountryCode: row.origin_country_code,
    educationCode: row.education_code,
    maritalStatusCode: row.marital_status_code,
    disabilityCodes: row.disability_codes ?? [],
    occupation: row.occupation,
    ageAtExploitation: row.age_at_exploitation === null ? null : Number(row.age_at_exploitation),
    isChild: row.is_child,
    ageGroupCode: row.age_group_code,
    services: related.services.get(row.case_person_id) ?? [],
    // A suspect's age: as recorded for the case, else worked out from the birth year.
    suspects: (related.suspects.get(row.case_id) ?? []).map((s) => ({
      sexCode: s.sexCode,
      age: s.age ?? (s.birthYear ? identifiedYear - s.birthYear : null),
      relationCode: s.relationCode,
    })),
    identity: keyring
      ? openIdentity(keyring, row.person_id, row.code, {
          nameEnc: row.name_enc,
          aliasesEnc: row.aliases_enc,
          nikEnc: row.nik_enc,
          birthDateEnc: row.birth_date_enc,
          addressEnc: row.address_enc,
          phoneEnc: row.phone_enc,
        })
      : null,
  };
}

/**
 * The scope's victims in order of identification, a batch at a time, so a city's whole history
 * streams without being held in memory. With a keyring, each victim's identity is decrypted.
 */
export async function* readExportVictims(
  db: Db,
  scope: ExportScope,
  plan: ExportPlan,
  options: { identityKeyring: Keyring | null; needs: RelatedNeeds },
): AsyncGenerator<ExportVictim[]> {
  const read = async (batch: ExportBatch) => {
    const [rows, related] = await Promise.all([
      queryRows<Row>(db, victimsQuery(scope, batch, options.identityKeyring !== null)),
      relatedOf(db, scope, batch, options.needs),
    ]);
    return rows.map((row) => victimOf(row, related, options.identityKeyring));
  };
  // The next batch is read while this one is written out: the database and the writing overlap.
  let next = plan.batches[0] ? read(plan.batches[0]) : null;
  for (let i = 0; next; i++) {
    const current = await next;
    const following = plan.batches[i + 1];
    next = following ? read(following) : null;
    // A reader that stops early leaves the prefetch unread: its failure must not go unhandled.
    next?.catch(() => {});
    yield current;
  }
}
