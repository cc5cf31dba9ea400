import type { VocabularyKind } from "../../../shared/vocabularies.ts";
import { type CtdcColumn, ctdcColumns, ctdcTypeColumns } from "../imports/formats/ctdc-k-anon-2021.ts";
import type { ExportVictim } from "./export-victims.ts";
import type { ExportVocabulary } from "./export-vocabulary.ts";

/**
 * The CTDC K-anonymized Dataset layout (codebook v7): its 63 columns in order (the import
 * format's own list), one row per victim, values coded as the codebook says, flags 0/1, missing
 * values empty. It is the import mapping of docs/decisions/0009-imports.md read backwards, so a
 * file exported here imports back without a rejected row.
 */
export const ctdcVocabularies: readonly VocabularyKind[] = ["exploitation_form"];

type Flag = CtdcColumn;
type Row = Record<CtdcColumn, string>;

/**
 * The quasi-identifiers: what, combined, could single out a person (when, sex, age, nationality,
 * where). `yearOfRegistration` is never blanked; the others are given up in this order.
 */
export const ctdcFixedIdentifiers: readonly CtdcColumn[] = ["yearOfRegistration"];
export const ctdcSuppressionOrder: readonly CtdcColumn[] = [
  "majorityEntry",
  "majorityStatusAtExploit",
  "ageBroad",
  "CountryOfExploitation",
  "citizenship",
  "majorityStatus",
  "gender",
];
export const ctdcQuasiIdentifiers: readonly CtdcColumn[] = [...ctdcFixedIdentifiers, ...ctdcSuppressionOrder];

const meansColumns: readonly Flag[] = ctdcColumns.filter(
  (c) => c.startsWith("meansOfControl") && c !== "meansOfControlConcatenated",
);
const typeColumns: readonly Flag[] = ctdcTypeColumns;
const labourColumns: readonly Flag[] = ctdcColumns.filter(
  (c) => c.startsWith("typeOfLabour") && c !== "typeOfLabourConcatenated",
);
const recruiterColumns: readonly Flag[] = ctdcColumns.filter((c) => c.startsWith("recruiterRelation"));

/** Means of UU 21/2007 → CTDC's methods of control (the import's mapping, reversed). */
const meansColumnOf: Record<string, Flag> = {
  debt_bondage: "meansOfControlDebtBondage",
  threat_of_violence: "meansOfControlThreats",
  use_of_violence: "meansOfControlPhysicalAbuse",
  deception: "meansOfControlFalsePromises",
  abuse_of_power_or_vulnerability: "meansOfControlPsychologicalAbuse",
  confinement: "meansOfControlRestrictsMovement",
  abduction: "isAbduction",
};
// The codebook's words for the concatenated columns, spelled as the published files spell them.
const meansWords: Partial<Record<Flag, string>> = {
  meansOfControlDebtBondage: "Debt bondage",
  meansOfControlThreats: "Threats",
  meansOfControlPhysicalAbuse: "Physical Abuse",
  meansOfControlFalsePromises: "False promises",
  meansOfControlPsychologicalAbuse: "Psychological abuse",
  meansOfControlRestrictsMovement: "Restricts movement",
  meansOfControlOther: "Other",
};

/** HTCDS type of exploitation (through the vocabulary) → the CTDC purpose flag. */
const typeColumnOf: Record<string, Flag> = {
  ForcedLabour: "isForcedLabour",
  ChildLabour: "isForcedLabour",
  ForcedBegging: "isForcedLabour",
  SexualExploitation: "isSexualExploit",
  ForcedMarriage: "isForcedMarriage",
  Servitude: "isSlaveryAndPractices",
  ForcedMilitaryByNonStateActors: "isForcedMilitary",
  OrganRemoval: "isOrganRemoval",
};
const typeWords: Partial<Record<Flag, string>> = {
  isForcedLabour: "Forced labour",
  isSexualExploit: "Sexual exploitation",
  isSexAndLabour: "Combined sexual and labour exploitation",
  isForcedMarriage: "Forced marriage",
  isSlaveryAndPractices: "Slavery and similar practices",
  isForcedMilitary: "Forced military",
  isOrganRemoval: "Organ removal",
  isOtherExploit: "Other",
};
/** Forms that name the sector of forced labour; every other labour form leaves it unspecified. */
const sectorOf: Record<string, Flag> = {
  domestic_work: "typeOfLabourDomesticWork",
  ship_crew: "typeOfLabourAquafarming",
  forced_begging: "typeOfLabourBegging",
  drug_courier: "typeOfLabourIllicitActivities",
  online_scam_compound: "typeOfLabourIllicitActivities",
};
const labourWords: Partial<Record<Flag, string>> = {
  typeOfLabourAgriculture: "Agriculture",
  typeOfLabourAquafarming: "Aquafarming",
  typeOfLabourBegging: "Begging",
  typeOfLabourConstruction: "Construction",
  typeOfLabourDomesticWork: "Domestic work",
  typeOfLabourHospitality: "Hospitality",
  typeOfLabourIllicitActivities: "Illicit activities",
  typeOfLabourManufacturing: "Manufacturing",
  typeOfLabourMiningOrDrilling: "Mining or drilling",
  typeOfLabourPeddling: "Peddling",
  typeOfLabourTransportation: "Transportation",
  typeOfLabourOther: "Other",
  typeOfLabourNotSpecified: "Not specified",
};

/** The recruiter's relation → CTDC's (family includes marriage; brokers and employers are Other). */
const recruiterColumnOf: Record<string, Flag> = {
  parent: "recruiterRelationFamily",
  relative: "recruiterRelationFamily",
  spouse: "recruiterRelationFamily",
  partner_or_friend: "recruiterRelationFriend",
  neighbour: "recruiterRelationFriend",
  coworker: "recruiterRelationFriend",
};
const recruiterWords: Partial<Record<Flag, string>> = {
  recruiterRelationFamily: "Family/Relative",
  recruiterRelationFriend: "Friend/Acquaintance",
  recruiterRelationIntimatePartner: "Intimate Partner",
  recruiterRelationOther: "Other",
};

/** The age bands of the codebook, by upper bound. */
const brackets: [number, string][] = [
  [8, "0--8"],
  [17, "9--17"],
  [20, "18--20"],
  [23, "21--23"],
  [26, "24--26"],
  [29, "27--29"],
  [38, "30--38"],
  [47, "39--47"],
];
const bracketOf = (age: number) => brackets.find(([upTo]) => age <= upTo)?.[1] ?? "48+";
/** Gugus age groups that lie inside one band. */
const bracketOfGroup: Record<string, string> = {
  age_0_5: "0--8",
  age_13_17: "9--17",
  age_60_plus: "48+",
};
const childBrackets = new Set(["0--8", "9--17"]);

/**
 * Age at registration: from the birth year (the birth date itself is encrypted), else the age at
 * exploitation (the same or a little younger), else an age group that fits in one band.
 */
function ageBands(v: ExportVictim): {
  ageBroad: string;
  majorityStatus: string;
  majorityStatusAtExploit: string;
} {
  const year = Number(v.identifiedOn.slice(0, 4));
  const age = v.birthYear !== null ? year - v.birthYear : v.ageAtExploitation;
  let ageBroad = age !== null && age >= 0 ? bracketOf(age) : (bracketOfGroup[v.ageGroupCode] ?? "");
  const atExploit = v.isChild === null ? "" : v.isChild ? "Minor" : "Adult";
  // An adult when exploited cannot be a child later: the birth year's rounding loses to the
  // child status worked out from the full birth date.
  if (atExploit === "Adult" && childBrackets.has(ageBroad)) ageBroad = "";
  const majorityStatus = ageBroad
    ? childBrackets.has(ageBroad)
      ? "Minor"
      : "Adult"
    : atExploit === "Adult"
      ? "Adult"
      : "";
  return { ageBroad, majorityStatus, majorityStatusAtExploit: atExploit };
}

const flag = (on: boolean) => (on ? "1" : "0");
const words = (row: Row, columns: readonly Flag[], names: Partial<Record<Flag, string>>) =>
  columns
    .filter((c) => row[c] === "1" && names[c])
    .map((c) => names[c]!)
    .sort()
    .join(";");

/** One victim as a row of the CTDC dataset, before k-anonymisation. */
export function ctdcRow(v: ExportVictim, vocab: ExportVocabulary): Row {
  const row = Object.fromEntries(ctdcColumns.map((c) => [c, ""])) as Row;
  row.yearOfRegistration = v.identifiedOn.slice(0, 4);
  // The task force assists victims in person: case management, not a hotline's report.
  row.Datasource = "Case Management";
  row.gender = v.sexCode === "female" ? "Female" : v.sexCode === "male" ? "Male" : "";
  Object.assign(row, ageBands(v));
  row.citizenship = v.nationalityCode ?? "";
  // The codebook prefers the last country of exploitation and falls back on where the victim
  // was identified ("also referred to as the country of destination").
  row.CountryOfExploitation =
    v.exploitationCountry ?? v.identifiedCountryCode ?? (v.identifiedRegionCode ? "ID" : "");

  if (v.means.length === 0) {
    row.meansOfControlNotSpecified = "1";
  } else {
    const on = new Set(v.means.map((m) => meansColumnOf[m] ?? "meansOfControlOther"));
    for (const c of meansColumns) row[c] = flag(on.has(c));
    row.isAbduction = flag(on.has("isAbduction"));
    row.meansOfControlNotSpecified = "0";
    row.meansOfControlConcatenated = words(row, meansColumns, meansWords);
  }

  if (v.exploitationForms.length > 0) {
    const types = new Set<Flag>();
    const sectors = new Set<Flag>();
    for (const form of v.exploitationForms) {
      const type = typeColumnOf[vocab.htcds("exploitation_form", form) ?? ""] ?? "isOtherExploit";
      types.add(type);
      if (type === "isForcedLabour") sectors.add(sectorOf[form] ?? "typeOfLabourNotSpecified");
    }
    if (types.has("isForcedLabour") && types.has("isSexualExploit")) types.add("isSexAndLabour");
    for (const c of typeColumns) row[c] = flag(types.has(c));
    for (const c of labourColumns) row[c] = flag(sectors.has(c));
    row.typeOfExploitConcatenated = words(row, typeColumns, typeWords);
    row.typeOfLabourConcatenated = words(row, labourColumns, labourWords);
  }

  const relation: Flag = v.recruiterRelation
    ? (recruiterColumnOf[v.recruiterRelation] ?? "recruiterRelationOther")
    : "recruiterRelationUnknown";
  for (const c of recruiterColumns) row[c] = flag(c === relation);
  row.RecruiterRelationship = recruiterWords[relation] ?? "";
  return row;
}
