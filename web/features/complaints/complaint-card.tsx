import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ComplaintSummary } from "../../../shared/complaints.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { ComplaintStatusBadge, complaintPlace, TriageOutcomeBadge } from "./complaint-badges.tsx";

// Untriaged this long, a complaint's age is shown in red: someone has been waiting.
const LATE_AFTER_DAYS = 3;

/** One complaint of the queue, as a card that reads the same on a phone and a desktop. */
export function ComplaintCard({
  complaint,
  channelLabel,
}: {
  complaint: ComplaintSummary;
  channelLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const place = complaintPlace(complaint, i18n.language);
  const late = complaint.status !== "triaged" && complaint.ageDays >= LATE_AFTER_DAYS;

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Anchor component={Link} to={paths.complaint(complaint.id)} ff="monospace" fw={700} fz="lg">
            {complaint.trackingCode}
          </Anchor>
          <Group gap={6}>
            <ComplaintStatusBadge status={complaint.status} />
            {complaint.triageOutcome ? <TriageOutcomeBadge outcome={complaint.triageOutcome} /> : null}
          </Group>
        </Group>
        <Text size="sm">
          {channelLabel} · {t(`intake.complaint.sources.${complaint.source}`)}
        </Text>
        <Text size="sm">
          {formatDateTime(complaint.receivedAt)} ·{" "}
          <Text span size="sm" c={late ? "red.9" : undefined} fw={late ? 700 : undefined}>
            {complaint.ageDays === 0
              ? t("intake.complaint.ageToday")
              : t("intake.complaint.age", { count: complaint.ageDays })}
          </Text>
        </Text>
        <Text size="sm">
          {t("intake.complaint.place")}: {place ?? t("intake.complaint.placeUnknown")}
        </Text>
        {complaint.caseId && complaint.caseNumber ? (
          <Text size="sm">
            {t("intake.complaint.case")}:{" "}
            <Anchor component={Link} to={paths.case(complaint.caseId)} size="sm" fw={600}>
              {complaint.caseNumber}
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
