import { areaMessages } from "./area.ts";

/** Messages of the periodic task-force reports: the request, the steps, and why a build failed. */
export const periodicReportMessages = areaMessages(
  {
    "report.field_required_for_kind": "wajib diisi untuk jenis laporan ini",
    "report.field_not_for_kind": "tidak dipakai untuk jenis laporan ini; kosongkan",
    "report.year_future": "tahun {year} belum dimulai",
    "report.period_future": "periode belum dimulai; tanggal awal paling lambat hari ini ({today})",
    "report.period_too_long": "periode laporan paling panjang {years} tahun, seperti dasbor",
    "report.region_outside_area":
      "bukan kecamatan atau kelurahan di wilayah gugus tugas; pilih dari daftar wilayah",
    "report.version_conflict":
      "Laporan ini sudah diubah (versi {latest}) sejak Anda membukanya (versi {base}). Muat ulang, lalu terapkan perubahan Anda lagi.",
    "report.final_read_only": "Laporan ini sudah final dan tidak dapat diubah lagi.",
    "report.building": "Laporan sedang disusun. Tunggu sampai selesai, lalu coba lagi.",
    "report.failed_read_only": "Penyusunan laporan ini gagal. Hapus laporan ini lalu buat ulang.",
    "report.too_many_building":
      "Sudah ada {count} laporan yang sedang disusun. Tunggu sampai salah satunya selesai.",
    "report.not_ready": "Laporan belum selesai disusun; berkasnya belum bisa diunduh.",
    "report.step.queued": "Menunggu giliran disusun",
    "report.step.figures": "Menghitung angka dasbor untuk periode dan wilayah ini",
    "report.step.comparison": "Menghitung pembanding periode yang sama tahun sebelumnya",
    "report.step.narrative": "Menyiapkan draf narasi dari angka",
    "report.step.documents": "Memeriksa berkas PDF dan XLSX",
    "report.failure.internal":
      "Penyusunan laporan gagal karena kesalahan pada server. Kesalahan sudah dicatat; buat ulang laporan, dan hubungi admin bila terulang.",
    "report.failure.interrupted":
      "Penyusunan laporan terhenti karena server dimatikan atau dimulai ulang. Buat ulang laporan.",
    "report.failure.refresh":
      "Pembaruan angka terakhir gagal; laporan tetap memakai angka sebelumnya. Coba perbarui lagi.",
  },
  {
    "report.field_required_for_kind": "is required for this kind of report",
    "report.field_not_for_kind": "is not used for this kind of report; leave it out",
    "report.year_future": "the year {year} has not begun",
    "report.period_future": "the period has not begun; the start date must be today ({today}) or earlier",
    "report.period_too_long": "a report covers at most {years} years, like the dashboard",
    "report.region_outside_area":
      "is not a kecamatan or kelurahan of the task force's area; choose one from the region list",
    "report.version_conflict":
      "This report was changed (version {latest}) since you opened it (version {base}). Reload, then apply your changes again.",
    "report.final_read_only": "This report is final and can no longer be changed.",
    "report.building": "The report is being built. Wait until it is done, then try again.",
    "report.failed_read_only": "Building this report failed. Delete it and create it again.",
    "report.too_many_building": "{count} reports are already being built. Wait until one of them is done.",
    "report.not_ready": "The report is not built yet; its files cannot be downloaded.",
    "report.step.queued": "Waiting for its turn",
    "report.step.figures": "Computing the dashboard's figures for this period and area",
    "report.step.comparison": "Computing the same period a year earlier, for comparison",
    "report.step.narrative": "Drafting the narrative from the figures",
    "report.step.documents": "Checking the PDF and XLSX files",
    "report.failure.internal":
      "Building the report failed because of a server error. It has been logged; create the report again, and contact an administrator if it happens again.",
    "report.failure.interrupted":
      "Building the report stopped because the server was shut down or restarted. Create the report again.",
    "report.failure.refresh":
      "The last refresh of the figures failed; the report keeps its earlier figures. Try refreshing again.",
  },
);
