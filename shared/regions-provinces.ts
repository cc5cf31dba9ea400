import type { RegionSeed } from "./regions-jakarta-pusat.ts";

/**
 * Indonesia's other provinces (Kemendagri codes, 2025 list), shipped so that a victim's origin
 * can be recorded at least by province before the national list is imported: most victims
 * handled in Jakarta come from elsewhere. DKI Jakarta itself is in regions-jakarta-pusat.ts.
 */
export const otherProvinces: readonly RegionSeed[] = [
  { code: "11", name: "Aceh", level: "provinsi", parentCode: null },
  { code: "12", name: "Sumatera Utara", level: "provinsi", parentCode: null },
  { code: "13", name: "Sumatera Barat", level: "provinsi", parentCode: null },
  { code: "14", name: "Riau", level: "provinsi", parentCode: null },
  { code: "15", name: "Jambi", level: "provinsi", parentCode: null },
  { code: "16", name: "Sumatera Selatan", level: "provinsi", parentCode: null },
  { code: "17", name: "Bengkulu", level: "provinsi", parentCode: null },
  { code: "18", name: "Lampung", level: "provinsi", parentCode: null },
  { code: "19", name: "Kepulauan Bangka Belitung", level: "provinsi", parentCode: null },
  { code: "21", name: "Kepulauan Riau", level: "provinsi", parentCode: null },
  { code: "32", name: "Jawa Barat", level: "provinsi", parentCode: null },
  { code: "33", name: "Jawa Tengah", level: "provinsi", parentCode: null },
  { code: "34", name: "Daerah Istimewa Yogyakarta", level: "provinsi", parentCode: null },
  { code: "35", name: "Jawa Timur", level: "provinsi", parentCode: null },
  { code: "36", name: "Banten", level: "provinsi", parentCode: null },
  { code: "51", name: "Bali", level: "provinsi", parentCode: null },
  { code: "52", name: "Nusa Tenggara Barat", level: "provinsi", parentCode: null },
  { code: "53", name: "Nusa Tenggara Timur", level: "provinsi", parentCode: null },
  { code: "61", name: "Kalimantan Barat", level: "provinsi", parentCode: null },
  { code: "62", name: "Kalimantan Tengah", level: "provinsi", parentCode: null },
  { code: "63", name: "Kalimantan Selatan", level: "provinsi", parentCode: null },
  { code: "64", name: "Kalimantan Timur", level: "provinsi", parentCode: null },
  { code: "65", name: "Kalimantan Utara", level: "provinsi", parentCode: null },
  { code: "71", name: "Sulawesi Utara", level: "provinsi", parentCode: null },
  { code: "72", name: "Sulawesi Tengah", level: "provinsi", parentCode: null },
  { code: "73", name: "Sulawesi Selatan", level: "provinsi", parentCode: null },
  { code: "74", name: "Sulawesi Tenggara", level: "provinsi", parentCode: null },
  { code: "75", name: "Gorontalo", level: "provinsi", parentCode: null },
  { code: "76", name: "Sulawesi Barat", level: "provinsi", parentCode: null },
  { code: "81", name: "Maluku", level: "provinsi", parentCode: null },
  { code: "82", name: "Maluku Utara", level: "provinsi", parentCode: null },
  { code: "91", name: "Papua", level: "provinsi", parentCode: null },
  { code: "92", name: "Papua Barat", level: "provinsi", parentCode: null },
  { code: "93", name: "Papua Selatan", level: "provinsi", parentCode: null },
  { code: "94", name: "Papua Tengah", level: "provinsi", parentCode: null },
  { code: "95", name: "Papua Pegunungan", level: "provinsi", parentCode: null },
  { code: "96", name: "Papua Barat Daya", level: "provinsi", parentCode: null },
];
