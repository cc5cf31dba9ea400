import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ActionItemDto } from "../../../shared/action-items.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { wibDayKey } from "../coordination/meeting-time.ts";
import { ActionItemStatusBadge, DueBadge } from "./action-item-badges.tsx";

/** One action item in a list: what, who, by when, and where it stands, readable on a phone. */
export function ActionItemCard({ item, showMeeting = true }: { item: ActionItemDto; showMeeting?: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  const owner = item.ownerUser?.name ?? item.ownerName;
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      style={item.overdue ? { borderLeft: "4px solid var(--mantine-color-red-8)" } : undefined}
    >
      <Stack gap={6}>
        <Anchor component={Link} to={paths.actionItem(item.id)} fw={700}>
          {item.description}
        </Anchor>
        <Group gap={6}>
          <ActionItemStatusBadge status={item.status} />
          {item.status === "open" || item.status === "in_progress" ? <DueBadge item={item} /> : null}
        </Group>
        <Text size="sm">
          {[item.ownerOrganization.shortName ?? item.ownerOrganization.name, owner]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        <Text size="sm" c="dimmed">
          {[
            item.status === "open" || item.status === "in_progress"
              ? null
              : t("followUp.due.on", { date: formatDay(item.dueOn) }),
            showMeeting && item.meeting
              ? t("followUp.card.fromMeeting", {
                  title: item.meeting.title,
                  date: formatDay(wibDayKey(item.meeting.startsAt)),
                })
              : null,
            item.lastUpdateAt
              ? t("followUp.card.lastReport", {
                  count: item.updateCount,
                  date: formatDateTime(item.lastUpdateAt),
                })
              : t("followUp.card.noReport"),
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      </Stack>
    </Paper>
  );
}
