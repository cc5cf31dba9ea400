import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MeetingSummary } from "../../../shared/coordination.ts";
import { paths } from "../../app/paths.ts";
import { MeetingStatusBadge } from "./meeting-badges.tsx";
import { useMeetingWhen } from "./meeting-time.ts";

/** One meeting in a list: a card that reads the same on a phone and a desktop. */
export function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation();
  const when = useMeetingWhen();
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={paths.meeting(meeting.id)} fw={700}>
            {meeting.title}
          </Anchor>
          <Group gap={6} justify="flex-end">
            {meeting.invitedMe ? (
              <Badge variant="light" color="grape">
                {t("coordination.list.invitedMe")}
              </Badge>
            ) : null}
            <MeetingStatusBadge status={meeting.status} />
          </Group>
        </Group>
        <Text size="sm">{when(meeting)}</Text>
        {meeting.place || meeting.onlineUrl ? (
          <Text size="sm">{meeting.place ?? t("coordination.fields.online")}</Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {[
            meeting.seriesTitle,
            t("coordination.list.counts", {
              invited: meeting.invitedCount,
              attended: meeting.attendedCount,
              decisions: meeting.decisionCount,
            }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      </Stack>
    </Paper>
  );
}
