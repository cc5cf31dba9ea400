import type { Role } from "../../shared/roles.ts";

export const DEMO_PASSWORD = "gugus-demo-2024";

/** The six demo accounts of API.md: one per role, each in the organisation that role sits in. */
export const demoAccounts: { email: string; name: string; role: Role; organizationKey: string }[] = [
  { email: "admin@demo.gugus.id", name: "Admin Sekretariat", role: "admin", organizationKey: "secretariat" },
  {
    email: "koordinator@demo.gugus.id",
    name: "Dwi Wahyuningsih",
    role: "coordinator",
    organizationKey: "secretariat",
  },
  {
    email: "manajer.kasus@demo.gugus.id",
    name: "Rina Kartikasari",
    role: "case_manager",
    organizationKey: "upt_pppa",
  },
  {
    email: "layanan.polres@demo.gugus.id",
    name: "Bripka Andi Saputra",
    role: "service_provider",
    organizationKey: "polres",
  },
  {
    email: "lurah.cideng@demo.gugus.id",
    name: "Lurah Cideng",
    role: "field_reporter",
    organizationKey: "kelurahan_31.71.01.1002",
  },
  {
    email: "pimpinan@demo.gugus.id",
    name: "Asisten Kesra Jakarta Pusat",
    role: "leadership",
    organizationKey: "walikota",
  },
];
