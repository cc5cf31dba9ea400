import { areaMessages } from "./area.ts";

/** Messages of the statistics engine: query problems, and the source every figure carries. */
export const statisticsMessages = areaMessages(
  {
    "statistics.dimension_unknown": "dimensi {dimension} tidak dikenal; pilihan: {allowed}",
    "statistics.dimension_repeated": "dimensi {dimension} disebut lebih dari sekali",
    "statistics.too_many_dimensions": "paling banyak {maximum} dimensi",
    "statistics.period_order": "tidak boleh sebelum tanggal awal (from)",
    "statistics.value_unknown": "nilai {value} tidak dikenal; pilihan: {allowed}",
    "statistics.country_unknown": "bukan kode negara ISO 3166 dua huruf (mis. MY) atau unknown",
    "statistics.region_code_invalid":
      "bukan kode provinsi atau kabupaten/kota Kemendagri (mis. 32 atau 32.03) atau unknown",
    "statistics.region_unknown": "kode wilayah tidak ada dalam daftar wilayah",
    "statistics.public_whole_years":
      "statistik publik hanya per tahun penuh: from harus 1 Januari dan to 31 Desember",
    "statistics.grouped_and_filtered": "dimensi {dimension} tidak bisa sekaligus dikelompokkan dan disaring",
    "statistics.task_force_required": "sebutkan kode gugus tugas; pilihan: {allowed}",
    "statistics.task_force_unknown": "gugus tugas tidak dikenal; pilihan: {allowed}",
    "statistics.source": "Gugus — {taskForce}",
    "statistics.source_with_imports": "Gugus — {taskForce}; termasuk data impor: {imports}",
    "statistics.import.ctdc-k-anon-2021":
      "Counter-Trafficking Data Collaborative (CTDC), Global K-anonymized Dataset 2021",
    "statistics.import.gugus-template": "templat impor Gugus",
  },
  {
    "statistics.dimension_unknown": "unknown dimension {dimension}; choose from: {allowed}",
    "statistics.dimension_repeated": "dimension {dimension} is named more than once",
    "statistics.too_many_dimensions": "at most {maximum} dimensions",
    "statistics.period_order": "cannot be before the start date (from)",
    "statistics.value_unknown": "unknown value {value}; choose from: {allowed}",
    "statistics.country_unknown": "not a two-letter ISO 3166 country code (e.g. MY) or unknown",
    "statistics.region_code_invalid":
      "not a Kemendagri province or kabupaten/kota code (e.g. 32 or 32.03) or unknown",
    "statistics.region_unknown": "no region has this code",
    "statistics.public_whole_years":
      "public statistics cover whole years only: from must be 1 January and to 31 December",
    "statistics.grouped_and_filtered": "dimension {dimension} cannot be both grouped and filtered",
    "statistics.task_force_required": "name the task force by its code; choose from: {allowed}",
    "statistics.task_force_unknown": "unknown task force; choose from: {allowed}",
    "statistics.source": "Gugus — {taskForce}",
    "statistics.source_with_imports": "Gugus — {taskForce}; includes imported data: {imports}",
    "statistics.import.ctdc-k-anon-2021":
      "Counter-Trafficking Data Collaborative (CTDC), Global K-anonymized Dataset 2021",
    "statistics.import.gugus-template": "Gugus import template",
  },
);
