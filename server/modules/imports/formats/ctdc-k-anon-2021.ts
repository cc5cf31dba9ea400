import { countryCodes } from "../../../../shared/countries.ts";
import type { ImportedVictim, MappedRow, RowProblem } from "../import-record.ts";
import { rejected } from "../import-record.ts";
import type { VocabularyIndex } from "../import-vocabulary.ts";

/**
 * The CTDC Global K-anonymized Dataset (codebook v7, September 2021): 63 columns, one row per
 * victim identified in `yearOfRegistration`. How a row becomes a case with one victim is
 * decided in docs/decisions/0009-imports.md; this file is that decision as code.
 */
export const CTDC_FORMAT = "ctdc-k-anon-2021";

const meansColumns = [
  "meansOfControlDebtBondage",
  "meansOfControlTakesEarnings",
  "meansOfControlRestrictsFinancialAccess",
  "meansOfControlThreats",
  "meansOfControlPsychologicalAbuse",
  "meansOfControlPhysicalAbuse",
  "meansOfControlSexualAbuse",
  "meansOfControlFalsePromises",
  "meansOfControlPsychoactiveSubstances",
  "meansOfControlRestrictsMovement",
  "meansOfControlRestrictsMedicalCare",
  "meansOfControlExcessiveWorkingHours",
  "meansOfControlUsesChildren",
  "meansOfControlThreatOfLawEnforcement",
  "meansOfControlWithholdsNecessities",
  "meansOfControlWithholdsDocuments",
  "meansOfControlOther",
  "meansOfControlNotSpecified",
] as const;
/** The type-of-exploitation flags, in the codebook's order (the exports write them too). */
export const ctdcTypeColumns = [
  "isForcedLabour",
  "isSexualExploit",
  "isOtherExploit",
  "isSexAndLabour",
  "isForcedMarriage",
  "isForcedMilitary",
  "isOrganRemoval",
  "isSlaveryAndPractices",
] as const;
const labourColumns = [
  "typeOfLabourAgriculture",
  "typeOfLabourAquafarming",
  "typeOfLabourBegging",
  "typeOfLabourConstruction",
  "typeOfLabourDomesticWork",
  "typeOfLabourHospitality",
  "typeOfLabourIllicitActivities",
  "typeOfLabourManufacturing",
  "typeOfLabourMiningOrDrilling",
  "typeOfLabourPeddling",
  "typeOfLabourTransportation",
  "typeOfLabourOther",
  "typeOfLabourNotSpecified",
] as const;
const sexColumns = [
  "typeOfSexProstitution",
  "typeOfSexPornography",
  "typeOfSexRemoteInteractiveServices",
  "typeOfSexPrivateSexualServices",
] as const;
const recruiterColumns = [
  "recruiterRelationIntimatePartner",
  "recruiterRelationFriend",
  "recruiterRelationFamily",
  "recruiterRelationOther",
  "recruiterRelationUnknown",
] as const;

/** The 63 columns in the codebook's order. */
export const ctdcColumns = [
  "yearOfRegistration",
  "Datasource",
  "gender",
  "ageBroad",
  "majorityStatus",
  "majorityStatusAtExploit",
  "majorityEntry",
  "citizenship",
  ...meansColumns,
  "meansOfControlConcatenated",
  ...ctdcTypeColumns,
  "typeOfExploitConcatenated",
  ...labourColumns,
  "typeOfLabourConcatenated",
  ...sexColumns,
  "typeOfSexConcatenated",
  "isAbduction",
  "RecruiterRelationship",
  "CountryOfExploitation",
  ...recruiterColumns,
] as const;
export type CtdcColumn = (typeof ctdcColumns)[number];
export type CtdcRow = Record<CtdcColumn, string>;

/** The 0/1 columns (missing = empty, or NULL as the codebook writes it). */
const flagColumns = [
  ...meansColumns,
  ...ctdcTypeColumns,
  ...labourColumns,
  ...sexColumns,
  "isAbduction",
  ...recruiterColumns,
] as const;
type FlagColumn = (typeof flagColumns)[number];

// The concatenated columns repeat the flags as text, and their spellings drift between releases
// ("Physical Abuse", "Takes earnings"): the flags are the data, these are not read.
export const ctdcDerivedColumns: readonly CtdcColumn[] = [
  "meansOfControlConcatenated",
  "typeOfExploitConcatenated",
  "typeOfLabourConcatenated",
  "typeOfSexConcatenated",
  "RecruiterRelationship",
];

/** Age brackets at registration; the Gugus age group only where the bracket fits inside one. */
const ageBrackets = {
  "0-8": { child: true, group: "unknown", label: "0–8" },
  "9-17": { child: true, group: "unknown", label: "9–17" },
  "18-20": { child: false, group: "age_18_24", label: "18–20" },
  "21-23": { child: false, group: "age_18_24", label: "21–23" },
  "24-26": { child: false, group: "unknown", label: "24–26" },
  "27-29": { child: false, group: "age_25_44", label: "27–29" },
  "30-38": { child: false, group: "age_25_44", label: "30–38" },
  "39-47": { child: false, group: "unknown", label: "39–47" },
  "48+": { child: false, group: "unknown", label: "48+" },
} as const;
type AgeBracket = keyof typeof ageBrackets;

const genders = { male: "male", female: "female", "transgender/nonconforming": "unknown" } as const;
const majorities = ["Minor", "Adult", "Unknown"] as const;
const datasources = { "case management": "manajemen kasus", hotline: "hotline" } as const;

/** Exploitation purpose → exploitation form. Forced labour is refined by the labour sector below. */
const formOfType: Partial<Record<(typeof ctdcTypeColumns)[number], string>> = {
  isSexualExploit: "sexual_exploitation",
  isOtherExploit: "other",
  isForcedMarriage: "forced_marriage",
  isForcedMilitary: "forced_military",
  isOrganRemoval: "organ_removal",
  isSlaveryAndPractices: "servitude",
};
/**
 * Labour sectors with a form of their own. Aquafarming is CTDC's "fishing and aquaculture"
 * (ISIC A03); in Indonesian data that is the fishing-boat crews, hence ship crew.
 */
const formOfLabour: Partial<Record<(typeof labourColumns)[number], string>> = {
  typeOfLabourDomesticWork: "domestic_work",
  typeOfLabourAquafarming: "ship_crew",
  typeOfLabourBegging: "forced_begging",
};
/** Methods of control that are one of the means of UU 21/2007 (the HTCDS mapping, read backwards). */
const meansOf: Partial<Record<FlagColumn, string>> = {
  meansOfControlDebtBondage: "debt_bondage",
  meansOfControlThreats: "threat_of_violence",
  meansOfControlPhysicalAbuse: "use_of_violence",
  meansOfControlSexualAbuse: "use_of_violence",
  meansOfControlFalsePromises: "deception",
  meansOfControlPsychologicalAbuse: "abuse_of_power_or_vulnerability",
  meansOfControlRestrictsMovement: "confinement",
  isAbduction: "abduction",
};
/** Recruiter relation, in order of precedence when several are flagged. */
const relationOf: [FlagColumn, string][] = [
  ["recruiterRelationFamily", "relative"],
  ["recruiterRelationIntimatePartner", "partner_or_friend"],
  ["recruiterRelationFriend", "partner_or_friend"],
  ["recruiterRelationOther", "other"],
];

// What has no field of its own is written into the case summary, so nothing of the row is lost.
const meansWords: Partial<Record<FlagColumn, string>> = {
  meansOfControlTakesEarnings: "penghasilan diambil atau ditahan",
  meansOfControlRestrictsFinancialAccess: "akses keuangan dibatasi",
  meansOfControlPsychoactiveSubstances: "pemberian zat psikoaktif",
  meansOfControlRestrictsMedicalCare: "layanan kesehatan dibatasi",
  meansOfControlExcessiveWorkingHours: "jam kerja berlebihan",
  meansOfControlUsesChildren: "akses ke anak dibatasi",
  meansOfControlThreatOfLawEnforcement: "ancaman dilaporkan ke aparat",
  meansOfControlWithholdsNecessities: "kebutuhan pokok ditahan",
  meansOfControlWithholdsDocuments: "dokumen ditahan",
  meansOfControlOther: "cara lain",
  meansOfControlSexualAbuse: "kekerasan seksual",
};
const labourWords: Record<(typeof labourColumns)[number], string> = {
  typeOfLabourAgriculture: "pertanian",
  typeOfLabourAquafarming: "perikanan dan akuakultur",
  typeOfLabourBegging: "mengemis",
  typeOfLabourConstruction: "konstruksi",
  typeOfLabourDomesticWork: "pekerjaan rumah tangga",
  typeOfLabourHospitality: "perhotelan dan makanan-minuman",
  typeOfLabourIllicitActivities: "kegiatan ilegal",
  typeOfLabourManufacturing: "manufaktur",
  typeOfLabourMiningOrDrilling: "pertambangan",
  typeOfLabourPeddling: "berdagang keliling",
  typeOfLabourTransportation: "transportasi dan pergudangan",
  typeOfLabourOther: "bidang lain",
  typeOfLabourNotSpecified: "tidak dirinci",
};
const sexWords: Record<(typeof sexColumns)[number], string> = {
  typeOfSexProstitution: "prostitusi",
  typeOfSexPornography: "pornografi",
  typeOfSexRemoteInteractiveServices: "layanan seks jarak jauh",
  typeOfSexPrivateSexualServices: "layanan seksual pribadi",
};
const relationWords: Partial<Record<FlagColumn, string>> = {
  recruiterRelationIntimatePartner: "pasangan intim",
  recruiterRelationFriend: "teman atau kenalan",
  recruiterRelationFamily: "keluarga",
  recruiterRelationOther: "lainnya",
};

const countries = new Set<string>(countryCodes);
const YEAR_MIN = 1990;

type Context = { vocab: VocabularyIndex; today: string; fileName: string };

/** "30--38", "30—38", "30–38" and "30-38" are the same bracket. */
function bracketOf(text: string): AgeBracket | null {
  const key = text.replace(/\s/g, "").replace(/[-–—]+/g, "-");
  return key in ageBrackets ? (key as AgeBracket) : null;
}

const isMissing = (value: string) => value === "" || value.toUpperCase() === "NULL";

/** Maps one row of the dataset to a victim, or to every problem that rejects it. */
export function mapCtdcRow(raw: CtdcRow, row: number, context: Context): MappedRow {
  const cell = (column: CtdcColumn) => (raw[column] ?? "").trim();
  const problems: RowProblem[] = [];
  const unknownValue = (field: CtdcColumn, values: readonly string[]) =>
    problems.push({
      field,
      key: "import.row.value_unknown",
      params: { value: cell(field), values: values.join(", ") },
    });

  // Flags: 0, 1 or missing; anything else is a wrong column or a damaged file.
  const flags = {} as Record<FlagColumn, boolean>;
  for (const column of flagColumns) {
    const value = cell(column);
    if (value === "1" || value === "1.0") flags[column] = true;
    else if (value === "0" || value === "0.0" || isMissing(value)) flags[column] = false;
    else problems.push({ field: column, key: "import.row.flag_invalid", params: { value } });
  }

  const yearText = cell("yearOfRegistration");
  const maxYear = Number(context.today.slice(0, 4));
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  if (isMissing(yearText)) problems.push({ field: "yearOfRegistration", key: "import.row.required" });
  else if (!(year >= YEAR_MIN && year <= maxYear))
    problems.push({
      field: "yearOfRegistration",
      key: "import.row.year_range",
      params: { minimum: YEAR_MIN, maximum: maxYear },
    });

  const source = cell("Datasource");
  const sourceWord = datasources[source.toLowerCase() as keyof typeof datasources];
  if (!isMissing(source) && !sourceWord) unknownValue("Datasource", ["Case Management", "Hotline"]);

  const gender = cell("gender");
  const sexCode = isMissing(gender) ? "unknown" : genders[gender.toLowerCase() as keyof typeof genders];
  if (!sexCode) unknownValue("gender", ["Male", "Female", "Transgender/NonConforming"]);

  const ageText = cell("ageBroad");
  const bracket = isMissing(ageText) ? null : bracketOf(ageText);
  if (!isMissing(ageText) && !bracket)
    unknownValue(
      "ageBroad",
      Object.keys(ageBrackets).map((b) => b.replace("-", "--")),
    );

  const majority = (column: CtdcColumn): "Minor" | "Adult" | null => {
    const value = cell(column);
    if (isMissing(value)) return null;
    const known = majorities.find((m) => m.toLowerCase() === value.toLowerCase());
    if (!known) unknownValue(column, majorities);
    return known === "Minor" || known === "Adult" ? known : null;
  };
  const atRegistration = majority("majorityStatus");
  const atExploitation = majority("majorityStatusAtExploit");
  const atEntry = majority("majorityEntry");
  const bracketChild = bracket ? ageBrackets[bracket].child : null;
  if (bracketChild !== null && atRegistration && bracketChild !== (atRegistration === "Minor")) {
    problems.push({
      field: "majorityStatus",
      key: "import.row.conflict",
      params: { other: "ageBroad", otherValue: ageText },
    });
  }
  // Exploitation comes before registration: an adult then cannot be a minor later.
  if (atExploitation === "Adult" && (atRegistration === "Minor" || bracketChild === true)) {
    problems.push({
      field: "majorityStatusAtExploit",
      key: "import.row.conflict",
      params:
        atRegistration === "Minor"
          ? { other: "majorityStatus", otherValue: cell("majorityStatus") }
          : { other: "ageBroad", otherValue: ageText },
    });
  }

  const country = (column: "citizenship" | "CountryOfExploitation") => {
    const value = cell(column).toUpperCase();
    if (isMissing(value)) return null;
    if (!countries.has(value)) {
      problems.push({ field: column, key: "import.row.country_unknown", params: { value: cell(column) } });
      return null;
    }
    return value;
  };
  const nationalityCode = country("citizenship");
  const exploitationCountry = country("CountryOfExploitation");

  if (problems.length > 0) return rejected(problems);

  // Exploitation forms: the purpose flags, refined by the sector of forced labour. A sector flag
  // is itself "forced labour in this sector" in the codebook, so it counts even without isForcedLabour.
  const forms = new Set<string>();
  for (const column of ctdcTypeColumns) {
    const form = formOfType[column];
    if (flags[column] && form) forms.add(form);
  }
  let unmappedSector = false;
  let anySector = false;
  for (const column of labourColumns) {
    if (!flags[column] || column === "typeOfLabourNotSpecified") continue;
    anySector = true;
    const form = formOfLabour[column];
    if (form) forms.add(form);
    else unmappedSector = true;
  }
  if (flags.isSexAndLabour) forms.add("sexual_exploitation");
  if (unmappedSector || ((flags.isForcedLabour || flags.isSexAndLabour) && !anySector))
    forms.add("forced_labour");

  const means = new Set<string>();
  for (const [column, code] of Object.entries(meansOf) as [FlagColumn, string][]) {
    if (flags[column]) means.add(code);
  }
  const relations = relationOf.filter(([column]) => flags[column]);
  const recruiterRelation = relations[0]?.[1] ?? null;

  // Codes an administrator has since deactivated cannot be written; say which column needed one.
  const inactive = (kind: "exploitation_form" | "trafficking_means" | "suspect_relation", code: string) =>
    !context.vocab.has(kind, code);
  for (const code of forms) {
    if (inactive("exploitation_form", code))
      problems.push({
        field: "typeOfExploitConcatenated",
        key: "import.row.code_unknown",
        params: { value: code, list: "exploitation_form" },
      });
  }
  for (const code of means) {
    if (inactive("trafficking_means", code))
      problems.push({
        field: "meansOfControlConcatenated",
        key: "import.row.code_unknown",
        params: { value: code, list: "trafficking_means" },
      });
  }
  if (recruiterRelation && inactive("suspect_relation", recruiterRelation))
    problems.push({
      field: "RecruiterRelationship",
      key: "import.row.code_unknown",
      params: { value: recruiterRelation, list: "suspect_relation" },
    });
  if (problems.length > 0) return rejected(problems);

  const isChild = atExploitation
    ? atExploitation === "Minor"
    : atRegistration
      ? atRegistration === "Minor"
      : bracketChild;
  const victim: ImportedVictim = {
    row,
    groupKey: null,
    identifiedOn: `${year}-01-01`,
    precision: "year",
    title: `Data historis CTDC ${year} – baris ${row}`,
    identifiedRegionCode: null,
    // CTDC's "country of exploitation" is where the victim was first identified or assisted.
    identifiedCountryCode: exploitationCountry,
    exploitationForms: [...forms],
    means: [...means],
    acts: [],
    recruiterRelation,
    // The codebook: "also referred to as the country of destination" (as opposed to origin).
    route: exploitationCountry
      ? [{ kind: "destination", regionCode: null, countryCode: exploitationCountry }]
      : [],
    summary: summaryOf(context.fileName, row, year, {
      bracket,
      gender: sexCode === "unknown" && !isMissing(gender) ? gender : null,
      atEntry,
      source: sourceWord ?? null,
      flags,
      extraRelations: relations.slice(1).map(([column]) => relationWords[column]!),
    }),
    victim: {
      sexCode,
      ageAtExploitation: null,
      isChild,
      ageGroupCode: bracket ? ageBrackets[bracket].group : "unknown",
      nationalityCode,
      originRegionCode: null,
    },
    regionRefs: [],
  };
  return { victim, problems: [] };
}

/** The case summary: where the record came from, and every detail without a field of its own. */
function summaryOf(
  fileName: string,
  row: number,
  year: number,
  d: {
    bracket: AgeBracket | null;
    gender: string | null;
    atEntry: "Minor" | "Adult" | null;
    source: string | null;
    flags: Record<FlagColumn, boolean>;
    extraRelations: string[];
  },
): string {
  const on = (columns: readonly FlagColumn[], words: Partial<Record<FlagColumn, string>>) =>
    columns.filter((c) => d.flags[c] && words[c]).map((c) => words[c]!);
  const lines = [
    `Data historis dari CTDC Global K-anonymized Dataset (buku kode v7), berkas ${fileName.slice(0, 120)}, baris ${row}. Sumber: Counter-Trafficking Data Collaborative (CTDC).`,
    `Hanya tahun identifikasi yang diketahui: ${year}.`,
  ];
  if (d.bracket) lines.push(`Kelompok umur CTDC saat terdaftar: ${ageBrackets[d.bracket].label} tahun.`);
  if (d.atEntry) lines.push(`Saat masuk proses perdagangan: ${d.atEntry === "Minor" ? "anak" : "dewasa"}.`);
  if (d.gender) lines.push(`Gender menurut CTDC: ${d.gender}.`);
  const sectors = on(labourColumns, labourWords);
  if (sectors.length) lines.push(`Bidang kerja paksa: ${sectors.join(", ")}.`);
  const sexTypes = on(sexColumns, sexWords);
  if (sexTypes.length) lines.push(`Bentuk eksploitasi seksual: ${sexTypes.join(", ")}.`);
  const otherMeans = on(meansColumns, meansWords);
  if (otherMeans.length) lines.push(`Cara kontrol (CTDC): ${otherMeans.join(", ")}.`);
  if (d.extraRelations.length) lines.push(`Hubungan perekrut lain: ${d.extraRelations.join(", ")}.`);
  if (d.source) lines.push(`Jalur data: ${d.source}.`);
  return lines.join("\n");
}
