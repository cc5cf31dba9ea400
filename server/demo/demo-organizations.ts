import { jakartaPusatRegions } from "../../shared/regions-jakarta-pusat.ts";

/** The demo task force's member organisations: the agencies a Jakarta Pusat task force brings together. */
export type DemoOrganization = {
  key: string;
  name: string;
  shortName?: string;
  typeCode: string;
  regionCode: string;
  groups: number[];
};

export const demoAgencies: DemoOrganization[] = [
  {
    key: "upt_pppa",
    name: "UPT PPPA (Pos Pengaduan Jakarta Pusat)",
    shortName: "UPT PPPA Jakpus",
    typeCode: "women_child_protection_unit",
    regionCode: "31.71.04",
    groups: [2, 3],
  },
  {
    key: "polres",
    name: "Unit PPA Polres Metro Jakarta Pusat",
    shortName: "Unit PPA Polres",
    typeCode: "police",
    regionCode: "31.71.03",
    groups: [5],
  },
  {
    key: "walikota",
    name: "Wali Kota Jakarta Pusat",
    shortName: "Kantor Wali Kota",
    typeCode: "government_agency",
    regionCode: "31.71.01",
    groups: [6],
  },
  {
    key: "sudin_sosial",
    name: "Suku Dinas Sosial Kota Administrasi Jakarta Pusat",
    shortName: "Sudin Sosial Jakpus",
    typeCode: "social_affairs",
    regionCode: "31.71",
    groups: [3],
  },
  {
    key: "rsud_tarakan",
    name: "RSUD Tarakan",
    typeCode: "health_service",
    regionCode: "31.71.01.1002",
    groups: [2],
  },
  {
    key: "sudin_kesehatan",
    name: "Suku Dinas Kesehatan Kota Administrasi Jakarta Pusat",
    shortName: "Sudinkes Jakpus",
    typeCode: "health_service",
    regionCode: "31.71",
    groups: [2],
  },
  {
    key: "sudin_nakertrans",
    name: "Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Pusat",
    shortName: "Sudin Nakertransgi",
    typeCode: "manpower",
    regionCode: "31.71",
    groups: [1, 4],
  },
  {
    key: "imigrasi",
    name: "Kantor Imigrasi Kelas I Khusus TPI Jakarta Pusat",
    shortName: "Imigrasi Jakpus",
    typeCode: "immigration",
    regionCode: "31.71.03",
    groups: [1, 5],
  },
  {
    key: "bp3mi",
    name: "BP3MI DKI Jakarta",
    typeCode: "migrant_worker_protection",
    regionCode: "31",
    groups: [1, 3],
  },
  {
    key: "lpsk",
    name: "Lembaga Perlindungan Saksi dan Korban (LPSK)",
    shortName: "LPSK",
    typeCode: "witness_victim_protection",
    regionCode: "31",
    groups: [4, 5],
  },
  {
    key: "kejari",
    name: "Kejaksaan Negeri Jakarta Pusat",
    shortName: "Kejari Jakpus",
    typeCode: "prosecution",
    regionCode: "31.71.03",
    groups: [5],
  },
  {
    key: "pn",
    name: "Pengadilan Negeri Jakarta Pusat",
    shortName: "PN Jakpus",
    typeCode: "court",
    regionCode: "31.71.03",
    groups: [5],
  },
  {
    key: "sudin_pendidikan",
    name: "Suku Dinas Pendidikan Wilayah I Jakarta Pusat",
    shortName: "Sudin Pendidikan I",
    typeCode: "government_agency",
    regionCode: "31.71",
    groups: [1],
  },
  { key: "lbh_apik", name: "LBH APIK Jakarta", typeCode: "ngo", regionCode: "31", groups: [3, 4] },
  {
    key: "ormas",
    name: "Forum Tokoh Agama dan Masyarakat Jakarta Pusat",
    typeCode: "community_religious_org",
    regionCode: "31.71",
    groups: [1],
  },
];

/** One office for each kecamatan and kelurahan of Jakarta Pusat: the lurah and camat who watch their areas. */
export const demoAreaOffices: DemoOrganization[] = jakartaPusatRegions
  .filter((r) => r.level === "kecamatan" || r.level === "kelurahan")
  .map((r) => ({
    key: r.level === "kecamatan" ? `kecamatan_${r.code}` : `kelurahan_${r.code}`,
    name: `${r.level === "kecamatan" ? "Kecamatan" : "Kelurahan"} ${r.name}`,
    typeCode: r.level === "kecamatan" ? "sub_district" : "urban_village",
    regionCode: r.code,
    groups: [1],
  }));
