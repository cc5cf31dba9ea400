import { areaMessages } from "./area.ts";

/** Messages of cases and the people in them. */
export const caseMessages = areaMessages(
  {
    "field.date_in_future": "tanggal tidak boleh setelah hari ini",
    "field.region_or_country": "isi kode wilayah atau negara, salah satu saja",
    "field.user_unknown": "pengguna tidak ditemukan atau sudah nonaktif",
    "field.not_case_manager": "pengguna ini bukan manajer kasus atau koordinator",
    "field.case_person_unknown": "orang tersebut tidak tercatat dalam kasus ini",
    "field.person_unknown": "data orang tidak ditemukan",
    "field.nik_digits": "NIK harus terdiri dari 16 angka",
    "field.phone_digits": "nomor telepon minimal 6 angka",
    "field.identity_with_existing_person":
      "orang yang sudah tercatat dipakai apa adanya; ubah identitasnya lewat data orang tersebut",
    "field.person_already_in_role": "orang ini sudah tercatat dengan peran yang sama dalam kasus ini",
    "field.duplicate_query_empty": "isi nama, NIK, atau nomor telepon untuk mencari kemiripan",
    "field.merge_same_person": "tidak dapat menggabungkan data orang dengan dirinya sendiri",
    "field.merge_shared_case":
      "kedua data orang tercatat dengan peran yang sama di kasus {number}; hapus salah satunya dulu",
    "error.case_person_has_records":
      "Orang ini tidak dapat dihapus dari kasus karena sudah memiliki persetujuan, asesmen, rujukan, layanan, atau dokumen.",
    "error.merge_already_undone": "Penggabungan ini sudah dibatalkan.",
  },
  {
    "field.date_in_future": "cannot be after today",
    "field.region_or_country": "give a region code or a country, exactly one",
    "field.user_unknown": "user not found or deactivated",
    "field.not_case_manager": "this user is not a case manager or coordinator",
    "field.case_person_unknown": "that person is not recorded in this case",
    "field.person_unknown": "person record not found",
    "field.nik_digits": "a NIK has exactly 16 digits",
    "field.phone_digits": "a phone number has at least 6 digits",
    "field.identity_with_existing_person":
      "an existing person is used as recorded; change their identity on their own record",
    "field.person_already_in_role": "this person is already recorded in this case with the same role",
    "field.duplicate_query_empty": "give a name, NIK or phone number to look for matches",
    "field.merge_same_person": "a person record cannot be merged with itself",
    "field.merge_shared_case":
      "both records appear with the same role in case {number}; remove one of them first",
    "error.case_person_has_records":
      "This person cannot be removed from the case: consent, assessments, referrals, services or documents are recorded for them.",
    "error.merge_already_undone": "This merge has already been undone.",
  },
);
