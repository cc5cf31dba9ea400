import { areaMessages } from "./area.ts";

/** Messages of bulk imports: the request, the outcome, and every problem a row can have. */
export const importMessages = areaMessages(
  {
    "import.file_required": "pilih berkas yang akan diimpor",
    "import.file_too_large": "berkas lebih dari {maximum} MB; bagi menjadi beberapa berkas",
    "import.file_empty": "berkas kosong",
    "error.import_not_multipart":
      "Kirim berkas sebagai multipart/form-data dengan kolom file, format dan dryRun.",
    "error.import_file_too_large":
      "Berkas lebih dari {maximum} MB. Bagi menjadi beberapa berkas lalu impor satu per satu.",

    "import.status.queued": "Menunggu giliran diproses.",
    "import.status.running": "Sedang diproses.",
    "import.outcome.applied":
      "{created} baris diimpor menjadi {cases} kasus (ditutup sebagai data historis).",
    "import.outcome.applied_partly":
      "{created} baris diimpor menjadi {cases} kasus; {rejected} baris ditolak dan tidak diimpor.",
    "import.outcome.dry_run":
      "Uji coba: {valid} baris akan diimpor menjadi {cases} kasus; {rejected} baris akan ditolak. Belum ada yang disimpan.",
    "import.outcome.duplicate":
      "Berkas yang sama persis sudah diimpor pada {date} ({created} baris). Tidak ada data baru yang dibuat.",
    "import.outcome.rejected":
      "Tidak ada yang diimpor: {rejected} baris bermasalah. Perbaiki baris tersebut lalu unggah lagi, atau impor hanya baris yang sah.",

    "import.failure.rows_rejected":
      "Impor dibatalkan karena ada baris yang ditolak (semua atau tidak sama sekali).",
    "import.failure.interrupted":
      "Impor terhenti sebelum selesai (server dimatikan atau dimulai ulang). Tidak ada yang tersimpan; unggah berkas lagi.",
    "import.failure.unreadable": "Berkas tidak dapat dibaca sebagai {expected}.",
    "import.failure.no_rows": "Berkas tidak memuat satu baris data pun.",
    "import.failure.header_missing": "Kolom wajib tidak ada di baris judul: {columns}.",
    "import.failure.header_unknown": "Kolom tidak dikenal untuk format ini: {columns}.",
    "import.failure.header_duplicate": "Kolom muncul lebih dari sekali: {columns}.",
    "import.failure.internal": "Terjadi kesalahan pada server saat mengimpor. Tidak ada yang tersimpan.",

    "import.row.column_count": "baris ini memiliki {found} kolom, seharusnya {expected}",
    "import.row.required": "wajib diisi",
    "import.row.year_range": "tahun harus antara {minimum} dan {maximum}",
    "import.row.date_invalid": "bukan tanggal yang sah (format TTTT-BB-HH, mis. 2024-05-17)",
    "import.row.date_future": "tanggal tidak boleh sesudah hari ini",
    "import.row.year_date_mismatch": "tidak sama dengan tahun pada tanggal_identifikasi ({year})",
    "import.row.value_unknown": '"{value}" tidak dikenal; isi salah satu dari: {values}',
    "import.row.flag_invalid": '"{value}" bukan 0, 1 atau kosong',
    "import.row.country_unknown": '"{value}" bukan kode negara ISO 3166 dua huruf (mis. ID, MY)',
    "import.row.region_unknown": '"{value}" bukan kode wilayah Kemendagri yang dikenal (mis. 31.71.01)',
    "import.row.code_unknown": '"{value}" tidak ada dalam daftar {list}; lihat lembar Kode pada templat',
    "import.row.conflict": 'bertentangan dengan kolom {other} ("{otherValue}")',
    "import.row.age_invalid": "umur harus bilangan bulat 0 sampai 120",
    "import.row.too_long": "maksimal {maximum} karakter",
    "import.row.group_differs":
      "berbeda dengan baris {row} dari kasus_asal yang sama; isi kolom kasus sama persis atau kosongkan",
  },
  {
    "import.file_required": "choose the file to import",
    "import.file_too_large": "the file is larger than {maximum} MB; split it into several files",
    "import.file_empty": "the file is empty",
    "error.import_not_multipart":
      "Send the file as multipart/form-data with the fields file, format and dryRun.",
    "error.import_file_too_large":
      "The file is larger than {maximum} MB. Split it into several files and import them one by one.",

    "import.status.queued": "Waiting for its turn.",
    "import.status.running": "Being processed.",
    "import.outcome.applied": "{created} rows imported as {cases} cases (closed, as historical records).",
    "import.outcome.applied_partly":
      "{created} rows imported as {cases} cases; {rejected} rows were rejected and not imported.",
    "import.outcome.dry_run":
      "Dry run: {valid} rows would be imported as {cases} cases; {rejected} rows would be rejected. Nothing was saved.",
    "import.outcome.duplicate":
      "This exact file was already imported on {date} ({created} rows). Nothing new was created.",
    "import.outcome.rejected":
      "Nothing was imported: {rejected} rows have problems. Fix them and upload again, or import only the valid rows.",

    "import.failure.rows_rejected": "The import was cancelled because rows were rejected (all or nothing).",
    "import.failure.interrupted":
      "The import stopped before it finished (the server was stopped or restarted). Nothing was saved; upload the file again.",
    "import.failure.unreadable": "The file could not be read as {expected}.",
    "import.failure.no_rows": "The file holds no data rows.",
    "import.failure.header_missing": "Required columns are missing from the header row: {columns}.",
    "import.failure.header_unknown": "Columns unknown to this format: {columns}.",
    "import.failure.header_duplicate": "Columns that appear more than once: {columns}.",
    "import.failure.internal": "Something went wrong on the server while importing. Nothing was saved.",

    "import.row.column_count": "this row has {found} columns instead of {expected}",
    "import.row.required": "is required",
    "import.row.year_range": "the year must be between {minimum} and {maximum}",
    "import.row.date_invalid": "is not a valid date (format YYYY-MM-DD, e.g. 2024-05-17)",
    "import.row.date_future": "the date cannot be after today",
    "import.row.year_date_mismatch": "differs from the year of tanggal_identifikasi ({year})",
    "import.row.value_unknown": '"{value}" is not known; use one of: {values}',
    "import.row.flag_invalid": '"{value}" is not 0, 1 or empty',
    "import.row.country_unknown": '"{value}" is not a two-letter ISO 3166 country code (e.g. ID, MY)',
    "import.row.region_unknown": '"{value}" is not a known Kemendagri region code (e.g. 31.71.01)',
    "import.row.code_unknown": '"{value}" is not in the {list} list; see the Kode sheet of the template',
    "import.row.conflict": 'contradicts the column {other} ("{otherValue}")',
    "import.row.age_invalid": "the age must be a whole number from 0 to 120",
    "import.row.too_long": "at most {maximum} characters",
    "import.row.group_differs":
      "differs from row {row} of the same kasus_asal; give the case columns exactly the same or leave them empty",
  },
);
