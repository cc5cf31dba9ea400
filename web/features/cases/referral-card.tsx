import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { IconAlarm } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CaseReferralDto, ReferralStatus } from "../../../shared/referrals.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { useTerms } from "./vocabulary-terms.ts";

const statusColors: Record<ReferralStatus, string> = {
  sent: "blue",
  accepted: "teal",
  declined: "red",
  completed: "teal",
  cancelled: "gray",
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === "completed" ? "filled" : "light"} color={statusColors[status]}>
      {t(`cases.referrals.statuses.${status}`)}
    </Badge>
  );
}

export function ReferralCard({ referral, onCancel }: { referral: CaseReferralDto; onCancel: () => void }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const formatDateTime = useFormatDateTime();
  const waiting = referral.status === "sent";
  return (
    <Card
      withBorder
      padding="sm"
      component="li"
      aria-label={t("cases.referrals.cardLabel", {
        code: referral.personCode,
        organization: referral.toOrganizationName,
      })}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <ReferralStatusBadge status={referral.status} />
            {referral.overdue ? (
              <Badge color="red" variant="filled" leftSection={<IconAlarm size={14} aria-hidden />}>
                {t("cases.referrals.overdue")}
              </Badge>
            ) : null}
          </Group>
          <Text fw={600}>
            {t("cases.referrals.toLine", {
              code: referral.personCode,
              organization: referral.toOrganizationName,
            })}
          </Text>
          <Text size="sm">
            {referral.serviceTypes.map((code) => terms.label("service_type", code)).join(", ")}
          </Text>
          <Text size="sm" c={referral.overdue ? "red.9" : undefined} fw={referral.overdue ? 600 : undefined}>
            {waiting
              ? t("cases.referrals.dueAt", { time: formatDateTime(referral.dueAt) })
              : t("cases.referrals.dueWas", { time: formatDateTime(referral.dueAt) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t("cases.referrals.sentLine", {
              time: formatDateTime(referral.createdAt),
              name: referral.sentByName ?? t("cases.timeline.system"),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {referral.sharedFields.length > 0
              ? t("cases.referrals.sharedLine", {
                  fields: referral.sharedFields.map((field) => t(`cases.identity.${field}`)).join(", "),
                })
              : t("cases.referrals.sharedNone")}
          </Text>
          {referral.consentOverrideReason ? (
            <Text size="sm" c="red.9">
              {t("cases.referrals.overriddenLine", { reason: referral.consentOverrideReason })}
            </Text>
          ) : null}
          {referral.message ? (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {referral.message}
            </Text>
          ) : null}
          {referral.respondedAt && referral.status !== "cancelled" ? (
            <Text size="sm">
              {t("cases.referrals.respondedLine", {
                time: formatDateTime(referral.respondedAt),
                name: referral.respondedByName ?? referral.toOrganizationName,
              })}
            </Text>
          ) : null}
          {referral.declineReason ? (
            <Text size="sm">{t("cases.referrals.declineLine", { reason: referral.declineReason })}</Text>
          ) : null}
          {referral.completedAt ? (
            <Text size="sm">
              {t("cases.referrals.completedLine", { time: formatDateTime(referral.completedAt) })}
              {referral.completionNote ? ` — ${referral.completionNote}` : ""}
            </Text>
          ) : null}
        </Stack>
        {referral.abilities.cancel ? (
          <Button size="xs" variant="subtle" color="red" onClick={onCancel}>
            {t("cases.referrals.cancel")}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}
