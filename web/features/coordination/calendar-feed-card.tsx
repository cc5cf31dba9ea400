import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconCalendarShare, IconRefresh, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan } from "../../app/session-context.tsx";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { CopyValueButton } from "../../ui/copy-value-button.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { useCalendarFeed, useIssueCalendarFeed, useRevokeCalendarFeed } from "./coordination-api.ts";

/**
 * The account's personal calendar feed: a secret link a calendar app subscribes to, listing the
 * meetings the user or their organisation is invited to. Anyone holding the link reads the
 * feed, so it can be replaced or switched off here.
 */
export function CalendarFeedCard() {
  const canRead = useCan("coordination.read");
  if (!canRead) return null;
  return <FeedCard />;
}

function FeedCard() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const feed = useCalendarFeed();
  const issue = useIssueCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [confirm, setConfirm] = useState<"regenerate" | "revoke" | null>(null);
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("coordination.feed.title")}
        </Title>
        <Text size="sm">{t("coordination.feed.intro")}</Text>
        {feed.isPending ? <InlineLoader /> : null}
        {feed.isError ? <QueryError error={feed.error} onRetry={() => void feed.refetch()} /> : null}
        {feed.data && !feed.data.url ? (
          <Button
            leftSection={<IconCalendarShare size={18} aria-hidden />}
            loading={issue.isPending}
            onClick={() =>
              issue.mutate(undefined, { onSuccess: () => notifySuccess(t("coordination.feed.created")) })
            }
            style={{ alignSelf: "flex-start" }}
          >
            {t("coordination.feed.create")}
          </Button>
        ) : null}
        {feed.data?.url ? (
          <>
            <Alert color="yellow">{t("coordination.feed.secret")}</Alert>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere", minWidth: 0 }}>
                {feed.data.url}
              </Text>
              <CopyValueButton value={feed.data.url} label={t("coordination.feed.copy")} />
            </Group>
            {feed.data.webcalUrl ? (
              <Anchor href={feed.data.webcalUrl} size="sm">
                {t("coordination.feed.subscribe")}
              </Anchor>
            ) : null}
            <Text size="xs" c="dimmed">
              {t("coordination.feed.made", { at: formatDateTime(feed.data.createdAt) })}
              {feed.data.lastUsedAt
                ? ` · ${t("coordination.feed.lastUsed", { at: formatDateTime(feed.data.lastUsedAt) })}`
                : ""}
            </Text>
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} aria-hidden />}
                onClick={() => setConfirm("regenerate")}
              >
                {t("coordination.feed.regenerate")}
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setConfirm("revoke")}
              >
                {t("coordination.feed.revoke")}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
      <ConfirmModal
        opened={confirm !== null}
        title={
          confirm === "revoke" ? t("coordination.feed.revokeTitle") : t("coordination.feed.regenerateTitle")
        }
        message={
          confirm === "revoke" ? t("coordination.feed.revokeBody") : t("coordination.feed.regenerateBody")
        }
        confirmLabel={
          confirm === "revoke" ? t("coordination.feed.revoke") : t("coordination.feed.regenerate")
        }
        danger={confirm === "revoke"}
        loading={issue.isPending || revoke.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          confirm === "revoke"
            ? revoke.mutate(undefined, { onSuccess: () => setConfirm(null) })
            : issue.mutate(undefined, { onSuccess: () => setConfirm(null) })
        }
      />
    </Card>
  );
}
