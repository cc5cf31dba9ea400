import { areaMessages } from "./area.ts";

/** Messages of early warnings (laporan kewaspadaan dini): filing, verifying, escalating, closing. */
export const earlyWarningMessages = areaMessages(
  {
    "early_warning.kind_unknown": "jenis laporan tidak dikenal; pilih salah satu jenis dari daftar",
    "early_warning.queue_needs_manage":
      "Antrean semua laporan (scope=all) hanya untuk sekretariat. Tanpanya Anda melihat laporan Anda dan organisasi Anda.",
    "early_warning.region_not_village": "pilih sebuah kelurahan",
    "early_warning.region_outside": "kelurahan ini berada di luar wilayah gugus tugas ({region})",
    "early_warning.time_in_future": "jam tidak boleh setelah saat ini (WIB)",
    "early_warning.photo_too_large": "foto lebih dari {maximum} MB",
    "early_warning.photo_not_image": "isi berkas bukan foto {type}; kirim foto JPEG, PNG atau WebP",
    "early_warning.police_target":
      "pilih unit kepolisian anggota gugus tugas atau tulis nama unitnya, salah satu saja",
    "early_warning.note_required_for_other": "tuliskan alasannya",
    "early_warning.reason_needs_escalation": "alasan ini hanya untuk laporan yang sudah diteruskan",
    "early_warning.reason_after_escalation":
      "laporan yang sudah diteruskan ditutup dengan alasan “tindak lanjut selesai” atau “lainnya”",
    "early_warning.not_new": "Laporan ini sudah diverifikasi atau sudah ditindaklanjuti.",
    "early_warning.not_verified":
      "Hanya laporan yang sudah diverifikasi dan belum diteruskan atau ditutup yang dapat diteruskan. Verifikasi laporan ini terlebih dahulu.",
    "early_warning.already_closed": "Laporan ini sudah ditutup.",
  },
  {
    "early_warning.kind_unknown": "unknown report type; choose one from the list",
    "early_warning.queue_needs_manage":
      "The queue of all reports (scope=all) is for the secretariat. Without it you see your own and your organisation's reports.",
    "early_warning.region_not_village": "choose a kelurahan (urban village)",
    "early_warning.region_outside": "this kelurahan is outside the task force's area ({region})",
    "early_warning.time_in_future": "cannot be later than now (WIB)",
    "early_warning.photo_too_large": "the photo is larger than {maximum} MB",
    "early_warning.photo_not_image": "the file is not a {type} photo; send a JPEG, PNG or WebP photo",
    "early_warning.police_target":
      "choose a police unit of the task force or type the unit's name, exactly one",
    "early_warning.note_required_for_other": "say what the reason is",
    "early_warning.reason_needs_escalation": "this reason is only for a report that was escalated",
    "early_warning.reason_after_escalation":
      "an escalated report is closed as “follow-up completed” or “other”",
    "early_warning.not_new": "This report has already been verified or acted on.",
    "early_warning.not_verified":
      "Only a verified report that has not been escalated or closed can be escalated. Verify this report first.",
    "early_warning.already_closed": "This report is already closed.",
  },
);
