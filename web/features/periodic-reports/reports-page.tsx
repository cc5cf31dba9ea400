import { Anchor, Button, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { ReportStatusBadge } from "./report-badges.tsx";
import { ReportForm } from "./report-form.tsx";
import { useReportLabels } from "./report-labels.ts";
import { useReportList } from "./reports-api.ts";

/** Every report the caller may read, newest first: what it covers, where it stands. */
function ReportList({ manages }: { manages: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const labels = useReportLabels();
  const list = useReportList();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="report-list-title">
      <Title order={2} size="h3" id="report-list-title">
        {t("reports.list.title")}
      </Title>
      {manages ? null : <Text size="sm">{t("reports.list.leadershipNote")}</Text>}
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && items.length === 0 ? (
        <Text>{t(manages ? "reports.list.empty" : "reports.list.emptyFinal")}</Text>
      ) : null}
      {items.length > 0 ? (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((report) => (
            <Paper component="li" key={report.id} withBorder p="md" radius="md">
              <Stack gap={6}>
                <Anchor
                  component={Link}
                  to={paths.report(report.id)}
                  fw={700}
                  style={{ overflowWrap: "anywhere" }}
                >
                  {report.title}
                </Anchor>
                <Group gap="xs">
                  <ReportStatusBadge status={report.status} />
                  <Text size="sm">
                    {labels.kind(report)} · {labels.period(report)} · {labels.area(report)}
                  </Text>
                </Group>
                {report.status === "building" ? (
                  <Progress
                    value={Math.round(report.progress * 100)}
                    size="sm"
                    aria-label={t("reports.list.building", { percent: Math.round(report.progress * 100) })}
                  />
                ) : null}
                <Text size="sm" c="dimmed">
                  {report.finalisedAt
                    ? t("reports.list.finalised", { date: formatDateTime(report.finalisedAt) })
                    : t("reports.list.created", {
                        date: formatDateTime(report.createdAt),
                        name: report.createdByName ?? "Gugus",
                      })}
                </Text>
                {report.error ? (
                  <Text size="sm" c="red.9">
                    {report.error}
                  </Text>
                ) : null}
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

/**
 * `/laporan`: the task force's periodic reports. The secretariat starts a report here (the form
 * opens above the list) and is taken to it while it builds; leadership sees the final ones.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const manages = useCan("report.manage");
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t("reports.title")}
        description={t("reports.intro")}
        actions={
          manages && !creating ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t("reports.form.open")}
            </Button>
          ) : null
        }
      />
      {creating ? (
        <ReportForm onCreated={(id) => navigate(paths.report(id))} onCancel={() => setCreating(false)} />
      ) : null}
      <ReportList manages={manages} />
    </>
  );
}
