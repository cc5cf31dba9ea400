/** The case page's tabs, each its own address (/kasus/:id/<slug>), in reading order. */
export const caseTabs = [
  "ringkasan",
  "orang",
  "asesmen",
  "rujukan",
  "layanan",
  "hukum",
  "linimasa",
  "dokumen",
] as const;
export type CaseTab = (typeof caseTabs)[number];

export function isCaseTab(value: string | undefined): value is CaseTab {
  return caseTabs.includes(value as CaseTab);
}
