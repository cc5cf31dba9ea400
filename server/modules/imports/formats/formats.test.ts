import { describe, expect, it } from "vitest";
import { seedVocabularies, type VocabularyKind } from "../../../../shared/vocabularies.ts";
import type { ImportedVictim } from "../import-record.ts";
import type { VocabularyIndex } from "../import-vocabulary.ts";
import { ctdcRow } from "../imports.test-files.ts";
import { type CtdcRow, ctdcColumns, mapCtdcRow } from "./ctdc-k-anon-2021.ts";
import { formatSpecs, readHeader } from "./formats.ts";
import { groupTemplateVictims, mapTemplateRow, parseDay } from "./gugus-template.ts";

// The seeded vocabularies, as the database holds them on a new deployment.
const vocab: VocabularyIndex = {
  terms: (kind) => seedVocabularies[kind],
  has: (kind, code) => seedVocabularies[kind].some((t) => t.code === code),
  resolve: (kind: VocabularyKind, text) => {
    const t = text.trim().toLowerCase();
    return (
      seedVocabularies[kind].find(
        (x) => x.code === t || x.labelId.toLowerCase() === t || x.labelEn.toLowerCase() === t,
      )?.code ?? null
    );
  },
};
const context = { vocab, today: "2026-06-01", fileName: "uji.csv" };
const ctdc = (overrides: Record<string, string>) => mapCtdcRow(ctdcRow(overrides) as CtdcRow, 2, context);
const victimOf = (mapped: ReturnType<typeof ctdc>) => {
  if (!mapped.victim) throw new Error(JSON.stringify(mapped.problems));
  return mapped.victim;
};

describe("a CTDC row", () => {
  it("reads the age brackets however the dash is written, and missing values written NULL", () => {
    for (const ageBroad of ["30--38", "30–38", "30—38", "30-38"])
      expect(victimOf(ctdc({ ageBroad })).victim.ageGroupCode, ageBroad).toBe("age_25_44");
    const missing = victimOf(ctdc({ gender: "NULL", citizenship: "null", ageBroad: "", majorityStatus: "" }));
    expect(missing.victim).toMatchObject({
      sexCode: "unknown",
      nationalityCode: null,
      isChild: null,
      ageGroupCode: "unknown",
    });
  });

  it("keeps a bracket that straddles two Gugus age groups as unknown group, with the bracket in the summary", () => {
    const v = victimOf(ctdc({ ageBroad: "39--47" }));
    expect(v.victim.ageGroupCode).toBe("unknown");
    expect(v.victim.isChild).toBe(false);
    expect(v.summary).toContain("Kelompok umur CTDC saat terdaftar: 39–47 tahun.");
  });

  it("takes child status at exploitation first, and refuses majorities that cannot both be true", () => {
    expect(victimOf(ctdc({ ageBroad: "18--20", majorityStatusAtExploit: "Minor" })).victim).toMatchObject({
      isChild: true,
      ageGroupCode: "age_18_24",
    });
    expect(ctdc({ ageBroad: "9--17", majorityStatus: "Adult" }).problems).toEqual([
      {
        field: "majorityStatus",
        key: "import.row.conflict",
        params: { other: "ageBroad", otherValue: "9--17" },
      },
    ]);
    expect(
      ctdc({ ageBroad: "9--17", majorityStatus: "Minor", majorityStatusAtExploit: "Adult" }).problems[0]
        ?.field,
    ).toBe("majorityStatusAtExploit");
  });

  it("maps purposes and sectors to exploitation forms, and forced labour of any other sector to forced_labour", () => {
    const forms = (o: Record<string, string>) =>
      [...victimOf(ctdc({ typeOfLabourDomesticWork: "0", ...o })).exploitationForms].sort();
    expect(forms({})).toEqual(["forced_labour"]);
    expect(forms({ typeOfLabourAquafarming: "1" })).toEqual(["ship_crew"]);
    expect(forms({ typeOfLabourConstruction: "1", typeOfLabourBegging: "1" })).toEqual([
      "forced_begging",
      "forced_labour",
    ]);
    expect(forms({ isForcedLabour: "0", isSexAndLabour: "1" })).toEqual([
      "forced_labour",
      "sexual_exploitation",
    ]);
    expect(forms({ isForcedLabour: "0", isSlaveryAndPractices: "1", isForcedMilitary: "1" })).toEqual([
      "forced_military",
      "servitude",
    ]);
    // "Not specified" alongside a sector adds nothing; alone it is forced labour of no known sector.
    expect(forms({ typeOfLabourDomesticWork: "1", typeOfLabourNotSpecified: "1" })).toEqual([
      "domestic_work",
    ]);
    expect(forms({ isForcedLabour: "", typeOfLabourNotSpecified: "1" })).toEqual([]);
  });

  it("keeps means of control of UU 21/2007 as codes and writes the others into the summary", () => {
    const v = victimOf(
      ctdc({
        meansOfControlFalsePromises: "1",
        meansOfControlSexualAbuse: "1",
        meansOfControlWithholdsDocuments: "1",
        isAbduction: "1",
      }),
    );
    expect([...v.means].sort()).toEqual(["abduction", "deception", "use_of_violence"]);
    expect(v.summary).toContain("Cara kontrol (CTDC): kekerasan seksual, dokumen ditahan.");
  });

  it("names the closest recruiter relation and keeps the others in the summary", () => {
    const v = victimOf(
      ctdc({ recruiterRelationUnknown: "0", recruiterRelationFriend: "1", recruiterRelationFamily: "1" }),
    );
    expect(v.recruiterRelation).toBe("relative");
    expect(v.summary).toContain("Hubungan perekrut lain: teman atau kenalan.");
  });

  it("keeps a transgender or non-conforming victim's gender in the summary, sex unknown", () => {
    const v = victimOf(ctdc({ gender: "Transgender/NonConforming" }));
    expect(v.victim.sexCode).toBe("unknown");
    expect(v.summary).toContain("Gender menurut CTDC: Transgender/NonConforming.");
  });

  it("reads its header whatever the case of the names, and refuses missing or foreign columns", () => {
    const spec = formatSpecs["ctdc-k-anon-2021"];
    const header = readHeader(
      spec,
      ctdcColumns.map((c) => c.toUpperCase()),
    );
    expect("names" in header && header.names).toEqual([...ctdcColumns]);
    expect(readHeader(spec, ctdcColumns.slice(1))).toEqual({
      key: "import.failure.header_missing",
      params: { columns: "yearOfRegistration" },
    });
    expect(readHeader(spec, [...ctdcColumns, "caseId"])).toMatchObject({
      key: "import.failure.header_unknown",
    });
  });
});

describe("a template row", () => {
  const row = (cells: Record<string, string>, n = 2) => mapTemplateRow(cells, n, context);

  it("reads days as YYYY-MM-DD or DD/MM/YYYY, never month first", () => {
    expect(parseDay("2024-05-17")).toBe("2024-05-17");
    expect(parseDay("17/05/2024")).toBe("2024-05-17");
    expect(parseDay("5/1/2024")).toBe("2024-01-05");
    expect(parseDay("05/17/2024")).toBeNull();
    expect(parseDay("2024-02-30")).toBeNull();
  });

  it("derives age group and child status from the age, and refuses what contradicts it", () => {
    expect(row({ tahun_identifikasi: "2024", umur: "17" }).victim?.victim).toMatchObject({
      ageAtExploitation: 17,
      isChild: true,
      ageGroupCode: "age_13_17",
    });
    expect(row({ tahun_identifikasi: "2024", umur: "17", anak: "tidak" }).problems).toEqual([
      { field: "anak", key: "import.row.conflict", params: { other: "umur", otherValue: "17" } },
    ]);
    expect(row({ tahun_identifikasi: "2024", kelompok_umur: "age_6_12" }).victim?.victim.isChild).toBe(true);
    expect(
      row({ tahun_identifikasi: "2024", umur: "30", kelompok_umur: "age_6_12" }).problems[0]?.field,
    ).toBe("kelompok_umur");
  });

  it("accepts codes separated by commas when that is what was typed", () => {
    expect(
      row({ tahun_identifikasi: "2024", bentuk_eksploitasi: "domestic_work, ship_crew" }).victim
        ?.exploitationForms,
    ).toEqual(["domestic_work", "ship_crew"]);
  });

  it("makes one case of the rows of one kasus_asal, the first value of each case column winning", () => {
    const rows = [
      row({ kasus_asal: "A", tanggal_identifikasi: "2024-03-01", negara_tujuan: "MY" }, 2),
      row({ kasus_asal: "B", tahun_identifikasi: "2023" }, 3),
      row({ kasus_asal: "A", tahun_identifikasi: "2024", bentuk_eksploitasi: "ship_crew" }, 4),
      row({ kasus_asal: "A", tahun_identifikasi: "2024", negara_tujuan: "SA" }, 5),
    ].map((m) => m.victim as ImportedVictim);
    const { groups, errors } = groupTemplateVictims(rows);
    expect(groups.map((g) => g.map((v) => v.row))).toEqual([[2, 4], [3]]);
    expect(groups[0]![0]).toMatchObject({
      identifiedOn: "2024-03-01",
      precision: "day",
      exploitationForms: ["ship_crew"],
    });
    expect(groups[0]![0]!.route).toEqual([{ kind: "destination", regionCode: null, countryCode: "MY" }]);
    expect(errors).toEqual([
      { row: 5, field: "negara_tujuan", key: "import.row.group_differs", params: { row: 2 } },
    ]);
  });
});
