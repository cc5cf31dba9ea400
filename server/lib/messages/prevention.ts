import { areaMessages } from "./area.ts";

/** Messages of prevention activities, attendance lists, schools and population figures. */
export const preventionMessages = areaMessages(
  {
    "prevention.not_organizer":
      "Kegiatan ini hanya dapat diubah oleh organisasi penyelenggaranya atau sekretariat gugus tugas.",
    "prevention.organizer_coordinator_only":
      "Hanya sekretariat gugus tugas yang dapat mengganti penyelenggara kegiatan.",
    "prevention.organizer_own_only":
      "Anda hanya dapat mencatat kegiatan yang diselenggarakan organisasi Anda sendiri",
    "prevention.cancel_reason_required": "tuliskan alasan kegiatan dibatalkan",
    "prevention.end_before_start": "waktu selesai harus sesudah waktu mulai",
    "prevention.school_required": "pilih sekolah tempat kegiatan",
    "prevention.kelurahan_required":
      "pilih kelurahan tempat kegiatan (hanya kegiatan daring yang boleh tanpa kelurahan)",
    "prevention.place_detail_required": "tuliskan nama atau keterangan tempatnya",
    "prevention.held_in_future":
      "kegiatan yang sudah terlaksana tidak boleh bertanggal di masa depan; periksa tanggalnya, atau simpan sebagai rencana",
    "prevention.planned_in_past":
      "rencana kegiatan tidak boleh bertanggal sebelum hari ini; jika kegiatan sudah berlangsung, pilih status Terlaksana",
    "prevention.kelurahan_outside": "bukan kelurahan di wilayah gugus tugas ({region})",
    "prevention.school_unknown": "sekolah tidak ada dalam daftar sekolah gugus tugas",
    "prevention.partner_is_organizer": "penyelenggara tidak perlu dicatat lagi sebagai mitra",
    "prevention.counts_only_held": "jumlah peserta diisi setelah kegiatan terlaksana",
    "prevention.counts_disagree": "tertulis {entered}, padahal daftar hadir mencatat {listed} orang",
    "prevention.phone_invalid": "nomor telepon hanya berisi angka (boleh diawali +), 6–24 karakter",
    "prevention.attendee_duplicate": "orang dengan nama dan jenis kelamin ini sudah ada di daftar hadir",
    "prevention.attendee_duplicate_row": "sama dengan baris {row} di berkas ini",
    "prevention.attendees_cancelled": "Kegiatan ini dibatalkan, jadi tidak memiliki daftar hadir.",
    "prevention.import_file_type": "berkas harus berakhiran .csv atau .xlsx",
    "prevention.import_too_large": "berkas lebih dari {maximum} MB; bagi menjadi beberapa berkas",
    "prevention.import_too_many_rows": "berkas berisi lebih dari {maximum} baris peserta",
    "prevention.import_unreadable":
      "berkas tidak dapat dibaca sebagai CSV atau XLSX; simpan ulang dari aplikasi lembar kerja lalu coba lagi",
    "prevention.import_missing_columns": "baris pertama harus memuat judul kolom; yang belum ada: {columns}",
    "prevention.import_has_rejected":
      "{count} baris ditolak; perbaiki berkasnya, atau pilih untuk mengimpor baris yang diterima saja",
    "prevention.import_nothing": "tidak ada baris yang dapat diimpor",
    "prevention.import_list_changed":
      "Daftar hadir berubah sejak pratinjau dibuat. Buat pratinjau lagi lalu impor.",
    "prevention.photo_type": "foto harus berupa JPEG, PNG, atau WebP",
    "prevention.population_twice": "kelurahan ini disebut dua kali",
    "school.npsn_format": "NPSN terdiri dari 8 angka",
    "school.npsn_taken": "NPSN ini sudah dipakai sekolah lain",
  },
  {
    "prevention.not_organizer":
      "Only the organising organisation or the task force secretariat can change this activity.",
    "prevention.organizer_coordinator_only":
      "Only the task force secretariat can change an activity's organiser.",
    "prevention.organizer_own_only": "you can only record activities your own organisation organises",
    "prevention.cancel_reason_required": "give the reason the activity was cancelled",
    "prevention.end_before_start": "the end must be after the start",
    "prevention.school_required": "choose the school where the activity takes place",
    "prevention.kelurahan_required":
      "choose the kelurahan where the activity takes place (only online activities may have none)",
    "prevention.place_detail_required": "give the name or a description of the place",
    "prevention.held_in_future":
      "an activity that was held cannot be dated in the future; check the date, or save it as planned",
    "prevention.planned_in_past":
      "a planned activity cannot be dated before today; if it has taken place, choose the status Held",
    "prevention.kelurahan_outside": "is not a kelurahan in the task force's area ({region})",
    "prevention.school_unknown": "the school is not in the task force's school registry",
    "prevention.partner_is_organizer": "the organiser need not be listed again as a partner",
    "prevention.counts_only_held": "participant counts are entered once the activity has been held",
    "prevention.counts_disagree": "says {entered}, but the attendance list records {listed}",
    "prevention.phone_invalid": "a phone number holds digits only (an initial + is allowed), 6–24 characters",
    "prevention.attendee_duplicate": "someone with this name and sex is already on the attendance list",
    "prevention.attendee_duplicate_row": "repeats row {row} of this file",
    "prevention.attendees_cancelled": "This activity was cancelled, so it has no attendance list.",
    "prevention.import_file_type": "the file must end in .csv or .xlsx",
    "prevention.import_too_large": "the file is larger than {maximum} MB; split it into several files",
    "prevention.import_too_many_rows": "the file holds more than {maximum} participant rows",
    "prevention.import_unreadable":
      "the file cannot be read as CSV or XLSX; save it again from a spreadsheet program and retry",
    "prevention.import_missing_columns": "the first row must name the columns; missing: {columns}",
    "prevention.import_has_rejected":
      "{count} rows were rejected; fix the file, or choose to import only the accepted rows",
    "prevention.import_nothing": "there is no row to import",
    "prevention.import_list_changed":
      "The attendance list changed since the preview was made. Preview again, then import.",
    "prevention.photo_type": "a photo must be JPEG, PNG or WebP",
    "prevention.population_twice": "this kelurahan is named twice",
    "school.npsn_format": "an NPSN has 8 digits",
    "school.npsn_taken": "this NPSN is already used by another school",
  },
);
