import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "../../app/paths.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { ImportKindBadge, ImportStatusBadge } from "./import-badges.tsx";
import { useImportHistory } from "./imports-api.ts";

/** Every import and dry run of the task force, newest first, each opening its result. */
export function ImportHistory({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const list = useImportHistory();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-history-title">
      <Title order={2} size="h3" id="import-history-title">
        {t("imports.history.title")}
      </Title>
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && items.length === 0 ? <Text>{t("imports.history.empty")}</Text> : null}
      {items.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("imports.history.listLabel")}
        >
          {items.map((item) => (
            <Paper
              component="li"
              key={item.id}
              withBorder
              p="md"
              radius="md"
              bg={item.id === selectedId ? "var(--mantine-color-blue-light)" : undefined}
            >
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={paths.import(item.id)}
                    fw={700}
                    style={{ overflowWrap: "anywhere" }}
                    aria-label={t("imports.history.open", { fileName: item.fileName })}
                    aria-current={item.id === selectedId ? "page" : undefined}
                  >
                    {item.fileName}
                  </Anchor>
                  <Group gap={6} wrap="nowrap">
                    <ImportKindBadge dryRun={item.dryRun} />
                    <ImportStatusBadge status={item.status} />
                  </Group>
                </Group>
                <Text size="sm" c="dimmed">
                  {t(`imports.formats.${item.format}`)} · {item.requestedByName} ·{" "}
                  {formatDateTime(item.createdAt)}
                </Text>
                {item.message ? <Text size="sm">{item.message}</Text> : null}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
