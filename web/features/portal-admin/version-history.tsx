import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EntryDto } from "../../../shared/portal.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { MarkdownPreview } from "./markdown-field.tsx";
import { useEntryVersion, useRestoreVersion } from "./portal-api.ts";

/** Every saved version: who saved it and when, whether it was published; view or bring one back. */
export function VersionHistory({ entry, dirty }: { entry: EntryDto; dirty: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const restore = useRestoreVersion(entry.id);
  const [viewing, setViewing] = useState<number | null>(null);

  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} size="h4" mb="sm">
        {t("portal.versions.title")}
      </Title>
      <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {entry.versions.map((version) => (
          <Group key={version.number} component="li" justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Group gap={6}>
                <Text fw={700}>{t("portal.versions.number", { number: version.number })}</Text>
                {version.number === entry.liveVersion ? (
                  <Badge size="sm" color="teal" variant="light">
                    {t("portal.status.live")}
                  </Badge>
                ) : null}
                {version.publishedFrom && version.number !== entry.liveVersion ? (
                  <Badge size="sm" color="gray" variant="light">
                    {t("portal.versions.wasPublished", { at: formatDateTime(version.publishedFrom) })}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {t("portal.versions.savedBy", {
                  at: formatDateTime(version.createdAt),
                  name: version.createdByName ?? t("portal.versions.system"),
                })}
                {version.restoredFrom
                  ? ` · ${t("portal.versions.restoredFrom", { number: version.restoredFrom })}`
                  : ""}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setViewing(version.number)}>
                {t("portal.versions.view", { number: version.number })}
              </Button>
              {version.number !== entry.latestVersion && entry.abilities.edit ? (
                <Button
                  size="xs"
                  variant="subtle"
                  disabled={dirty}
                  loading={restore.isPending && restore.variables === version.number}
                  onClick={() =>
                    restore.mutate(version.number, {
                      onSuccess: () =>
                        notifySuccess(t("portal.versions.restored", { number: version.number })),
                      onError: (error) => notifyError(t("portal.workflow.failed"), error.message),
                    })
                  }
                >
                  {t("portal.versions.restore", { number: version.number })}
                </Button>
              ) : null}
            </Group>
          </Group>
        ))}
      </Stack>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        size="lg"
        title={viewing !== null ? t("portal.versions.number", { number: viewing }) : ""}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {viewing !== null ? <VersionView entryId={entry.id} number={viewing} /> : null}
      </Modal>
    </Card>
  );
}

function VersionView({ entryId, number }: { entryId: string; number: number }) {
  const version = useEntryVersion(entryId, number);
  if (version.isPending) return <InlineLoader />;
  if (version.isError) return <QueryError error={version.error} onRetry={() => void version.refetch()} />;
  const v = version.data;
  return (
    <Stack gap="sm">
      <Title order={3}>{v.titleId}</Title>
      {v.summaryId ? <Text c="dimmed">{v.summaryId}</Text> : null}
      <MarkdownPreview source={v.bodyId} />
      {v.titleEn || v.bodyEn ? (
        <Stack gap="sm" lang="en" pt="md" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
          <Title order={3}>{v.titleEn}</Title>
          {v.summaryEn ? <Text c="dimmed">{v.summaryEn}</Text> : null}
          <MarkdownPreview source={v.bodyEn} />
        </Stack>
      ) : null}
    </Stack>
  );
}
