import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { IconPhoto } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { EarlyWarningSummary } from "../../../shared/early-warnings.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { UrgencyBadge, usePlaceName, WarningStatusBadge } from "./warning-badges.tsx";

/**
 * One warning of a list, as a card that reads the same on a phone and a desktop. It names the
 * sender: an office follows its colleagues' reports, the secretariat everyone's.
 */
export function WarningCard({ warning, kindLabel }: { warning: EarlyWarningSummary; kindLabel: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const placeName = usePlaceName();

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Anchor component={Link} to={paths.warning(warning.id)} ff="monospace" fw={700} fz="lg">
            {warning.code}
          </Anchor>
          <Group gap={6}>
            <UrgencyBadge urgency={warning.urgency} />
            <WarningStatusBadge status={warning.status} />
          </Group>
        </Group>
        <Text fw={500}>{kindLabel}</Text>
        <Text size="sm">
          {placeName(warning)} · {formatDay(warning.observedOn)}
          {warning.observedTime ? ` ${t("warnings.detail.atTime", { time: warning.observedTime })}` : ""}
        </Text>
        <Text size="sm" c="dimmed">
          {t("warnings.list.reportedBy", {
            name: warning.reportedByName,
            organization: warning.organizationName,
          })}
        </Text>
        {warning.escalatedTo || warning.hasPhoto ? (
          <Group gap="xs">
            {warning.escalatedTo ? (
              <Text size="sm" c="teal.9" fw={600}>
                {t(`warnings.escalatedTo.${warning.escalatedTo}`)}
              </Text>
            ) : null}
            {warning.hasPhoto ? (
              <Group gap={4}>
                <IconPhoto size={16} aria-hidden />
                <Text size="sm">{t("warnings.list.hasPhoto")}</Text>
              </Group>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
