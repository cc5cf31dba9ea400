import { areaMessages } from "./area.ts";

/** Messages of the task force's dashboard: its query's problems and the label of an unknown value. */
export const dashboardMessages = areaMessages(
  {
    "dashboard.period_order": "tidak boleh sebelum tanggal awal (from)",
    "dashboard.from_after_today": "tidak boleh sesudah hari ini bila tanggal akhir (to) tidak diisi",
    "dashboard.period_too_long": "periode paling panjang {years} tahun",
    "dashboard.region_outside_area":
      "bukan kecamatan atau kelurahan di wilayah gugus tugas ({area}), dan bukan wilayah itu sendiri",
    "dashboard.unknown": "Tidak diketahui",
  },
  {
    "dashboard.period_order": "cannot be before the start date (from)",
    "dashboard.from_after_today": "cannot be after today when no end date (to) is given",
    "dashboard.period_too_long": "the period can be at most {years} years long",
    "dashboard.region_outside_area":
      "is not a kecamatan or kelurahan of the task force's area ({area}), nor the area itself",
    "dashboard.unknown": "Unknown",
  },
);
