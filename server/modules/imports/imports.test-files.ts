import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { ctdcColumns } from "./formats/ctdc-k-anon-2021.ts";

/**
 * Files for the import tests. The CTDC Indonesia subset lives beside the project in this
 * workplace (../shared/data, never committed); a clean clone has none, so an equivalent
 * CTDC-shaped file is generated instead and the same row-by-row checks run on it.
 */
export const subsetPath = fileURLToPath(
  new URL("../../../../shared/data/ctdc/ctdc-k-anon-2021-07-15-indonesia-subset.csv", import.meta.url),
);

export type CtdcRecord = Record<string, string>;

/** One CSV line of CTDC cells, in the codebook's column order (empty for what is not given). */
export function ctdcLine(values: CtdcRecord): string {
  return ctdcColumns.map((c) => values[c] ?? "").join(",");
}
export const ctdcHeader = ctdcColumns.join(",");

export function ctdcCsv(rows: CtdcRecord[]): string {
  return `${[ctdcHeader, ...rows.map(ctdcLine)].join("\n")}\n`;
}

const zeros = (columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, "0"]));
const exploitFlags = [
  "isForcedLabour",
  "isSexualExploit",
  "isOtherExploit",
  "isSexAndLabour",
  "isForcedMarriage",
  "isForcedMilitary",
  "isOrganRemoval",
  "isSlaveryAndPractices",
];
const recruiterFlags = [
  "recruiterRelationIntimatePartner",
  "recruiterRelationFriend",
  "recruiterRelationFamily",
  "recruiterRelationOther",
  "recruiterRelationUnknown",
];

/** A valid CTDC row: an adult Indonesian woman in domestic work in Malaysia, registered in 2015. */
export function ctdcRow(overrides: CtdcRecord = {}): CtdcRecord {
  return {
    yearOfRegistration: "2015",
    Datasource: "Case Management",
    gender: "Female",
    ageBroad: "30--38",
    majorityStatus: "Adult",
    citizenship: "ID",
    meansOfControlNotSpecified: "1",
    ...zeros(exploitFlags),
    isForcedLabour: "1",
    typeOfLabourDomesticWork: "1",
    typeOfLabourConcatenated: "Domestic work",
    ...zeros(recruiterFlags),
    recruiterRelationUnknown: "1",
    CountryOfExploitation: "MY",
    ...overrides,
  };
}

/**
 * A CTDC-shaped file with the variety of the real subset: years, both sexes and the
 * transgender category, every age bracket with its majority status, missing values, the
 * exploitation types and sectors, recruiter relations, and identical rows (k-anonymised data
 * repeats rows by design).
 */
function generatedCtdc(): string {
  const brackets: [string, string][] = [
    ["0--8", "Minor"],
    ["9--17", "Minor"],
    ["18--20", "Adult"],
    ["21--23", "Adult"],
    ["24--26", "Adult"],
    ["27--29", "Adult"],
    ["30--38", "Adult"],
    ["39--47", "Adult"],
    ["48+", "Adult"],
    ["", ""],
  ];
  const kinds: CtdcRecord[] = [
    { isForcedLabour: "1" },
    { isForcedLabour: "1", typeOfLabourDomesticWork: "1" },
    { isForcedLabour: "1", typeOfLabourAquafarming: "1" },
    { isForcedLabour: "1", typeOfLabourConstruction: "1" },
    { isForcedLabour: "0", typeOfLabourDomesticWork: "1" },
    { isSexualExploit: "1", typeOfSexProstitution: "1" },
    { isOtherExploit: "1" },
    { isSexAndLabour: "1" },
    { isForcedMarriage: "1" },
    { isForcedLabour: "", isSexualExploit: "", isOtherExploit: "" },
  ];
  const rows: CtdcRecord[] = [];
  for (let i = 0; i < 240; i++) {
    const [ageBroad, majority] = brackets[i % brackets.length]!;
    const kind = kinds[Math.floor(i / 3) % kinds.length]!;
    rows.push({
      yearOfRegistration: String(2005 + (i % 16)),
      Datasource: "Case Management",
      gender: ["Female", "Male", "Transgender/NonConforming", ""][i % 4]!,
      ageBroad,
      majorityStatus: majority,
      majorityStatusAtExploit: i % 17 === 0 && majority ? majority : "",
      majorityEntry: i % 5 === 0 ? "Minor" : "",
      citizenship: ["ID", "MM", "KH", ""][(i % 7) % 4]!,
      meansOfControlNotSpecified: i % 6 === 0 ? "0" : "1",
      ...(i % 6 === 0 ? { meansOfControlFalsePromises: "1", meansOfControlWithholdsDocuments: "1" } : {}),
      ...zeros(exploitFlags),
      ...zeros(recruiterFlags),
      ...kind,
      ...(i % 4 === 0 ? { recruiterRelationFriend: "1" } : { recruiterRelationUnknown: "1" }),
      CountryOfExploitation: ["ID", "MY", "SA", "", "TW"][i % 5]!,
    });
    // Every tenth row twice, as k-anonymisation leaves identical rows side by side.
    if (i % 10 === 0) rows.push({ ...rows[rows.length - 1]! });
  }
  return ctdcCsv(rows);
}

/**
 * The files the row-by-row test imports: the generated one always (it holds cases the real
 * subset lacks: the transgender category, sexual exploitation with labour, forced marriage,
 * missing values), and the subset when this workplace has it.
 */
export function ctdcTestFiles(): { csv: string; source: string }[] {
  const generated = { csv: generatedCtdc(), source: "generated" };
  return existsSync(subsetPath)
    ? [{ csv: readFileSync(subsetPath, "utf8"), source: "subset" }, generated]
    : [generated];
}

/** The file's data rows with their spreadsheet row numbers (the header is row 1). */
export function ctdcRecords(csv: string): { row: number; values: CtdcRecord }[] {
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as CtdcRecord[];
  return records.map((values, i) => ({ row: i + 2, values }));
}

/**
 * What the file says each victim is, written out independently of the importer from the
 * codebook and docs/decisions/0009-imports.md, for the row-by-row comparison.
 */
export function expectedOf(r: CtdcRecord) {
  const on = (c: string) => r[c] === "1";
  const atExploit = r.majorityStatusAtExploit || r.majorityStatus;
  const childBracket = r.ageBroad === "0--8" || r.ageBroad === "9--17";
  const forms = new Set<string>();
  if (on("isSexualExploit") || on("isSexAndLabour")) forms.add("sexual_exploitation");
  if (on("isOtherExploit")) forms.add("other");
  if (on("isForcedMarriage")) forms.add("forced_marriage");
  if (on("isForcedMilitary")) forms.add("forced_military");
  if (on("isOrganRemoval")) forms.add("organ_removal");
  if (on("isSlaveryAndPractices")) forms.add("servitude");
  if (on("typeOfLabourDomesticWork")) forms.add("domestic_work");
  if (on("typeOfLabourAquafarming")) forms.add("ship_crew");
  if (on("typeOfLabourBegging")) forms.add("forced_begging");
  const sectors = Object.keys(r).filter(
    (c) =>
      c.startsWith("typeOfLabour") &&
      !["typeOfLabourConcatenated", "typeOfLabourNotSpecified"].includes(c) &&
      on(c),
  );
  const otherSector = sectors.some(
    (c) => !["typeOfLabourDomesticWork", "typeOfLabourAquafarming", "typeOfLabourBegging"].includes(c),
  );
  if (otherSector || ((on("isForcedLabour") || on("isSexAndLabour")) && sectors.length === 0))
    forms.add("forced_labour");
  return {
    year: Number(r.yearOfRegistration),
    sex: r.gender === "Male" ? "male" : r.gender === "Female" ? "female" : "unknown",
    isChild: atExploit === "Minor" ? true : atExploit === "Adult" ? false : r.ageBroad ? childBracket : null,
    ageGroup:
      (
        {
          "18--20": "age_18_24",
          "21--23": "age_18_24",
          "27--29": "age_25_44",
          "30--38": "age_25_44",
        } as Record<string, string>
      )[r.ageBroad ?? ""] ?? "unknown",
    nationality: r.citizenship || null,
    destination: r.CountryOfExploitation || null,
    forms: [...forms].sort(),
  };
}
