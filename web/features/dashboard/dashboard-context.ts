import { createContext, useContext } from "react";

/**
 * What every download of the page says about itself: the scope line under the title, the source
 * and cut-off line at the foot, and the period and region part of the file name.
 */
export type DashboardScope = {
  /** "1 Jan – 31 Des 2024 · Kecamatan Gambir" */
  scope: string;
  /** "Sumber: … · Data per 29 Nov 2026, 14.05 WIB" */
  footer: string;
  /** "2024-gambir": appended to "gugus-dasbor-<chart>-". */
  fileSuffix: string;
};

export const DashboardScopeContext = createContext<DashboardScope>({ scope: "", footer: "", fileSuffix: "" });

export function useDashboardScope(): DashboardScope {
  return useContext(DashboardScopeContext);
}
