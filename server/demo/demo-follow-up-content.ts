import type { ComputedMetric, IndicatorDirection } from "../../shared/work-plans.ts";

/**
 * The words of the demo's follow-up: what members are asked at meetings, what they report, and
 * the yearly plan's programmes. Made up for the demo, in the task force's own language.
 */

/** What each kind of member is asked to do at a coordination meeting; {place} is its area. */
export const tasks: Record<string, readonly string[]> = {
  kelurahan: [
    "Menyosialisasikan modus lowongan kerja palsu di seluruh RW Kelurahan {place}",
    "Mendata warga Kelurahan {place} yang berangkat bekerja ke luar negeri tahun ini",
    "Memasang spanduk layanan pengaduan TPPO di kantor Kelurahan {place} dan RPTRA",
    "Mengawasi rumah kos dan penampungan calon pekerja di wilayah Kelurahan {place}",
    "Melaporkan agen perekrut tanpa izin yang beroperasi di Kelurahan {place} kepada sekretariat",
  ],
  kecamatan: [
    "Mengoordinasikan lurah se-Kecamatan {place} untuk pendataan calon pekerja migran",
    "Membahas kewaspadaan TPPO dalam rapat minggon Kecamatan {place}",
  ],
  upt_pppa: [
    "Menyusun SOP rujukan korban antarlayanan dan mengedarkannya ke anggota gugus tugas",
    "Menyampaikan rekap pendampingan korban triwulan ini kepada sekretariat",
    "Menyiapkan rumah aman untuk korban anak yang menunggu pemulangan",
  ],
  polres: [
    "Menindaklanjuti laporan perekrutan daring melalui media sosial yang disampaikan kelurahan",
    "Menyampaikan perkembangan penyidikan perkara TPPO yang sedang berjalan",
    "Melakukan patroli bersama di kawasan rumah kos yang dilaporkan mencurigakan",
  ],
  sudin_sosial: [
    "Melakukan asesmen sosial bagi korban yang dipulangkan dari luar negeri",
    "Memfasilitasi pemulangan korban ke daerah asal bersama dinas sosial daerah",
  ],
  rsud_tarakan: ["Menyediakan layanan visum tanpa biaya bagi korban TPPO rujukan UPT PPPA"],
  sudin_kesehatan: ["Menyiapkan puskesmas rujukan untuk pemeriksaan kesehatan korban di setiap kecamatan"],
  sudin_nakertrans: [
    "Memeriksa izin lembaga pelatihan kerja yang menjanjikan penempatan ke luar negeri",
    "Menyusun daftar perusahaan penempatan pekerja migran yang berizin untuk diumumkan",
  ],
  imigrasi: ["Memperketat wawancara pemohon paspor dengan tujuan perjalanan yang tidak jelas"],
  bp3mi: ["Menyelenggarakan sosialisasi migrasi aman bagi calon pekerja migran"],
  lpsk: ["Menjelaskan prosedur permohonan restitusi kepada pendamping korban"],
  kejari: ["Memastikan tuntutan restitusi dimasukkan dalam perkara TPPO yang dilimpahkan"],
  sudin_pendidikan: [
    "Mengirim surat edaran pencegahan TPPO ke seluruh SMP dan SMA di Jakarta Pusat",
    "Mendata siswa yang putus sekolah dan berisiko direkrut bekerja",
  ],
  lbh_apik: ["Mendampingi korban dalam pengajuan restitusi ke pengadilan"],
  secretariat: [
    "Menyusun laporan tahunan GT PP-TPPO untuk Wali Kota",
    "Memperbarui SK keanggotaan gugus tugas sesuai perubahan pejabat",
  ],
};

export const progressNotes = [
  "Sudah dikoordinasikan dengan pihak terkait; pelaksanaan dijadwalkan minggu depan.",
  "Surat sudah dikirim; menunggu tanggapan.",
  "Data terkumpul sekitar separuh; sisanya menyusul dari RW.",
  "Rapat internal sudah membahas pembagian tugas.",
  "Sebagian kegiatan terlaksana; dokumentasi dikirim ke sekretariat.",
];
export const doneNotes = [
  "Selesai. Laporan dan dokumentasi sudah diserahkan ke sekretariat.",
  "Kegiatan terlaksana sesuai rencana; daftar hadir terlampir pada laporan kegiatan.",
  "Sudah selesai dan ditindaklanjuti dengan surat ke instansi terkait.",
];
export const dropReasons = [
  "Digabung dengan tindak lanjut rapat berikutnya yang lebih luas cakupannya.",
  "Tidak relevan lagi setelah perubahan kebijakan provinsi.",
  "Dialihkan ke anggota gugus tugas lain yang lebih berwenang.",
];

type IndicatorPlan = {
  name: string;
  unit: string;
  target: number;
  direction?: IndicatorDirection;
  metric?: ComputedMetric;
  responsible: string;
};
type ProgrammePlan = { group: number; title: string; lead: string; indicators: IndicatorPlan[] };

/** The plan's content; targets grow a little each year, the zero-case target stays at zero. */
export function programmesOf(yearIndex: number): ProgrammePlan[] {
  const grow = (n: number) => Math.round(n * (1 + 0.15 * yearIndex));
  return [
    {
      group: 1,
      title: "Sosialisasi dan edukasi pencegahan TPPO di seluruh kelurahan",
      lead: "secretariat",
      indicators: [
        {
          name: "Kegiatan pencegahan terlaksana",
          unit: "kegiatan",
          target: grow(60),
          metric: "prevention_activities_held",
          responsible: "secretariat",
        },
        {
          name: "Warga terjangkau kegiatan pencegahan",
          unit: "orang",
          target: grow(2500),
          metric: "people_reached",
          responsible: "secretariat",
        },
        {
          name: "Kelurahan terjangkau",
          unit: "kelurahan",
          target: 44,
          metric: "kelurahan_reached",
          responsible: "secretariat",
        },
        {
          name: "Sekolah yang membentuk satgas anti-TPPO",
          unit: "sekolah",
          target: grow(12),
          responsible: "sudin_pendidikan",
        },
      ],
    },
    {
      group: 2,
      title: "Layanan kesehatan bagi korban",
      lead: "sudin_kesehatan",
      indicators: [
        {
          name: "Korban mendapat rehabilitasi kesehatan atau sosial",
          unit: "korban",
          target: grow(30),
          metric: "victims_rehabilitated",
          responsible: "rsud_tarakan",
        },
        {
          name: "Puskesmas rujukan korban TPPO",
          unit: "puskesmas",
          target: 8,
          responsible: "sudin_kesehatan",
        },
      ],
    },
    {
      group: 3,
      title: "Pemulangan dan reintegrasi sosial korban",
      lead: "sudin_sosial",
      indicators: [
        {
          name: "Korban dipulangkan ke daerah asal",
          unit: "korban",
          target: grow(15),
          responsible: "sudin_sosial",
        },
      ],
    },
    {
      group: 4,
      title: "Penguatan dasar hukum gugus tugas kota",
      lead: "walikota",
      indicators: [
        {
          name: "Peraturan/keputusan wali kota yang ditetapkan",
          unit: "dokumen",
          target: 1,
          responsible: "walikota",
        },
      ],
    },
    {
      group: 5,
      title: "Menuju nol kasus TPPO di Jakarta Pusat",
      lead: "polres",
      indicators: [
        {
          name: "Kasus TPPO baru",
          unit: "kasus",
          target: 0,
          direction: "lower",
          metric: "new_cases",
          responsible: "polres",
        },
        {
          name: "Perkara dengan tuntutan restitusi",
          unit: "perkara",
          target: grow(5),
          responsible: "kejari",
        },
      ],
    },
    {
      group: 6,
      title: "Koordinasi dan kerja sama gugus tugas",
      lead: "secretariat",
      indicators: [
        {
          name: "Rapat koordinasi terlaksana",
          unit: "rapat",
          target: 12,
          metric: "meetings_held",
          responsible: "secretariat",
        },
        {
          name: "Tindak lanjut selesai tepat waktu",
          unit: "%",
          target: 80,
          metric: "action_items_done_on_time",
          responsible: "secretariat",
        },
      ],
    },
  ];
}
