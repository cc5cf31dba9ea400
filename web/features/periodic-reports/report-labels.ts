import { useTranslation } from "react-i18next";
import type { ReportListItem } from "../../../shared/periodic-reports.ts";
import { periodLabel } from "../dashboard/scope-label.ts";

/** How a report's period and place read in a list or a header, in the UI's language. */
export function useReportLabels() {
  const { t, i18n } = useTranslation();
  return {
    /** "Tahunan 2025", "Semester I 2025", "Periode lain". */
    kind: (r: Pick<ReportListItem, "kind" | "year" | "semester">) =>
      r.kind === "annual"
        ? `${t("reports.kinds.annual")} ${r.year}`
        : r.kind === "semester"
          ? `${t("reports.semesterName", { roman: r.semester === 2 ? "II" : "I" })} ${r.year}`
          : t("reports.kinds.custom"),
    period: (r: Pick<ReportListItem, "period">) => periodLabel(r.period.from, r.period.to, i18n.language),
    area: (r: Pick<ReportListItem, "region">) =>
      r.region
        ? t(
            r.region.level === "kelurahan" ? "reports.form.kelurahanOption" : "reports.form.kecamatanOption",
            {
              name: r.region.name,
            },
          )
        : t("reports.wholeArea"),
  };
}
