import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralStatus } from "../../../shared/referrals.ts";

const statusColors: Record<ReferralStatus, string> = {
  sent: "blue",
  accepted: "teal",
  declined: "gray",
  completed: "teal",
  cancelled: "gray",
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === "completed" ? "filled" : "light"} color={statusColors[status]}>
      {t(`intake.referral.status.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color="red">
      {t("intake.referral.overdue")}
    </Badge>
  );
}

export function ChildBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="red">
      {t("intake.referral.child")}
    </Badge>
  );
}
