import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReportStatus } from "../../../shared/periodic-reports.ts";

const colors: Record<ReportStatus, string> = {
  building: "blue",
  draft: "gray",
  final: "teal",
  failed: "red",
};

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]}>
      {t(`reports.statuses.${status}`)}
    </Badge>
  );
}
