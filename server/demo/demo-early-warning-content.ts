import { deflateSync } from "node:zlib";
import type { EarlyWarningCloseReason } from "../../shared/early-warnings.ts";
import type { Weighted } from "./demo-cases.ts";
import type { Random } from "./random.ts";

/**
 * What the demo's early warnings say and show: accounts as lurah and teachers write them (what
 * they saw, never a victim's name), the places they name, the secretariat's closing notes, and
 * a small generated picture standing in for a phone photo.
 */

/** What lurah and teachers write: what they saw, never a victim's name. */
export const accounts: Record<string, string[]> = {
  online_job_offer: [
    "Di grup Facebook warga beredar lowongan admin di Kamboja, gaji Rp15 juta, tiket dibayari, diminta kirim foto paspor lewat WhatsApp.",
    "Beberapa remaja RW 05 ditawari kerja sebagai host live streaming di luar negeri lewat TikTok; perekrut minta mereka berangkat diam-diam.",
    "Akun Instagram menawarkan magang berbayar ke Jepang tanpa LPK jelas, biaya pendaftaran ditransfer ke rekening pribadi.",
  ],
  suspicious_job_offer: [
    "Ada tawaran kerja di restoran Malaysia untuk lulusan SMP, gaji besar, berangkat minggu depan, paspor diurus agen.",
    "Warga melaporkan brosur lowongan pramusaji di kafe yang meminta calon pekerja perempuan usia 16–20 tahun tinggal di mes.",
    "Seorang ibu ditawari kerja sebagai ART di Arab Saudi dengan visa ziarah, biaya keberangkatan dipotong dari gaji.",
  ],
  suspicious_recruiter: [
    "Seorang pria dari luar daerah beberapa kali datang ke warung dekat sekolah dan menawarkan uang saku kepada siswi untuk 'kerja malam'.",
    "Perekrut yang mengaku dari PT penyalur mendatangi rumah-rumah di gang sempit, mencatat nama anak muda yang belum bekerja.",
    "Orang yang sama terlihat membagikan nomor WhatsApp kepada remaja di depan stasiun, menawarkan kerja di luar kota.",
  ],
  child_absent_from_school: [
    "Seorang siswi kelas 8 tidak masuk sekolah dua minggu tanpa keterangan; teman sekelas menyebut ia diajak kerja di luar kota.",
    "Tiga siswa SMK tidak hadir sejak awal bulan; orang tua mengatakan mereka ikut 'magang' yang tidak tercatat di sekolah.",
    "Wali kelas melaporkan siswa kelas 6 sering absen dan terlihat berjualan di lampu merah sampai larut malam.",
  ],
  suspicious_lodging: [
    "Kos tiga lantai di gang belakang pasar sering didatangi tamu pria larut malam; beberapa penghuni tampak masih usia sekolah.",
    "Rumah kontrakan dihuni belasan perempuan muda yang jarang keluar; pintu selalu dikunci dari luar.",
    "Hotel melati dekat terminal menerima tamu remaja yang dipesan lewat aplikasi; pengelola menolak menunjukkan buku tamu.",
  ],
  unlicensed_migrant_placement: [
    "Sebuah rumah dijadikan penampungan calon pekerja migran; sekitar sepuluh orang tinggal berminggu-minggu menunggu berangkat.",
    "Ada kantor kecil tanpa papan nama yang mengurus keberangkatan ke Timur Tengah, calon pekerja diminta menyerahkan KTP dan KK.",
  ],
  missing_person: [
    "Remaja perempuan warga RT 03 tidak pulang tiga hari setelah berkenalan dengan seseorang lewat aplikasi kencan.",
    "Keluarga melapor anaknya pamit kerja ke Batam bersama teman baru dan sejak seminggu tidak bisa dihubungi.",
  ],
  other: [
    "Anak-anak di bawah umur dipekerjakan mengamen dan mengemis oleh orang dewasa yang sama setiap malam di perempatan.",
    "Pengurus yayasan menampung anak dari daerah dengan janji sekolah gratis, tetapi anak-anak tidak terdaftar di sekolah mana pun.",
  ],
};
export const places: Record<string, string[]> = {
  online_job_offer: [
    "Grup WhatsApp warga RW 05",
    "Grup Facebook 'Info Loker Jakarta Pusat'",
    "Akun TikTok perekrut",
  ],
  suspicious_job_offer: ["Balai warga RW 02", "Depan pasar", "Warung kopi dekat terminal"],
  suspicious_recruiter: ["Depan sekolah", "Sekitar stasiun", "Gang belakang masjid"],
  child_absent_from_school: ["Sekolah di wilayah kelurahan", "Rumah keluarga siswa"],
  suspicious_lodging: [
    "Kos-kosan di gang belakang pasar",
    "Rumah kontrakan tiga pintu",
    "Hotel melati dekat terminal",
  ],
  unlicensed_migrant_placement: ["Rumah kontrakan di ujung gang", "Ruko tanpa papan nama"],
  missing_person: ["Rumah keluarga", "Terakhir terlihat di halte TransJakarta"],
  other: ["Perempatan lampu merah", "Yayasan di lingkungan RW 07"],
};
export const closingNotes: Record<
  Exclude<EarlyWarningCloseReason, "follow_up_completed" | "other">,
  string
> = {
  not_trafficking: "Sudah dicek bersama Sudin Nakertrans: penyalur resmi dan berizin, tidak ada unsur TPPO.",
  duplicate: "Sama dengan laporan sebelumnya dari kelurahan yang sama.",
  insufficient_information:
    "Pelapor dan warga tidak dapat memberi keterangan lebih lanjut; dipantau oleh kelurahan.",
  resolved_locally: "Ditangani kelurahan bersama sekolah dan orang tua; anak sudah kembali bersekolah.",
};
export const closedReasons: Weighted<keyof typeof closingNotes> = [
  ["not_trafficking", 40],
  ["resolved_locally", 25],
  ["insufficient_information", 25],
  ["duplicate", 10],
];
export const policeUnits = [
  "Polsek Metro Tanah Abang",
  "Polsek Metro Senen",
  "Polsek Metro Gambir",
  "Polsek Kemayoran",
];

// A tiny PNG writer, so a few demo warnings carry a real (abstract) picture to open.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
}
/** A 240×160 picture of soft colour bands: stands in for a street photo. */
export function demoPhoto(random: Random): Buffer {
  const width = 240;
  const height = 160;
  const [r, g, b] = [random.int(80, 200), random.int(80, 200), random.int(80, 200)];
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const shade = Math.round(40 * Math.sin((x + y * 2) / 23) + (y / height) * 50);
      row[1 + x * 3] = Math.max(0, Math.min(255, r + shade));
      row[2 + x * 3] = Math.max(0, Math.min(255, g + shade / 2));
      row[3 + x * 3] = Math.max(0, Math.min(255, b - shade / 3));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from("\x89PNG\r\n\x1a\n", "latin1"),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
