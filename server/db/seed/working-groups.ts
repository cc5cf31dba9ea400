/**
 * The six sub gugus tugas of the 2020–2024 national action plan (RAN PP-TPPO). A new plan is a
 * new version here, not an edit: records keep pointing at the groups they were made under.
 */
export const workingGroupPlanVersion = "RAN PP-TPPO 2020-2024";

export const workingGroupSeeds = [
  { number: 1, code: "prevention", nameId: "Pencegahan", nameEn: "Prevention" },
  {
    number: 2,
    code: "health_rehabilitation",
    nameId: "Rehabilitasi Kesehatan",
    nameEn: "Health rehabilitation",
  },
  {
    number: 3,
    code: "social_rehabilitation_return_reintegration",
    nameId: "Rehabilitasi Sosial, Pemulangan dan Reintegrasi Sosial",
    nameEn: "Social rehabilitation, return and social reintegration",
  },
  {
    number: 4,
    code: "legal_norms",
    nameId: "Pengembangan Norma Hukum",
    nameEn: "Development of legal norms",
  },
  { number: 5, code: "law_enforcement", nameId: "Penegakan Hukum", nameEn: "Law enforcement" },
  {
    number: 6,
    code: "coordination_cooperation",
    nameId: "Koordinasi dan Kerja Sama",
    nameEn: "Coordination and cooperation",
  },
] as const;
