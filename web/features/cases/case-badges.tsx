import { Badge } from "@mantine/core";
import { IconAlarm } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CaseStatus } from "../../../shared/cases.ts";
import { useTerms } from "./vocabulary-terms.ts";

const statusColors: Record<CaseStatus, string> = { open: "blue", in_service: "teal", closed: "gray" };

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} miw="max-content">
      {t(`cases.status.${status}`)}
    </Badge>
  );
}

export function RiskBadge({ riskLevel }: { riskLevel: string }) {
  const terms = useTerms();
  const { t } = useTranslation();
  const label = terms.label("risk_level", riskLevel);
  if (!label) return null;
  const urgent = riskLevel === "critical";
  return (
    <Badge
      miw="max-content"
      variant={urgent ? "filled" : "light"}
      color={urgent || riskLevel === "high" ? "red" : riskLevel === "medium" ? "blue" : "gray"}
      aria-label={t("cases.fields.riskLevelIs", { level: label })}
    >
      {label}
    </Badge>
  );
}

export function OverdueBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <Badge color="red" variant="filled" miw="max-content" leftSection={<IconAlarm size={14} aria-hidden />}>
      {t("cases.list.overdueCount", { count })}
    </Badge>
  );
}

export function ChildBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="light">
      {t("cases.people.child")}
    </Badge>
  );
}
