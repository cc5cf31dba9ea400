import { areaMessages } from "./area.ts";

/** Messages of cases and the people in them. */
export const caseMessages = areaMessages(
  {
    "field.date_in_future": "tanggal tidak boleh setelah hari ini",
    "field.region_or_country": "isi kode wilayah atau negara, salah satu saja",
    "field.user_unknown": "pengguna tidak ditemukan atau sudah nonaktif",
    "field.not_case_manager": "pengguna ini bukan manajer kasus atau koordinator",
  },
  {
    "field.date_in_future": "cannot be after today",
    "field.region_or_country": "give a region code or a country, exactly one",
    "field.user_unknown": "user not found or deactivated",
    "field.not_case_manager": "this user is not a case manager or coordinator",
  },
);
