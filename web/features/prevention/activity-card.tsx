import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { ActivitySummary } from "../../../shared/prevention.ts";
import { paths } from "../../app/paths.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { ActivityStatusBadge, OverdueBadge, useParticipantLabel, usePlaceLabel } from "./activity-badges.tsx";

/** One activity of the list, a card that reads the same on a phone and a desktop. */
export function ActivityCard({ activity, typeLabel }: { activity: ActivitySummary; typeLabel: string }) {
  const formatDateTime = useFormatDateTime();
  const placeLabel = usePlaceLabel();
  const participantLabel = useParticipantLabel();
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={paths.activity(activity.id)} fw={700}>
            {activity.title}
          </Anchor>
          <Group gap={6} justify="flex-end">
            <ActivityStatusBadge status={activity.status} />
            {activity.overdue ? <OverdueBadge /> : null}
          </Group>
        </Group>
        <Text size="sm">
          {typeLabel} · {formatDateTime(activity.startsAt)}
        </Text>
        <Text size="sm">{placeLabel(activity)}</Text>
        <Text size="sm" c="dimmed">
          {activity.organizerName} · {participantLabel(activity)}
        </Text>
      </Stack>
    </Paper>
  );
}
