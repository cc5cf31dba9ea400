import type { ContactKind } from "../../../shared/portal.ts";
import { seedTextsEn } from "./seed-content-en.ts";
import { seedTextsId } from "./seed-content-id.ts";

/**
 * What a new task force's portal starts with: five pages, the menu, the national hotlines and
 * empty complaint-post entries for the secretariat to complete. Raising PORTAL_SEED_VERSION does
 * not touch portals already seeded (the secretariat's words are never overwritten).
 */
export const PORTAL_SEED_VERSION = 1;

export type SeedText = { title: string; summary: string; body: string };
export const seedPageSlugs = ["beranda", "waspada", "migrasi-aman", "bantuan", "tentang"] as const;
export type SeedTexts = Record<(typeof seedPageSlugs)[number], SeedText>;

export const seedPages = seedPageSlugs.map((slug) => ({
  slug,
  id: seedTextsId[slug],
  en: seedTextsEn[slug],
}));

export const seedMenu: readonly { labelId: string; labelEn: string; href: string }[] = [
  { labelId: "Beranda", labelEn: "Home", href: "/" },
  { labelId: "Waspada", labelEn: "Warning signs", href: "/waspada" },
  { labelId: "Migrasi aman", labelEn: "Safe migration", href: "/migrasi-aman" },
  { labelId: "Bantuan", labelEn: "Help", href: "/bantuan" },
  { labelId: "Statistik", labelEn: "Statistics", href: "/statistik" },
  { labelId: "Kegiatan", labelEn: "Activities", href: "/kegiatan" },
  { labelId: "Materi", labelEn: "Materials", href: "/materi" },
  { labelId: "Berita", labelEn: "News", href: "/berita" },
  { labelId: "Tentang", labelEn: "About", href: "/halaman/tentang" },
];

type SeedContact = {
  kind: ContactKind;
  name: string;
  phone: string;
  noteId: string;
  noteEn: string;
};

/**
 * Only numbers that are national and certain. A task force's own complaint posts start without
 * address, hours or telephone: the admin screen marks them as missing, and the public does not
 * see them until they can be reached.
 */
export const seedContacts = (secretariat: string): SeedContact[] => [
  {
    kind: "hotline",
    name: "Layanan Darurat 112",
    phone: "112",
    noteId: "Keadaan darurat: polisi, ambulans, pemadam kebakaran. Gratis.",
    noteEn: "Emergencies: police, ambulance, fire brigade. Free of charge.",
  },
  {
    kind: "hotline",
    name: "SAPA 129",
    phone: "129",
    noteId:
      "Sahabat Perempuan dan Anak, Kementerian PPPA: kekerasan terhadap perempuan dan anak, termasuk perdagangan orang.",
    noteEn:
      "Ministry of Women's Empowerment and Child Protection: violence against women and children, including trafficking.",
  },
  {
    kind: "hotline",
    name: "Polisi 110",
    phone: "110",
    noteId: "Kepolisian: melaporkan kejahatan yang sedang terjadi.",
    noteEn: "Police: report a crime in progress.",
  },
  {
    kind: "post",
    name: `Pos Pengaduan — ${secretariat}`,
    phone: "",
    noteId: "Sekretariat Gugus Tugas: pengaduan langsung dan konsultasi.",
    noteEn: "Task force secretariat: complaints in person and advice.",
  },
];

/** The home task force's first news post: the strengthening meeting of 15 May 2024. */
export const HOME_REGION_CODE = "31.71";
export const seedNews = {
  slug: "penguatan-gugus-tugas-tppo-mei-2024",
  publishedFrom: new Date("2024-05-15T05:00:00Z"), // 12.00 WIB
  id: {
    title: "Sudin PPAPP Jakarta Pusat menggelar penguatan Gugus Tugas TPPO",
    summary:
      "Pertemuan pertama dari tiga pertemuan penguatan gugus tugas: kolaborasi semua pihak dan edukasi masyarakat secara masif menuju nol kasus.",
    body: `Suku Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk (Sudin PPAPP) Kota Administrasi Jakarta Pusat menggelar pertemuan penguatan Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang (TPPO) pada Rabu, 15 Mei 2024, di Ruang Serbaguna Besar Kantor Wali Kota Jakarta Pusat, Jalan Tanah Abang I, Gambir.

Asisten Administrasi dan Kesejahteraan Rakyat Sekretaris Kota Jakarta Pusat, M. Reza Pahlevi, menyebut TPPO sebagai kejahatan kemanusiaan yang kompleks dengan cara dan modus yang sangat beragam. Karena itu, penanganan korban membutuhkan **kolaborasi, koordinasi, dan aksi bersama** agar korban terlindungi dan hak-haknya terpenuhi. Ia meminta lurah, camat, sekolah, perangkat daerah, dan dinas terkait berperan aktif mengawasi sekaligus mengedukasi masyarakat.

Kepala Sudin PPAPP Jakarta Pusat, Dwi Wahyu Rianti, menyampaikan bahwa jumlah korban TPPO yang terlaporkan cenderung meningkat setiap tahun. Strategi yang ditempuh antara lain **memperkuat gugus tugas** di tingkat kota dan **mengedukasi serta menyosialisasikan pencegahan TPPO secara masif** kepada masyarakat.

Pertemuan ini adalah yang pertama dari tiga pertemuan; dua lainnya dijadwalkan pada 21 dan 22 Mei 2024. Harapannya, pemahaman dan sinergi semua pihak makin kuat untuk mewujudkan **nol kasus TPPO**, khususnya di Jakarta Pusat.`,
  },
  en: {
    title: "Central Jakarta strengthens its anti-trafficking task force",
    summary:
      "The first of three meetings to strengthen the task force: collaboration of all parties and mass public education towards zero cases.",
    body: `The Central Jakarta sub-office for women's empowerment, child protection and population control (Sudin PPAPP) held a meeting to strengthen the Task Force for the Prevention and Handling of Trafficking in Persons (TPPO) on Wednesday, 15 May 2024, in the main hall of the Central Jakarta Mayor's Office, Jalan Tanah Abang I, Gambir.

M. Reza Pahlevi, assistant city secretary for administration and welfare, called trafficking a complex crime against humanity with many methods. Handling victims therefore needs **collaboration, coordination and joint action** so that victims are protected and their rights fulfilled. He asked urban village and sub-district heads, schools, city agencies and related offices to take an active part in oversight and in educating the public.

Dwi Wahyu Rianti, head of Sudin PPAPP Central Jakarta, said that the number of reported trafficking victims tends to rise every year. The strategies include **strengthening the task force** at city level and **educating the public about prevention on a massive scale**.

The meeting was the first of three; the other two were scheduled for 21 and 22 May 2024. The aim is stronger understanding and cooperation among all parties towards **zero trafficking cases**, especially in Central Jakarta.`,
  },
};
