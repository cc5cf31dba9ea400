import { countryCodes } from "../../../../shared/countries.ts";
import type { VocabularyKind } from "../../../../shared/vocabularies.ts";
import { ageFacts } from "../../people/person-age.ts";
import type { ImportedVictim, MappedRow, RowError, RowProblem } from "../import-record.ts";
import { caseFieldsOf, rejected } from "../import-record.ts";
import type { VocabularyIndex } from "../import-vocabulary.ts";

export const TEMPLATE_FORMAT = "gugus-template";

type Kind = "text" | "year" | "date" | "age" | "yesno" | "country" | "region" | "code" | "codes";

/** One column of the template: what it holds, in both languages, with an example. */
export type TemplateColumn = {
  name: string;
  kind: Kind;
  vocabulary?: VocabularyKind;
  maxLength?: number;
  /** Same for every victim of one case: rows of one `kasus_asal` must agree on it. */
  caseLevel?: keyof ReturnType<typeof caseFieldsOf>;
  required?: string;
  descriptionId: string;
  descriptionEn: string;
  example: string;
};

/**
 * The columns of the template, in the order of the sheet. Identity (names, NIK, addresses) is
 * not among them on purpose: identity enters one person at a time, through the case page, where
 * it is encrypted and every look at it is audited; a spreadsheet of names is the leak to avoid.
 */
export const templateColumns: readonly TemplateColumn[] = [
  {
    name: "kasus_asal",
    kind: "text",
    maxLength: 100,
    descriptionId:
      "Nomor atau kode kasus di sumber data Anda. Baris dengan kode yang sama menjadi satu kasus dengan beberapa korban. Kosongkan bila setiap baris adalah kasus tersendiri.",
    descriptionEn:
      "The case's number or code in your source. Rows with the same code become one case with several victims. Leave empty when every row is a case of its own.",
    example: "LP/123/V/2023",
  },
  {
    name: "tahun_identifikasi",
    kind: "year",
    caseLevel: "identifiedOn",
    required: "wajib bila tanggal_identifikasi kosong",
    descriptionId: "Tahun korban teridentifikasi (empat angka). Cukup diisi bila tanggalnya tidak diketahui.",
    descriptionEn: "The year the victim was identified (four digits). Enough when the day is not known.",
    example: "2023",
  },
  {
    name: "tanggal_identifikasi",
    kind: "date",
    caseLevel: "identifiedOn",
    required: "wajib bila tahun_identifikasi kosong",
    descriptionId:
      "Tanggal korban teridentifikasi, TTTT-BB-HH (atau HH/BB/TTTT). Tidak boleh sesudah hari ini.",
    descriptionEn: "The date the victim was identified, YYYY-MM-DD (or DD/MM/YYYY). Not after today.",
    example: "2023-05-17",
  },
  {
    name: "judul_kasus",
    kind: "text",
    maxLength: 200,
    caseLevel: "title",
    descriptionId: "Judul singkat kasus. Kosong: dibuat dari tahun dan nomor baris.",
    descriptionEn: "A short title of the case. Empty: made from the year and the row number.",
    example: "PMI nonprosedural ke Malaysia",
  },
  {
    name: "jenis_kelamin",
    kind: "code",
    vocabulary: "sex",
    descriptionId: "Jenis kelamin korban: kode atau label dari daftar sex. Kosong: tidak diketahui.",
    descriptionEn: "The victim's sex: a code or label of the sex list. Empty: unknown.",
    example: "female",
  },
  {
    name: "umur",
    kind: "age",
    descriptionId: "Umur korban saat teridentifikasi, dalam tahun (0–120).",
    descriptionEn: "The victim's age when identified, in years (0–120).",
    example: "17",
  },
  {
    name: "kelompok_umur",
    kind: "code",
    vocabulary: "age_group",
    descriptionId: "Kelompok umur bila umur tepatnya tidak diketahui. Bila umur diisi, harus cocok.",
    descriptionEn: "The age group when the exact age is not known. When the age is given, it must match.",
    example: "age_13_17",
  },
  {
    name: "anak",
    kind: "yesno",
    descriptionId:
      "Apakah korban anak (di bawah 18 tahun) saat dieksploitasi: ya atau tidak. Bila umur diisi, harus cocok.",
    descriptionEn: "Whether the victim was a child (under 18) when exploited: ya (yes) or tidak (no).",
    example: "ya",
  },
  {
    name: "kewarganegaraan",
    kind: "country",
    descriptionId: "Kewarganegaraan korban: kode negara ISO 3166 dua huruf.",
    descriptionEn: "The victim's nationality: a two-letter ISO 3166 country code.",
    example: "ID",
  },
  {
    name: "wilayah_asal",
    kind: "region",
    descriptionId:
      "Daerah asal korban: kode wilayah Kemendagri (provinsi, kabupaten/kota, kecamatan atau kelurahan).",
    descriptionEn: "The victim's home region: a Kemendagri region code (province down to kelurahan).",
    example: "32.03",
  },
  {
    name: "wilayah_identifikasi",
    kind: "region",
    caseLevel: "identifiedRegionCode",
    descriptionId: "Wilayah tempat korban teridentifikasi: kode wilayah Kemendagri.",
    descriptionEn: "The region where the victim was identified: a Kemendagri region code.",
    example: "31.71.01",
  },
  {
    name: "negara_identifikasi",
    kind: "country",
    caseLevel: "identifiedCountryCode",
    descriptionId: "Negara tempat korban teridentifikasi bila di luar Indonesia: kode ISO dua huruf.",
    descriptionEn: "The country where the victim was identified, when outside Indonesia: ISO code.",
    example: "MY",
  },
  {
    name: "negara_tujuan",
    kind: "country",
    caseLevel: "route",
    descriptionId: "Negara tujuan atau tempat eksploitasi: kode ISO dua huruf (ID bila di dalam negeri).",
    descriptionEn: "The country of destination or exploitation: ISO code (ID when inside Indonesia).",
    example: "MY",
  },
  {
    name: "bentuk_eksploitasi",
    kind: "codes",
    vocabulary: "exploitation_form",
    caseLevel: "exploitationForms",
    descriptionId:
      "Bentuk eksploitasi: satu kode atau lebih dari daftar exploitation_form, dipisah titik koma (;).",
    descriptionEn: "Forms of exploitation: one or more codes of the exploitation_form list, separated by ;.",
    example: "domestic_work;irregular_migrant_work",
  },
  {
    name: "cara",
    kind: "codes",
    vocabulary: "trafficking_means",
    caseLevel: "means",
    descriptionId: "Cara (UU 21/2007): kode dari daftar trafficking_means, dipisah titik koma (;).",
    descriptionEn: "Means (Law 21/2007): codes of the trafficking_means list, separated by ;.",
    example: "deception;debt_bondage",
  },
  {
    name: "proses",
    kind: "codes",
    vocabulary: "trafficking_act",
    caseLevel: "acts",
    descriptionId: "Proses (UU 21/2007): kode dari daftar trafficking_act, dipisah titik koma (;).",
    descriptionEn: "Acts (Law 21/2007): codes of the trafficking_act list, separated by ;.",
    example: "recruitment;sending",
  },
  {
    name: "hubungan_perekrut",
    kind: "code",
    vocabulary: "suspect_relation",
    caseLevel: "recruiterRelation",
    descriptionId: "Hubungan perekrut dengan korban: kode dari daftar suspect_relation.",
    descriptionEn: "The recruiter's relation to the victim: a code of the suspect_relation list.",
    example: "agent_recruiter",
  },
  {
    name: "ringkasan",
    kind: "text",
    maxLength: 10_000,
    caseLevel: "summary",
    descriptionId: "Ringkasan kasus tanpa identitas (tanpa nama, NIK, alamat atau nomor telepon).",
    descriptionEn: "A summary of the case without identity (no names, NIK, addresses or phone numbers).",
    example: "Direkrut melalui media sosial dengan janji kerja di restoran.",
  },
];

export const templateVocabularies = [
  ...new Set(templateColumns.flatMap((c) => (c.vocabulary ? [c.vocabulary] : []))),
] as VocabularyKind[];

const countries = new Set<string>(countryCodes);
const regionPattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const childGroups = new Set(["age_0_5", "age_6_12", "age_13_17"]);
const YEAR_MIN = 1990;
const yes = new Set(["ya", "y", "yes", "true", "1", "anak"]);
const no = new Set(["tidak", "t", "no", "false", "0", "dewasa", "bukan"]);

type Context = { vocab: VocabularyIndex; today: string };

/** A real calendar date from YYYY-MM-DD or DD/MM/YYYY (the Indonesian order; never MM/DD). */
export function parseDay(text: string): string | null {
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [, y, m, d] = iso;
  else if (local) [, d, m, y] = local;
  else return null;
  const day = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}

/** Maps one row of the template (cells by column name) to a victim, or to its problems. */
export function mapTemplateRow(cells: Record<string, string>, row: number, context: Context): MappedRow {
  const problems: RowProblem[] = [];
  const cell = (name: string) => (cells[name] ?? "").trim();
  const problem = (field: string, key: RowProblem["key"], params?: RowProblem["params"]) =>
    problems.push({ field, key, params });

  for (const column of templateColumns) {
    if (column.maxLength && cell(column.name).length > column.maxLength)
      problem(column.name, "import.row.too_long", { maximum: column.maxLength });
  }

  // The day, when given; else the year alone, kept as such.
  const dateText = cell("tanggal_identifikasi");
  const yearText = cell("tahun_identifikasi");
  const parsed = dateText ? parseDay(dateText) : null;
  const maxYear = Number(context.today.slice(0, 4));
  if (dateText && !parsed) problem("tanggal_identifikasi", "import.row.date_invalid");
  else if (parsed && parsed > context.today) problem("tanggal_identifikasi", "import.row.date_future");
  else if (parsed && Number(parsed.slice(0, 4)) < YEAR_MIN)
    problem("tanggal_identifikasi", "import.row.year_range", { minimum: YEAR_MIN, maximum: maxYear });
  // A day with a problem of its own is not also held against the year column.
  const day = problems.some((p) => p.field === "tanggal_identifikasi") ? null : parsed;
  let year = day ? Number(day.slice(0, 4)) : null;
  if (yearText) {
    const given = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    if (!(given >= YEAR_MIN && given <= maxYear))
      problem("tahun_identifikasi", "import.row.year_range", { minimum: YEAR_MIN, maximum: maxYear });
    else if (year !== null && given !== year)
      problem("tahun_identifikasi", "import.row.year_date_mismatch", { year });
    else year = given;
  } else if (!dateText) problem("tahun_identifikasi", "import.row.required");

  const code = (name: string): string | null => {
    const column = templateColumns.find((c) => c.name === name)!;
    const value = cell(name);
    if (!value) return null;
    const resolved = context.vocab.resolve(column.vocabulary!, value);
    if (!resolved) problem(name, "import.row.code_unknown", { value, list: column.vocabulary! });
    return resolved;
  };
  const codes = (name: string): string[] => {
    const column = templateColumns.find((c) => c.name === name)!;
    const found: string[] = [];
    // ";" separates codes; a piece that is no code but holds commas was probably separated by them.
    for (const piece of cell(name)
      .split(";")
      .map((p) => p.trim())
      .filter(Boolean)) {
      const resolved = context.vocab.resolve(column.vocabulary!, piece);
      const parts = resolved
        ? [piece]
        : piece
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean);
      for (const part of parts) {
        const one = context.vocab.resolve(column.vocabulary!, part);
        if (one) {
          if (!found.includes(one)) found.push(one);
        } else problem(name, "import.row.code_unknown", { value: part, list: column.vocabulary! });
      }
    }
    return found;
  };
  const country = (name: string): string | null => {
    const value = cell(name).toUpperCase();
    if (!value) return null;
    if (!countries.has(value)) problem(name, "import.row.country_unknown", { value: cell(name) });
    return countries.has(value) ? value : null;
  };
  const region = (name: string): string | null => {
    const value = cell(name);
    if (!value) return null;
    if (!regionPattern.test(value)) problem(name, "import.row.region_unknown", { value });
    return regionPattern.test(value) ? value : null;
  };

  const sexCode = code("jenis_kelamin") ?? "unknown";
  const ageText = cell("umur");
  const age =
    ageText === ""
      ? null
      : /^\d{1,3}$/.test(ageText) && Number(ageText) <= 120
        ? Number(ageText)
        : Number.NaN;
  if (Number.isNaN(age)) problem("umur", "import.row.age_invalid");
  const ageGroupGiven = code("kelompok_umur");
  const childText = cell("anak").toLowerCase();
  const childGiven =
    childText === "" ? null : yes.has(childText) ? true : no.has(childText) ? false : undefined;
  if (childGiven === undefined)
    problem("anak", "import.row.value_unknown", { value: cell("anak"), values: "ya, tidak" });

  const nationalityCode = country("kewarganegaraan");
  const originRegionCode = region("wilayah_asal");
  const identifiedRegionCode = region("wilayah_identifikasi");
  const identifiedCountryCode = country("negara_identifikasi");
  const destination = country("negara_tujuan");
  const exploitationForms = codes("bentuk_eksploitasi");
  const means = codes("cara");
  const acts = codes("proses");
  const recruiterRelation = code("hubungan_perekrut");
  if (problems.length > 0 || year === null) return rejected(problems);

  const identifiedOn = day ?? `${year}-01-01`;
  // The age, when given, decides group and child status; what else is given must agree with it.
  const facts =
    age !== null && !Number.isNaN(age)
      ? ageFacts(identifiedOn, { ageAtExploitation: age })
      : { age: null, isChild: null, ageGroupCode: "unknown" };
  if (ageGroupGiven && age !== null && ageGroupGiven !== facts.ageGroupCode)
    problem("kelompok_umur", "import.row.conflict", { other: "umur", otherValue: ageText });
  const groupChild = ageGroupGiven && ageGroupGiven !== "unknown" ? childGroups.has(ageGroupGiven) : null;
  const knownChild = facts.isChild ?? groupChild;
  if (childGiven !== null && childGiven !== undefined && knownChild !== null && childGiven !== knownChild)
    problem("anak", "import.row.conflict", {
      other: age !== null ? "umur" : "kelompok_umur",
      otherValue: age !== null ? ageText : cell("kelompok_umur"),
    });
  if (problems.length > 0) return rejected(problems);

  const groupKey = cell("kasus_asal") || null;
  const victim: ImportedVictim = {
    row,
    groupKey,
    identifiedOn,
    precision: day ? "day" : "year",
    title:
      cell("judul_kasus") ||
      (groupKey ? `Impor ${year} – kasus ${groupKey}` : `Impor ${year} – baris ${row}`),
    identifiedRegionCode,
    identifiedCountryCode,
    exploitationForms,
    means,
    acts,
    recruiterRelation,
    route: destination ? [{ kind: "destination", regionCode: null, countryCode: destination }] : [],
    summary: cell("ringkasan") || null,
    victim: {
      sexCode,
      ageAtExploitation: facts.age,
      isChild: childGiven ?? knownChild,
      ageGroupCode: age !== null ? facts.ageGroupCode : (ageGroupGiven ?? "unknown"),
      nationalityCode,
      originRegionCode,
    },
    regionRefs: [
      ...(originRegionCode ? [{ field: "wilayah_asal", code: originRegionCode }] : []),
      ...(identifiedRegionCode ? [{ field: "wilayah_identifikasi", code: identifiedRegionCode }] : []),
    ],
  };
  givenCaseColumns.set(
    victim,
    new Set(templateColumns.filter((c) => c.caseLevel && cell(c.name)).map((c) => c.name)),
  );
  return { victim, problems: [] };
}

// Which case-level columns a row filled, so a later row of the same case may leave them empty.
const givenCaseColumns = new WeakMap<ImportedVictim, Set<string>>();

/**
 * Rows of one `kasus_asal` are one case: each case column takes the first value given, and a
 * row that gives another value is rejected (naming the row it differs from) rather than losing
 * its value silently. A row without `kasus_asal` is a case of its own.
 */
export function groupTemplateVictims(victims: readonly ImportedVictim[]): {
  groups: ImportedVictim[][];
  errors: RowError[];
} {
  const groups: ImportedVictim[][] = [];
  const byKey = new Map<string, { members: ImportedVictim[]; firstOf: Map<CaseLevel, ImportedVictim> }>();
  const errors: RowError[] = [];
  for (const victim of victims) {
    if (!victim.groupKey) {
      groups.push([victim]);
      continue;
    }
    let group = byKey.get(victim.groupKey);
    if (!group) {
      group = { members: [], firstOf: new Map() };
      byKey.set(victim.groupKey, group);
      groups.push(group.members);
    }
    const given = givenCaseColumns.get(victim) ?? new Set<string>();
    const clashes = caseLevels.flatMap((level) => {
      const column = templateColumns.find((c) => c.caseLevel === level && given.has(c.name));
      const first = group.firstOf.get(level);
      return column && first && !sameCaseValue(level, first, victim) ? [{ column, first }] : [];
    });
    if (clashes.length > 0) {
      for (const { column, first } of clashes)
        errors.push({
          row: victim.row,
          field: column.name,
          key: "import.row.group_differs",
          params: { row: first.row },
        });
      continue;
    }
    for (const level of caseLevels) {
      const filled = templateColumns.some((c) => c.caseLevel === level && given.has(c.name));
      if (filled && !group.firstOf.has(level)) group.firstOf.set(level, victim);
    }
    group.members.push(victim);
  }
  // Each case takes every case-level value from the row that first gave it.
  for (const { members, firstOf } of byKey.values()) {
    if (members.length === 0) continue;
    const merged = { ...members[0]! };
    for (const [field, source] of firstOf) Object.assign(merged, { [field]: caseFieldsOf(source)[field] });
    if (firstOf.has("identifiedOn")) merged.precision = firstOf.get("identifiedOn")!.precision;
    members[0] = merged;
  }
  return { groups: groups.filter((g) => g.length > 0), errors };
}

type CaseLevel = NonNullable<TemplateColumn["caseLevel"]>;
const caseLevels = [...new Set(templateColumns.flatMap((c) => (c.caseLevel ? [c.caseLevel] : [])))];

/** Whether a later row agrees with the row that set a case field; a bare year agrees with its days. */
function sameCaseValue(level: CaseLevel, first: ImportedVictim, later: ImportedVictim): boolean {
  if (level === "identifiedOn" && later.precision === "year")
    return first.identifiedOn.slice(0, 4) === later.identifiedOn.slice(0, 4);
  if (level === "identifiedOn") return first.identifiedOn === later.identifiedOn && first.precision === "day";
  return JSON.stringify(caseFieldsOf(first)[level]) === JSON.stringify(caseFieldsOf(later)[level]);
}
