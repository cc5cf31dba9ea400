import { Alert, Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { ReportDto } from "../../../shared/periodic-reports.ts";
import { paths } from "../../app/paths.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { ReportStatusBadge } from "./report-badges.tsx";
import { ReportEditor } from "./report-editor.tsx";
import { useReportLabels } from "./report-labels.ts";
import { useReport, useReportStep } from "./reports-api.ts";

/** The build's bar and its current step; the page polls until the editor can open. */
function BuildProgress({ report }: { report: ReportDto }) {
  const { t } = useTranslation();
  const percent = Math.round(report.progress * 100);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-build-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="report-build-title">
          {t("reports.build.title")}
        </Title>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} role="status" aria-live="polite">
            {t(`reports.steps.${report.progressStep ?? "queued"}`)}
          </Text>
          <Text fw={600} aria-hidden>
            {t("reports.build.percent", { percent })}
          </Text>
        </Group>
        <Progress value={percent} size="lg" animated aria-label={t("reports.build.progressLabel")} />
        <Text size="sm" c="dimmed">
          {t("reports.build.live")}
        </Text>
      </Stack>
    </Paper>
  );
}

/** A build that failed: why, and (for the secretariat) a way to clear it away. */
function BuildFailed({ report }: { report: ReportDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const steps = useReportStep(report.id);
  const [asking, setAsking] = useState(false);
  return (
    <Alert color="red" role="alert" title={t("reports.build.failedTitle")}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{report.error}</Text>
        {report.abilities.delete ? (
          <Button
            variant="outline"
            color="red"
            size="xs"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setAsking(true)}
          >
            {t("reports.actions.delete")}
          </Button>
        ) : null}
      </Stack>
      <ConfirmModal
        opened={asking}
        title={t("reports.actions.deleteTitle")}
        message={t("reports.actions.deleteMessage")}
        confirmLabel={t("reports.actions.delete")}
        danger
        loading={steps.remove.isPending}
        error={steps.remove.error?.message ?? null}
        onConfirm={() => steps.remove.mutate(undefined, { onSuccess: () => navigate(paths.reports) })}
        onClose={() => setAsking(false)}
      />
    </Alert>
  );
}

/**
 * `/laporan/:reportId`: one report. While it builds, its progress; once built, the editor
 * (or, final or for leadership, the report to read and download).
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { reportId } = useParams();
  const formatDateTime = useFormatDateTime();
  const labels = useReportLabels();
  const query = useReport(reportId);
  const report = query.data;
  return (
    <>
      <Anchor component={Link} to={paths.reports} size="sm" mb="sm" display="inline-flex" style={{ gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden /> {t("reports.back")}
      </Anchor>
      {query.isPending ? <InlineLoader /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {report ? (
        <>
          <PageHeader title={report.title} />
          <Stack gap={6} mt={-8} mb="md">
            <Group gap="xs">
              <ReportStatusBadge status={report.status} />
              <Badge variant="outline" color="gray">
                {labels.kind(report)}
              </Badge>
            </Group>
            <Text size="sm">
              {labels.period(report)} · {labels.area(report)}
              {report.cutoff ? ` · ${t("reports.editor.cutoff")} ${formatDateTime(report.cutoff)}` : ""}
            </Text>
          </Stack>
          {report.status === "building" ? <BuildProgress report={report} /> : null}
          {report.status === "failed" ? <BuildFailed report={report} /> : null}
          {report.status === "draft" || report.status === "final" ? (
            // A new version (a save, a refresh, someone else's change) starts the editor over from it.
            <ReportEditor
              key={`${report.id}:${report.version}`}
              report={report}
              onReload={() => void query.refetch()}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
