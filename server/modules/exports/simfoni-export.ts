import type { VocabularyKind } from "../../../shared/vocabularies.ts";
import type { ExportCell, ExportColumn } from "./export-file.ts";
import type { ExportVictim } from "./export-victims.ts";
import type { ExportVocabulary } from "./export-vocabulary.ts";

/**
 * A table shaped like what SIMFONI-PPA (KemenPPPA's online record of violence against women and
 * children) asks for each victim: the victim, the perpetrators, the kind of violence, the services
 * received and the case's stage, with Indonesian headers and labels, so an officer entering the
 * task force's cases into SIMFONI works from one row per victim. Perpetrators are the people
 * recorded as suspects in the victim's case.
 */
export const simfoniVocabularies: readonly VocabularyKind[] = [
  "sex",
  "age_group",
  "education_level",
  "marital_status",
  "disability",
  "exploitation_form",
  "trafficking_means",
  "suspect_relation",
  "service_type",
  "legal_stage",
];

type Column = ExportColumn & {
  identity?: boolean;
  value: (v: ExportVictim, vocab: ExportVocabulary) => ExportCell;
};

const caseStatuses: Record<string, string> = {
  open: "Terbuka",
  in_service: "Dalam layanan",
  closed: "Ditutup",
};
const verdicts: Record<string, string> = {
  convicted: "Terbukti bersalah",
  acquitted: "Bebas",
  other: "Lainnya",
};

/** Several labels in one cell, each once, in the order given. */
const labels = (vocab: ExportVocabulary, kind: VocabularyKind, codes: readonly (string | null)[]) =>
  [...new Set(codes.filter((c): c is string => Boolean(c)))].map((c) => vocab.label(kind, c)).join("; ") ||
  null;
const known = (code: string | null) => (code && code !== "unknown" ? code : null);

// Kemendagri codes: 31.71.01 is a kecamatan, 31.71.01.1001 a kelurahan in it.
const isKelurahan = (code: string | null) => code?.split(".").length === 4;

const victimColumns: readonly Column[] = [
  { header: "Nomor Kasus", kind: "text", width: 22, value: (v) => v.caseNumber },
  { header: "Kode Korban", kind: "text", width: 16, value: (v) => v.personCode },
  { header: "Tahun Identifikasi", kind: "number", value: (v) => Number(v.identifiedOn.slice(0, 4)) },
  {
    header: "Tanggal Identifikasi",
    kind: "date",
    width: 14,
    value: (v) => (v.precision === "day" ? v.identifiedOn : null),
  },
  {
    header: "Kecamatan Identifikasi",
    kind: "text",
    width: 20,
    value: (v) => (isKelurahan(v.identifiedRegionCode) ? v.identifiedParentName : v.identifiedRegionName),
  },
  {
    header: "Kelurahan Identifikasi",
    kind: "text",
    width: 20,
    value: (v) => (isKelurahan(v.identifiedRegionCode) ? v.identifiedRegionName : null),
  },
  { header: "Nama Korban", kind: "text", identity: true, width: 28, value: (v) => v.identity?.name ?? null },
  { header: "NIK", kind: "text", identity: true, width: 18, value: (v) => v.identity?.nik ?? null },
  { header: "Tanggal Lahir", kind: "date", identity: true, value: (v) => v.identity?.birthDate ?? null },
  { header: "Alamat", kind: "text", identity: true, width: 36, value: (v) => v.identity?.address ?? null },
  {
    header: "Nomor Telepon",
    kind: "text",
    identity: true,
    width: 16,
    value: (v) => v.identity?.phone ?? null,
  },
  { header: "Jenis Kelamin", kind: "text", value: (v, vocab) => labels(vocab, "sex", [known(v.sexCode)]) },
  { header: "Usia Saat Dieksploitasi", kind: "number", value: (v) => v.ageAtExploitation },
  {
    header: "Kelompok Umur",
    kind: "text",
    value: (v, vocab) => labels(vocab, "age_group", [known(v.ageGroupCode)]),
  },
  {
    header: "Anak / Dewasa",
    kind: "text",
    value: (v) => (v.isChild === null ? null : v.isChild ? "Anak" : "Dewasa"),
  },
  {
    header: "Pendidikan",
    kind: "text",
    width: 20,
    value: (v, vocab) => labels(vocab, "education_level", [known(v.educationCode)]),
  },
  { header: "Pekerjaan", kind: "text", width: 20, value: (v) => v.occupation },
  {
    header: "Status Perkawinan",
    kind: "text",
    value: (v, vocab) => labels(vocab, "marital_status", [known(v.maritalStatusCode)]),
  },
  {
    header: "Disabilitas",
    kind: "text",
    value: (v, vocab) => labels(vocab, "disability", v.disabilityCodes.map(known)),
  },
  { header: "Kewarganegaraan", kind: "text", value: (v) => v.nationalityCode },
  {
    header: "Daerah Asal",
    kind: "text",
    width: 24,
    // A region of Indonesia by name; from abroad, the country's code.
    value: (v) => v.originRegionName ?? v.originCountryCode,
  },
  {
    header: "Bentuk Eksploitasi",
    kind: "text",
    width: 36,
    value: (v, vocab) => labels(vocab, "exploitation_form", v.exploitationForms),
  },
  {
    header: "Cara",
    kind: "text",
    width: 30,
    value: (v, vocab) => labels(vocab, "trafficking_means", v.means),
  },
  { header: "Negara Tujuan", kind: "text", value: (v) => v.destinationCountries.join("; ") || null },
  { header: "Jumlah Pelaku", kind: "number", value: (v) => v.suspects.length },
  {
    header: "Pelaku Laki-laki",
    kind: "number",
    value: (v) => v.suspects.filter((s) => s.sexCode === "male").length,
  },
  {
    header: "Pelaku Perempuan",
    kind: "number",
    value: (v) => v.suspects.filter((s) => s.sexCode === "female").length,
  },
  {
    header: "Usia Pelaku",
    kind: "text",
    value: (v) =>
      v.suspects
        .map((s) => s.age)
        .filter((a): a is number => a !== null)
        .join("; ") || null,
  },
  {
    header: "Hubungan Pelaku dengan Korban",
    kind: "text",
    width: 28,
    value: (v, vocab) =>
      labels(vocab, "suspect_relation", [...v.suspects.map((s) => s.relationCode), v.recruiterRelation]),
  },
];

const stageColumns: readonly Column[] = [
  { header: "Status Kasus", kind: "text", value: (v) => caseStatuses[v.caseStatus] ?? v.caseStatus },
  {
    header: "Tahap Proses Hukum",
    kind: "text",
    width: 28,
    value: (v, vocab) => (v.legalStage ? vocab.label("legal_stage", v.legalStage) : null),
  },
  { header: "Putusan", kind: "text", value: (v) => (v.verdict ? (verdicts[v.verdict] ?? v.verdict) : null) },
];

/**
 * The columns: the victim, the perpetrators, then one column per type of service (the date it
 * first reached the victim, empty if it never did), then the case's stage.
 */
export function simfoniColumns(vocab: ExportVocabulary, withIdentity: boolean): readonly Column[] {
  const services: Column[] = vocab.terms("service_type").map((term) => ({
    header: `Layanan: ${term.labelId}`,
    kind: "date",
    width: 14,
    // A received service always has its start date; "ya" stands in should one lack it.
    value: (v) => {
      const service = v.services.find((s) => s.code === term.code);
      return service ? (service.firstOn ?? "ya") : null;
    },
  }));
  return [
    { header: "No", kind: "number", width: 6, value: () => null },
    ...victimColumns.filter((c) => withIdentity || !c.identity),
    ...services,
    ...stageColumns,
  ];
}

export function simfoniRow(
  victim: ExportVictim,
  index: number,
  vocab: ExportVocabulary,
  chosen: readonly Column[],
): ExportCell[] {
  const cells = chosen.map((c) => c.value(victim, vocab));
  cells[0] = index;
  return cells;
}
