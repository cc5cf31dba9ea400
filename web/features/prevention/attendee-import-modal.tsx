import { Alert, Button, Checkbox, FileInput, Group, Modal, Stack, Table, Text } from "@mantine/core";
import { IconDownload, IconFileSpreadsheet } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AttendeeImportResult } from "../../../shared/prevention.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { readAsBase64 } from "../cases/document-file.ts";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { saveBlob, useImportAttendees } from "./prevention-api.ts";

const MAX_MB = 2;

/**
 * A list from a spreadsheet in two steps: check the file (nothing is saved; every refused row
 * shows with its reason), then import. Rows refused are only left out when the user says so.
 */
export function AttendeeImportModal({
  activityId,
  opened,
  onClose,
}: {
  activityId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  const importer = useImportAttendees(activityId);
  const form = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<AttendeeImportResult | null>(null);
  const [skipRejected, setSkipRejected] = useState(false);

  function close() {
    setFile(null);
    setContent(null);
    setPreview(null);
    setSkipRejected(false);
    form.reset();
    onClose();
  }

  async function check() {
    if (!file) {
      form.setErrors({ contentBase64: t("prevention.import.chooseFile") });
      return;
    }
    if (file.size > MAX_MB * 1024 * 1024) {
      form.setErrors({ contentBase64: t("prevention.import.tooLarge", { maximum: MAX_MB }) });
      return;
    }
    const base64 = await readAsBase64(file);
    setContent(base64);
    importer.mutate(
      { fileName: file.name, contentBase64: base64, commit: false, skipRejected: false },
      { onSuccess: setPreview, onError: form.showApiError },
    );
  }

  function commit() {
    if (!file || !content) return;
    importer.mutate(
      { fileName: file.name, contentBase64: content, commit: true, skipRejected },
      {
        onSuccess: (result) => {
          notifySuccess(t("prevention.import.done", { count: result.created }));
          close();
        },
        onError: form.showApiError,
      },
    );
  }

  async function template(format: "csv" | "xlsx") {
    try {
      await saveBlob(`/prevention/attendee-template?format=${format}`, `daftar-hadir.${format}`);
    } catch (error) {
      notifyError(t("prevention.import.templateFailed"), error instanceof Error ? error.message : "");
    }
  }

  const rejectedRows = new Set(preview?.rejected.map((r) => r.row) ?? []).size;

  return (
    <Modal
      {...phoneModal}
      opened={opened}
      onClose={close}
      title={t("prevention.import.title")}
      size="xl"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack gap="md">
        <Text size="sm">{t("prevention.import.intro")}</Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void template("xlsx")}
          >
            {t("prevention.import.templateXlsx")}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void template("csv")}
          >
            {t("prevention.import.templateCsv")}
          </Button>
        </Group>
        <FormErrorAlert
          message={form.formError}
          extra={form.errors.skipRejected ? [form.errors.skipRejected] : []}
        />
        <FileInput
          label={t("prevention.import.file")}
          description={t("prevention.import.fileHint", { maximum: MAX_MB })}
          accept=".csv,.xlsx"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setPreview(null);
            setContent(null);
            form.reset();
          }}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          error={form.errors.contentBase64 ?? form.errors.fileName}
        />
        {!preview ? (
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button onClick={() => void check()} loading={importer.isPending}>
              {t("prevention.import.check")}
            </Button>
          </Group>
        ) : (
          <ImportPreview
            preview={preview}
            rejectedRows={rejectedRows}
            skipRejected={skipRejected}
            onSkipRejected={setSkipRejected}
            pending={importer.isPending}
            onCommit={commit}
            onCancel={close}
          />
        )}
      </Stack>
    </Modal>
  );
}

function ImportPreview(props: {
  preview: AttendeeImportResult;
  rejectedRows: number;
  skipRejected: boolean;
  onSkipRejected: (value: boolean) => void;
  pending: boolean;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { preview, rejectedRows } = props;
  const accepted = preview.accepted.length;
  return (
    <Stack gap="md">
      <Alert color={rejectedRows > 0 ? "orange" : "teal"} role="status">
        {t("prevention.import.summary", { read: preview.rowsRead, accepted, rejected: rejectedRows })}
      </Alert>
      {preview.rejected.length > 0 ? (
        <div>
          <Text fw={600} mb={4}>
            {t("prevention.import.rejectedTitle")}
          </Text>
          <Table.ScrollContainer minWidth={420}>
            <Table withTableBorder striped aria-label={t("prevention.import.rejectedTitle")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("prevention.import.row")}</Table.Th>
                  <Table.Th scope="col">{t("prevention.import.column")}</Table.Th>
                  <Table.Th scope="col">{t("prevention.import.reason")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rejected.map((r) => (
                  <Table.Tr key={`${r.row}-${r.field}`}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td ff="monospace">{r.field}</Table.Td>
                    <Table.Td>{r.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      ) : null}
      {accepted > 0 ? (
        <div>
          <Text fw={600} mb={4}>
            {t("prevention.import.acceptedTitle")}
          </Text>
          <Table.ScrollContainer minWidth={420} maxHeight={280}>
            <Table withTableBorder striped aria-label={t("prevention.import.acceptedTitle")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("prevention.import.row")}</Table.Th>
                  <Table.Th scope="col">{t("prevention.attendees.name")}</Table.Th>
                  <Table.Th scope="col">{t("prevention.attendees.affiliation")}</Table.Th>
                  <Table.Th scope="col">{t("prevention.attendees.sex")}</Table.Th>
                  <Table.Th scope="col">{t("prevention.attendees.ageBand")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.accepted.map((a) => (
                  <Table.Tr key={a.row}>
                    <Table.Td>{a.row}</Table.Td>
                    <Table.Td>{a.name}</Table.Td>
                    <Table.Td>{a.affiliation ?? "–"}</Table.Td>
                    <Table.Td>{t(`prevention.sex.${a.sex}`)}</Table.Td>
                    <Table.Td>{t(`prevention.ageBands.${a.ageBand}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      ) : null}
      {rejectedRows > 0 && accepted > 0 ? (
        <Checkbox
          label={t("prevention.import.skipRejected", { accepted, rejected: rejectedRows })}
          checked={props.skipRejected}
          onChange={(event) => props.onSkipRejected(event.currentTarget.checked)}
        />
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t("common.cancel")}
        </Button>
        <Button
          onClick={props.onCommit}
          loading={props.pending}
          disabled={accepted === 0 || (rejectedRows > 0 && !props.skipRejected)}
        >
          {t("prevention.import.commit", { count: accepted })}
        </Button>
      </Group>
    </Stack>
  );
}
