import { Alert, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle, IconDeviceFloppy, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MAX_TITLE_LENGTH,
  type NarrativeSection,
  narrativeSections,
  type ReportDto,
} from "../../../shared/periodic-reports.ts";
import { isApiError } from "../../app/api-client.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { ReportSection } from "./report-sections.tsx";
import { ReportToolbar } from "./report-toolbar.tsx";
import { useReportStep } from "./reports-api.ts";

type ReportEditorProps = { report: ReportDto; onReload: () => void };

/**
 * A built report: the title and each section's text (editable while it is a draft the caller
 * may edit) with the figures printed under it, the steps (save, refresh, finalise, delete) and
 * the downloads. A save names the version it was made from; a report changed elsewhere in the
 * meantime is refused and the page says so instead of overwriting someone's words.
 */
export function ReportEditor({ report, onReload }: ReportEditorProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const steps = useReportStep(report.id);
  const editable = report.abilities.edit;
  const [title, setTitle] = useState(report.title);
  const [texts, setTexts] = useState<Record<NarrativeSection, string>>(report.narrative);
  const [conflict, setConflict] = useState<string | null>(null);

  const changed = narrativeSections.filter((key) => texts[key] !== report.narrative[key]);
  const titleChanged = title.trim() !== report.title && title.trim() !== "";
  const dirty = changed.length > 0 || titleChanged;

  function save() {
    setConflict(null);
    steps.save.mutate(
      {
        version: report.version,
        ...(titleChanged ? { title: title.trim() } : {}),
        sections: Object.fromEntries(changed.map((key) => [key, texts[key]])),
      },
      {
        onSuccess: () => notifySuccess(t("reports.actions.saved")),
        onError: (error) => {
          if (isApiError(error, "conflict")) setConflict(error.message);
        },
      },
    );
  }

  const saveError = steps.save.error && !conflict ? steps.save.error.message : null;
  return (
    <Stack gap="lg">
      {report.status === "final" && report.finalisedAt ? (
        <Alert color="teal" role="status">
          {t("reports.editor.finalNotice", {
            date: formatDateTime(report.finalisedAt),
            name: report.finalisedByName ?? "Gugus",
          })}
        </Alert>
      ) : null}
      {report.status === "draft" && report.error ? (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle aria-hidden />}
          title={t("reports.editor.refreshFailed")}
        >
          {report.error}
        </Alert>
      ) : null}
      <ReportToolbar report={report} dirty={dirty} saving={steps.save.isPending} onSave={save} />
      {conflict ? (
        <Alert color="red" role="alert" title={t("reports.editor.staleTitle")}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{conflict}</Text>
            <Button
              variant="outline"
              color="red"
              size="xs"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onReload}
            >
              {t("reports.editor.reload")}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      {saveError ? (
        <Alert color="red" role="alert" title={t("reports.actions.saveFailed")}>
          {saveError}
        </Alert>
      ) : null}
      {editable ? (
        <TextInput
          label={t("reports.editor.reportTitle")}
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
      ) : null}
      {narrativeSections.map((section, index) => (
        <ReportSection
          key={section}
          section={section}
          index={index}
          text={texts[section]}
          editable={editable}
          figures={report.figures}
          regionChosen={report.region !== null}
          figuresNote={t("reports.editor.figuresNote", { time: formatDateTime(report.cutoff) })}
          onChange={(text) => setTexts((current) => ({ ...current, [section]: text }))}
        />
      ))}
      <Paper withBorder p="md" radius="md">
        <Text size="sm" fw={600}>
          {t("reports.editor.signatory")}
        </Text>
        <Text size="sm">
          {report.signatory
            ? [
                t(
                  `reports.editor.signatoryRole.${report.signatory.position === "ketua" ? "ketua" : "ketua_harian"}`,
                ),
                report.signatory.name,
                report.signatory.title,
              ]
                .filter(Boolean)
                .join(" · ")
            : t("reports.editor.signatoryNone")}
        </Text>
      </Paper>
      {editable ? (
        <Group>
          <Button
            onClick={save}
            disabled={!dirty}
            loading={steps.save.isPending}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t("reports.actions.save")}
          </Button>
          {dirty ? (
            <Text size="sm" c="orange.9">
              {t("reports.editor.unsaved")}
            </Text>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
