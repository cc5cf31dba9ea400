import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type {
  EarlyWarningStatus,
  EarlyWarningSummary,
  EarlyWarningUrgency,
} from "../../../shared/early-warnings.ts";

const statusColors: Record<EarlyWarningStatus, string> = {
  new: "red",
  verified: "blue",
  escalated: "teal",
  closed: "gray",
};

export function WarningStatusBadge({ status }: { status: EarlyWarningStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} miw="max-content">
      {t(`warnings.status.${status}`)}
    </Badge>
  );
}

// Orange text is too faint on white to read (WCAG AA): an urgent badge is orange behind dark text.
const urgencyStyles: Record<EarlyWarningUrgency, { variant: string; color: string; c?: string }> = {
  normal: { variant: "outline", color: "gray" },
  urgent: { variant: "light", color: "orange", c: "dark.8" },
  emergency: { variant: "filled", color: "red" },
};

export function UrgencyBadge({ urgency }: { urgency: EarlyWarningUrgency }) {
  const { t } = useTranslation();
  return (
    <Badge {...urgencyStyles[urgency]} miw="max-content">
      {t(`warnings.urgency.${urgency}`)}
    </Badge>
  );
}

/** "Kel. Cideng, Kec. Gambir": the place as a lurah says it. */
export function usePlaceName() {
  const { t } = useTranslation();
  return (warning: Pick<EarlyWarningSummary, "regionName" | "districtName">) =>
    warning.districtName
      ? t("warnings.place.village", { name: warning.regionName, district: warning.districtName })
      : warning.regionName;
}
