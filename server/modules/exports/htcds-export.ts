import { type HtcdsPicklist, type HtcdsValue, inPicklistOrder, isHtcdsValue } from "../../../shared/htcds.ts";
import type { VocabularyKind } from "../../../shared/vocabularies.ts";
import type { ExportCell, ExportColumn } from "./export-file.ts";
import type { ExportVictim } from "./export-victims.ts";
import type { ExportVocabulary } from "./export-vocabulary.ts";

/**
 * The HTCDS 2.0 layout: one row per victim, every column named exactly as a field of
 * field-standards-2.0.csv ("Field Name including Prefix"), picklist cells holding the standard's
 * value names (several separated by ";", as Salesforce multi-select picklists are exchanged).
 *
 * The standard has no field for a case's reference, the date of identification, an age group or
 * a legal stage; a file without them cannot be matched back to its cases. Those travel in a few
 * columns prefixed `gugus_`, which no HTCDS field name starts with, so a reader of the standard
 * tells them apart at a glance (and may drop them).
 */
export const HTCDS_EXTENSION_PREFIX = "gugus_";

export const htcdsVocabularies: readonly VocabularyKind[] = [
  "sex",
  "exploitation_form",
  "trafficking_means",
  "service_type",
];

type Column = ExportColumn & {
  /** The picklist whose value names the cells hold, for the test that checks them against the standard. */
  picklist?: HtcdsPicklist;
  identity?: boolean;
  value: (v: ExportVictim, vocab: ExportVocabulary) => ExportCell;
};

// Our codes → the standard's value names. Where the standard's list has an Other or unknown
// value, a code without a match goes there; where it has none, the cell stays empty and the
// `gugus_` column beside it (services) keeps the code, so nothing disappears silently.

const maritalStatus: Record<string, HtcdsValue<"maritalStatus">> = {
  never_married: "Single",
  married: "Married",
  // Married by religious rite only (siri): married all the same.
  married_unregistered: "Married",
  divorced: "Divorced",
  widowed: "Widowed",
};

/**
 * ISCED 2011 attainment levels. "Less than primary" (no schooling, primary not completed) is
 * ISCED level 0, which the standard calls EarlyChildhoodEducation; D1–D3 are short-cycle
 * tertiary; S2/S3 in one code can only say "at least a master's".
 */
const education: Record<string, HtcdsValue<"education">> = {
  no_schooling: "EarlyChildhoodEducation",
  primary_incomplete: "EarlyChildhoodEducation",
  primary: "PrimaryEducation",
  lower_secondary: "LowerSecondaryEducation",
  upper_secondary: "UpperSecondaryEducation",
  diploma: "ShortCycleTertiaryEducation",
  bachelor: "BachelorsOrEquivalentLevel",
  postgraduate: "MastersOrEquivalentLevel",
};

/** Who recruited the victim: family, someone they knew, or a stranger ("other": unknown). */
const relationship: Record<string, HtcdsValue<"relationshipToTrafficker">> = {
  parent: "Familial",
  relative: "Familial",
  spouse: "Familial",
  neighbour: "Acquainted",
  partner_or_friend: "Acquainted",
  teacher: "Acquainted",
  employer: "Acquainted",
  coworker: "Acquainted",
  agent_recruiter: "Acquainted",
  stranger: "Unaquainted",
};

/** ISIC sections of the forms that name a sector; the other forms name none. */
const industry: Record<string, HtcdsValue<"forcedLabourIndustry">> = {
  domestic_work: "T_ActivitiesOfHouseholdsAsEmployers",
  // Ship crews in Indonesian cases are mostly fishing crews (ISIC A03), as CTDC's Aquafarming.
  ship_crew: "A_AgricultureForestryAndFishing",
};

/** Services into the standard's support-plan types (the list has no Other). */
const supportPlan: Record<string, HtcdsValue<"supportPlanType">> = {
  complaint_intake: "SocialCare",
  outreach: "SocialCare",
  health_rehabilitation: "Health",
  psychological_support: "Health",
  disability_services: "Health",
  social_rehabilitation: "SocialCare",
  temporary_shelter: "SocialCare",
  repatriation: "SocialCare",
  social_reintegration: "SocialCare",
  religious_support: "SocialCare",
  legal_aid: "Legal",
  legal_accompaniment: "Legal",
  restitution_facilitation: "Legal",
  documents: "Legal",
  economic_empowerment: "Livelihood",
  education: "Education",
};

const caseStatus: Record<string, HtcdsValue<"caseStatus">> = {
  open: "Active",
  in_service: "Active",
  closed: "Closed",
};

/** Platforms as people type them ("WA", "fb", "Tik Tok") → the standard's names; anything else: Other. */
const platformPatterns: [RegExp, HtcdsValue<"websitesAndApps">][] = [
  [/messenger/, "FacebookMessenger"],
  [/facebook|\bfb\b/, "Facebook"],
  [/instagram|\big\b/, "Instagram"],
  [/whats\s*app|\bwa\b/, "WhatsApp"],
  [/telegram/, "Telegram"],
  [/viber/, "Viber"],
  [/snap\s*chat/, "SnapChat"],
  [/\bline\b/, "Line"],
  [/wechat/, "WeChat"],
  [/qzone/, "QZone"],
  [/\bqq\b/, "QQ"],
  [/tik\s*tok/, "TikTok"],
  [/twitter|\bx\.com\b/, "Twitter"],
];

function platforms(text: string | null): string | null {
  if (!text?.trim()) return null;
  const lower = text.toLowerCase();
  const found = new Set<HtcdsValue<"websitesAndApps">>();
  for (const [pattern, value] of platformPatterns) if (pattern.test(lower)) found.add(value);
  // "Facebook Messenger" names Messenger, not Facebook's feed as well.
  if (found.has("FacebookMessenger") && !/facebook(?!\s*messenger)/.test(lower)) found.delete("Facebook");
  if (found.size === 0) found.add("Other");
  return inPicklistOrder("websitesAndApps", found);
}

/** A vocabulary term's HTCDS value name, or the list's catch-all when it has none that fits. */
function mapped<L extends HtcdsPicklist>(
  vocab: ExportVocabulary,
  kind: VocabularyKind,
  list: L,
  codes: readonly string[],
  fallback: HtcdsValue<L>,
): string | null {
  if (codes.length === 0) return null;
  const values = codes.map((code) => {
    const value = vocab.htcds(kind, code);
    return isHtcdsValue(list, value) ? value : fallback;
  });
  return inPicklistOrder(list, values);
}

const year = (v: ExportVictim) => Number(v.identifiedOn.slice(0, 4));
const joined = (values: readonly string[]) => (values.length ? values.join(";") : null);

const columns: readonly Column[] = [
  { header: "gugus_CaseNumber", kind: "text", width: 22, value: (v) => v.caseNumber },
  { header: "gugus_PersonCode", kind: "text", width: 16, value: (v) => v.personCode },
  { header: "gugus_IdentificationYear", kind: "number", value: year },
  {
    header: "gugus_IdentificationDate",
    kind: "date",
    width: 12,
    // Only the year is known for historical records: no day is made up.
    value: (v) => (v.precision === "day" ? v.identifiedOn : null),
  },
  { header: "gugus_IdentifiedRegionCode", kind: "text", value: (v) => v.identifiedRegionCode },
  {
    header: "prs_FirstName",
    kind: "text",
    identity: true,
    width: 28,
    value: (v) => v.identity?.name ?? null,
  },
  { header: "prs_Birthdate", kind: "date", identity: true, value: (v) => v.identity?.birthDate ?? null },
  {
    header: "prs_IdentityNumber",
    kind: "text",
    identity: true,
    width: 18,
    value: (v) => v.identity?.nik ?? null,
  },
  {
    header: "prs_MobilePhone",
    kind: "text",
    identity: true,
    width: 16,
    value: (v) => v.identity?.phone ?? null,
  },
  {
    header: "prs_MailingStreet",
    kind: "text",
    identity: true,
    width: 36,
    value: (v) => v.identity?.address ?? null,
  },
  {
    header: "prs_Gender",
    kind: "text",
    picklist: "gender",
    value: (v, vocab) => mapped(vocab, "sex", "gender", [v.sexCode], "NonSpecifiedUnknown"),
  },
  { header: "prs_Citizenship", kind: "text", value: (v) => v.nationalityCode },
  {
    header: "prs_MaritalStatus",
    kind: "text",
    picklist: "maritalStatus",
    value: (v) => (v.maritalStatusCode ? (maritalStatus[v.maritalStatusCode] ?? null) : null),
  },
  {
    header: "prs_HighestLevelOfEducation",
    kind: "text",
    picklist: "education",
    value: (v) => (v.educationCode ? (education[v.educationCode] ?? null) : null),
  },
  { header: "vic_AgeWhenTrafficked", kind: "number", value: (v) => v.ageAtExploitation },
  {
    header: "gugus_AgeGroup",
    kind: "text",
    value: (v) => (v.ageGroupCode === "unknown" ? null : v.ageGroupCode),
  },
  { header: "gugus_IsChild", kind: "boolean", value: (v) => v.isChild },
  {
    header: "vic_RelationshipToTrafficker",
    kind: "text",
    picklist: "relationshipToTrafficker",
    value: (v) => (v.recruiterRelation ? (relationship[v.recruiterRelation] ?? null) : null),
  },
  {
    header: "vic_RecruitmentWebsitesAndApps",
    kind: "text",
    picklist: "websitesAndApps",
    value: (v) => platforms(v.recruitmentPlatform),
  },
  {
    header: "vic_MethodsOfControl",
    kind: "text",
    picklist: "methodsOfControl",
    // Abduction, confinement, forgery and payments have no method of control of their own: Other.
    value: (v, vocab) => mapped(vocab, "trafficking_means", "methodsOfControl", v.means, "Other"),
  },
  {
    header: "vic_TypeOfExploitation",
    kind: "text",
    picklist: "typeOfExploitation",
    value: (v, vocab) =>
      mapped(vocab, "exploitation_form", "typeOfExploitation", v.exploitationForms, "Other"),
  },
  {
    header: "vic_ForcedLabourIndustry",
    kind: "text",
    picklist: "forcedLabourIndustry",
    value: (v) =>
      inPicklistOrder(
        "forcedLabourIndustry",
        v.exploitationForms.flatMap((f) => (industry[f] ? [industry[f]] : [])),
      ) || null,
  },
  {
    header: "hte_Type",
    kind: "text",
    picklist: "eventType",
    value: (v) => (v.destinationCountries.length ? "Exploitation" : null),
  },
  { header: "hte_Country", kind: "text", value: (v) => joined(v.destinationCountries) },
  {
    header: "spl_Type",
    kind: "text",
    picklist: "supportPlanType",
    value: (v) =>
      inPicklistOrder(
        "supportPlanType",
        v.services.flatMap((s) => (supportPlan[s.code] ? [supportPlan[s.code]!] : [])),
      ) || null,
  },
  {
    header: "gugus_ServicesReceived",
    kind: "text",
    width: 30,
    value: (v) => joined(v.services.map((s) => s.code)),
  },
  {
    header: "cas_Status",
    kind: "text",
    picklist: "caseStatus",
    value: (v) => caseStatus[v.caseStatus] ?? "Active",
  },
  { header: "gugus_LegalStage", kind: "text", value: (v) => v.legalStage },
  { header: "gugus_Verdict", kind: "text", value: (v) => v.verdict },
];

/** The columns of a file with or without identity (without it, the identity columns are absent). */
export function htcdsColumns(withIdentity: boolean): readonly Column[] {
  return columns.filter((c) => withIdentity || !c.identity);
}

export function htcdsRow(
  victim: ExportVictim,
  vocab: ExportVocabulary,
  chosen: readonly Column[],
): ExportCell[] {
  return chosen.map((c) => c.value(victim, vocab));
}
