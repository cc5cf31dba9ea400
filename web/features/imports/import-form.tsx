import { Button, FileInput, Paper, Radio, Stack, Switch, Text, Title } from "@mantine/core";
import { IconFileUpload, IconListCheck } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ImportFormat, importFormats } from "../../../shared/imports.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { type StartImport, useStartImport } from "./imports-api.ts";

type ImportFormProps = {
  /** A dry run of the file has started: the page shows it, and keeps the file to import it after. */
  onChecked: (id: string, request: StartImport) => void;
};

/**
 * Choose the format and the file, then check it: the form only ever starts a dry run. The real
 * import is one tap away on the dry run's result, after its counts and rejected rows are seen.
 */
export function ImportForm({ onChecked }: ImportFormProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ImportFormat>("gugus-template");
  const [file, setFile] = useState<File | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(true);
  const start = useStartImport();
  const { errors, formError, showApiError, setErrors, reset } = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setErrors({ file: t("imports.form.fileRequired") });
      return;
    }
    reset();
    const request = { file, format, allOrNothing, dryRun: true };
    start.mutate(request, {
      onSuccess: ({ id }) => onChecked(id, request),
      onError: showApiError,
    });
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="import-form-title">
            {t("imports.form.title")}
          </Title>
          <Radio.Group
            label={t("imports.form.format")}
            value={format}
            onChange={(value) => setFormat(value as ImportFormat)}
            error={errors.format}
          >
            <Stack gap="sm" mt="xs">
              {importFormats.map((f) => (
                <Radio
                  key={f}
                  value={f}
                  label={t(`imports.formats.${f}`)}
                  description={t(`imports.form.formatHelp.${f}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <FileInput
            label={t("imports.form.file")}
            // The placeholder would be drawn as grey text too faint for WCAG contrast: a description instead.
            description={t("imports.form.filePlaceholder")}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setErrors({});
            }}
            leftSection={<IconFileUpload size={18} aria-hidden />}
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            // The input is a button: aria-required is not allowed on one, so only the asterisk shows it.
            withAsterisk
            error={errors.file}
            size="md"
          />
          <Switch
            label={t("imports.form.allOrNothing")}
            description={t("imports.form.allOrNothingHelp")}
            checked={allOrNothing}
            onChange={(event) => setAllOrNothing(event.currentTarget.checked)}
          />
          <FormErrorAlert message={formError} />
          <Text size="sm" c="dimmed">
            {t("imports.form.checkHelp")}
          </Text>
          <Button
            type="submit"
            size="md"
            loading={start.isPending}
            leftSection={<IconListCheck size={18} aria-hidden />}
            style={{ alignSelf: "flex-start" }}
          >
            {t("imports.form.check")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
