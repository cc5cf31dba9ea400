import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ComplaintStatus, ComplaintSummary, TriageOutcome } from "../../../shared/complaints.ts";
import { countryName } from "../../../shared/countries.ts";

const statusColors: Record<ComplaintStatus, string> = {
  received: "red",
  under_review: "blue",
  triaged: "teal",
};

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]}>
      {t(`intake.complaint.status.${status}`)}
    </Badge>
  );
}

export function TriageOutcomeBadge({ outcome }: { outcome: TriageOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray.8">
      {t(`intake.complaint.outcome.${outcome}`)}
    </Badge>
  );
}

/** The place of a complaint in words: region, else country, else null. */
export function complaintPlace(
  complaint: Pick<ComplaintSummary, "placeRegionName" | "placeCountryCode">,
  language: string,
): string | null {
  if (complaint.placeRegionName) return complaint.placeRegionName;
  if (complaint.placeCountryCode) return countryName(complaint.placeCountryCode, language);
  return null;
}
