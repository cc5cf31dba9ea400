import { Button, Group, Input, Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import {
  IconDeviceFloppy,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconLock,
  IconRefresh,
  IconTrash,
} from "@tabler/icons-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { ReportDto } from "../../../shared/periodic-reports.ts";
import { paths } from "../../app/paths.ts";
import { useDownload } from "../../app/use-download.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useReportStep } from "./reports-api.ts";

type Step = "refresh" | "finalise" | "delete";
type ReportToolbarProps = { report: ReportDto; dirty: boolean; saving: boolean; onSave: () => void };

/**
 * What can be done with the report: save, refresh the figures, finalise (asking first, and
 * naming the empty sections), delete a draft; and download it as PDF or XLSX in either language.
 */
export function ReportToolbar({ report, dirty, saving, onSave }: ReportToolbarProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const languageId = useId();
  const steps = useReportStep(report.id);
  const download = useDownload(t("reports.actions.downloadFailed"));
  const [language, setLanguage] = useState<"id" | "en">("id");
  const [asking, setAsking] = useState<Step | null>(null);
  const { abilities } = report;

  const empty = report.emptySections.map((key) => t(`reports.sections.${key}.title`)).join(", ");
  const questions: Record<Step, { title: string; message: string; label: string; danger?: boolean }> = {
    refresh: {
      title: t("reports.actions.refreshTitle"),
      message: t("reports.actions.refreshMessage"),
      label: t("reports.actions.refresh"),
    },
    finalise: {
      title: t("reports.actions.finaliseTitle"),
      message: [
        t("reports.actions.finaliseMessage"),
        ...(report.emptySections.length > 0 ? [t("reports.actions.finaliseEmpty", { sections: empty })] : []),
      ].join(" "),
      label: t("reports.actions.finalise"),
    },
    delete: {
      title: t("reports.actions.deleteTitle"),
      message: t("reports.actions.deleteMessage"),
      label: t("reports.actions.delete"),
      danger: true,
    },
  };
  const pending = steps.refresh.isPending || steps.finalise.isPending || steps.remove.isPending;
  const stepError = (steps.refresh.error ?? steps.finalise.error ?? steps.remove.error)?.message ?? null;

  function confirm() {
    const close = { onSuccess: () => setAsking(null) };
    if (asking === "refresh") steps.refresh.mutate(report.version, close);
    if (asking === "finalise")
      steps.finalise.mutate(report.version, {
        onSuccess: () => {
          setAsking(null);
          notifySuccess(t("reports.actions.finalised"));
        },
      });
    if (asking === "delete")
      steps.remove.mutate(undefined, {
        onSuccess: () => {
          notifySuccess(t("reports.actions.deleted"));
          navigate(paths.reports);
        },
      });
  }

  const get = (format: "pdf" | "xlsx") =>
    download.mutate({
      path: `/reports/${report.id}/${format}`,
      query: { lang: language },
      fallbackName: `laporan.${format}`,
    });
  const canChange = abilities.edit || abilities.refresh || abilities.finalise || abilities.delete;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        {canChange ? (
          <Stack gap={6}>
            <Group gap="sm">
              {abilities.edit ? (
                <Button
                  onClick={onSave}
                  disabled={!dirty}
                  loading={saving}
                  leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                >
                  {t("reports.actions.save")}
                </Button>
              ) : null}
              {abilities.refresh ? (
                <Button
                  variant="default"
                  disabled={dirty}
                  onClick={() => setAsking("refresh")}
                  leftSection={<IconRefresh size={18} aria-hidden />}
                >
                  {t("reports.actions.refresh")}
                </Button>
              ) : null}
              {abilities.finalise ? (
                <Button
                  variant="default"
                  disabled={dirty}
                  onClick={() => setAsking("finalise")}
                  leftSection={<IconLock size={18} aria-hidden />}
                >
                  {t("reports.actions.finalise")}
                </Button>
              ) : null}
              {abilities.delete ? (
                <Button
                  variant="default"
                  color="red"
                  onClick={() => setAsking("delete")}
                  leftSection={<IconTrash size={18} aria-hidden />}
                >
                  {t("reports.actions.delete")}
                </Button>
              ) : null}
            </Group>
            {dirty ? (
              <Text size="sm" c="orange.9">
                {t("reports.editor.saveFirst")}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {abilities.download ? (
          <Group gap="sm" align="flex-end">
            <Input.Wrapper label={t("reports.actions.fileLanguage")} labelElement="div" id={languageId}>
              <SegmentedControl
                mt={4}
                aria-labelledby={`${languageId}-label`}
                data={[
                  { value: "id", label: t("reports.actions.languageId") },
                  { value: "en", label: t("reports.actions.languageEn") },
                ]}
                value={language}
                onChange={(value) => setLanguage(value === "en" ? "en" : "id")}
              />
            </Input.Wrapper>
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={18} aria-hidden />}
              loading={download.isPending && download.variables?.path.endsWith("/pdf")}
              onClick={() => get("pdf")}
            >
              {t("reports.actions.downloadPdf")}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              loading={download.isPending && download.variables?.path.endsWith("/xlsx")}
              onClick={() => get("xlsx")}
            >
              {t("reports.actions.downloadXlsx")}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <ConfirmModal
        opened={asking !== null}
        title={asking ? questions[asking].title : ""}
        message={asking ? questions[asking].message : ""}
        confirmLabel={asking ? questions[asking].label : ""}
        danger={asking ? questions[asking].danger : false}
        loading={pending}
        error={stepError}
        onConfirm={confirm}
        onClose={() => setAsking(null)}
      />
    </Paper>
  );
}
