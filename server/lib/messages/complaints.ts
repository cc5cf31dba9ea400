import { areaMessages } from "./area.ts";

/** Messages of the complaints area: the intake queue, triage and the public form. */
export const complaintMessages = areaMessages(
  {
    "complaint.anonymous_identity": "pelapor anonim tidak mencantumkan nama atau kontak",
    "complaint.place_both": "isi kode wilayah atau kode negara, tidak keduanya",
    "complaint.received_in_future": "waktu diterima tidak boleh setelah saat ini",
    "complaint.referral_target": "pilih organisasi anggota atau tulis nama instansi lain, salah satu saja",
    "complaint.case_closed": "kasus ini sudah ditutup; buka kembali kasusnya terlebih dahulu",
    "complaint.not_received": "Pengaduan ini sudah ditelaah atau sudah ditindaklanjuti.",
    "complaint.already_triaged": "Pengaduan ini sudah ditindaklanjuti; keputusan triase tidak dapat diubah.",
    "complaint.honeypot": "kolom ini harus dibiarkan kosong",
    "complaint.challenge_invalid":
      "pemeriksaan keamanan sudah kedaluwarsa atau sudah dipakai; muat ulang formulir lalu kirim kembali",
    "complaint.challenge_unsolved":
      "jawaban pemeriksaan keamanan salah; muat ulang formulir lalu kirim kembali",
    "complaint.task_force_required": "pilih gugus tugas yang dituju",
    "complaint.task_force_unknown": "gugus tugas tidak ditemukan",
    "complaint.tracking_code_format": "bukan kode pengaduan yang sah (contoh: ADU-7K3M-Q9XW)",
    "complaint.tracking_unknown": "Kode pengaduan tidak ditemukan. Periksa kembali kode yang Anda terima.",
  },
  {
    "complaint.anonymous_identity": "an anonymous reporter gives no name or contact",
    "complaint.place_both": "give a region code or a country code, not both",
    "complaint.received_in_future": "cannot be later than now",
    "complaint.referral_target":
      "choose a member organisation or type the name of an outside agency, exactly one",
    "complaint.case_closed": "this case is closed; reopen it first",
    "complaint.not_received": "This complaint is already under review or triaged.",
    "complaint.already_triaged": "This complaint has already been triaged; the decision cannot be changed.",
    "complaint.honeypot": "leave this field empty",
    "complaint.challenge_invalid":
      "the security check has expired or was already used; reload the form and send it again",
    "complaint.challenge_unsolved":
      "the answer to the security check is wrong; reload the form and send it again",
    "complaint.task_force_required": "choose the task force to send this to",
    "complaint.task_force_unknown": "task force not found",
    "complaint.tracking_code_format": "is not a complaint tracking code (e.g. ADU-7K3M-Q9XW)",
    "complaint.tracking_unknown": "Tracking code not found. Check the code you were given.",
  },
);
