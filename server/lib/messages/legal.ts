import { areaMessages } from "./area.ts";

/** Messages of the legal process, case closure, notes and case documents. */
export const legalMessages = areaMessages(
  {
    "document.case_person_unknown": "orang ini tidak tercatat dalam kasus ini",
    "legal.not_a_suspect_of_case": "bukan terduga pelaku dalam kasus ini",
    "legal.not_a_victim_of_case": "bukan korban dalam kasus ini",
    "legal.duplicate_suspect": "terduga pelaku ini sudah disebut",
    "legal.verdict_required": "isi putusan terlebih dahulu",
    "legal.verdict_date_required": "isi tanggal putusan",
    "legal.not_for_acquittal": "tidak berlaku untuk putusan bebas",
    "legal.restitution_backwards": "tahap restitusi hanya bisa maju; saat ini sudah pada tahap {current}",
    "legal.restitution_step_required": "wajib diisi untuk tahap {stage}",
    "legal.restitution_step_not_reached": "tahap ini belum dicapai",
    "legal.restitution_date_order": "tidak boleh sebelum tanggal tahap sebelumnya",
    "error.closure_referrals_open":
      "Kasus belum dapat ditutup: masih ada {count} rujukan yang menunggu jawaban atau sedang dilayani. Selesaikan atau batalkan dulu.",
    "closure.item_missing": "daftar periksa belum memuat layanan {serviceType}",
    "closure.item_duplicate": "layanan ini sudah ada di daftar periksa",
    "closure.not_delivered":
      "belum ada layanan {serviceType} yang tercatat selesai diberikan dalam kasus ini",
    "document.too_large": "berkas lebih dari {maximum} MB",
    "document.content_mismatch": "isi berkas tidak sesuai dengan jenis {type}",
    "document.extension_mismatch": "nama berkas jenis ini harus berakhiran {extensions}",
  },
  {
    "document.case_person_unknown": "this person is not recorded in this case",
    "legal.not_a_suspect_of_case": "is not a suspect in this case",
    "legal.not_a_victim_of_case": "is not a victim in this case",
    "legal.duplicate_suspect": "this suspect is already listed",
    "legal.verdict_required": "record the verdict first",
    "legal.verdict_date_required": "give the date of the verdict",
    "legal.not_for_acquittal": "does not apply to an acquittal",
    "legal.restitution_backwards": "restitution only moves forward; it has already reached {current}",
    "legal.restitution_step_required": "is required at the {stage} stage",
    "legal.restitution_step_not_reached": "this step has not been reached",
    "legal.restitution_date_order": "cannot be before the previous step's date",
    "error.closure_referrals_open":
      "The case cannot be closed yet: {count} referrals still await an answer or are being served. Complete or cancel them first.",
    "closure.item_missing": "the checklist leaves out the service {serviceType}",
    "closure.item_duplicate": "this service is already in the checklist",
    "closure.not_delivered": "no {serviceType} service is recorded as delivered in this case",
    "document.too_large": "the file is larger than {maximum} MB",
    "document.content_mismatch": "the file's content is not of the type {type}",
    "document.extension_mismatch": "a file of this type must end in {extensions}",
  },
);
