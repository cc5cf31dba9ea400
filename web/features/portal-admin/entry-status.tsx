import { Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EntrySummary } from "../../../shared/portal.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";

const statusColors = { draft: "gray", in_review: "orange", published: "teal" } as const;

/** The working copy's state, and whether the public sees the entry at all. */
export function EntryStatusBadges({ entry }: { entry: EntrySummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" color={statusColors[entry.status]}>
        {t(`portal.status.${entry.status}`)}
      </Badge>
      {entry.liveVersion !== null ? (
        <Badge variant="outline" color="teal.9">
          {t("portal.status.live")}
        </Badge>
      ) : (
        <Badge variant="outline" color="gray.8">
          {t("portal.status.offline")}
        </Badge>
      )}
    </Group>
  );
}

/** What the public reads now, and what will replace it when. */
export function PublicationNote({ entry }: { entry: EntrySummary }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <>
      {entry.liveVersion !== null ? (
        <Text size="sm">
          {t("portal.publication.live", {
            version: entry.liveVersion,
            since: formatDateTime(entry.liveSince),
          })}
        </Text>
      ) : null}
      {entry.scheduledVersion !== null ? (
        <Text size="sm" c="orange.9">
          {t("portal.publication.scheduled", {
            version: entry.scheduledVersion,
            at: formatDateTime(entry.scheduledAt),
          })}
        </Text>
      ) : null}
      {entry.latestVersion !== entry.liveVersion && entry.latestVersion !== entry.scheduledVersion ? (
        <Text size="sm" c="dimmed">
          {t("portal.publication.unpublished", { version: entry.latestVersion })}
        </Text>
      ) : null}
    </>
  );
}
