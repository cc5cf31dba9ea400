import { Button, FileInput, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { IconPaperclip } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ActionItemDetailDto,
  type ActionItemStatus,
  MAX_UPDATE_ATTACHMENTS,
  postActionItemUpdateInputSchema,
} from "../../../shared/action-items.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { ATTACHMENT_MAX_MB, acceptedExtensions, mimeTypeOf, readAsBase64 } from "../cases/document-file.ts";
import { useReportOnActionItem } from "./action-items-api.ts";
import { useFollowUpForm } from "./use-follow-up-form.ts";

const shownFields = ["note", "status", "reason", "attachments"];

/**
 * The owner's report: what was done (a note), where it stands now (a status the item may move
 * to), why it is dropped, and photos or letters as proof. One report, one line of history.
 */
export function ReportForm({ item }: { item: ActionItemDetailDto }) {
  const { t } = useTranslation();
  const form = useFollowUpForm();
  const report = useReportOnActionItem(item.id);
  const [status, setStatus] = useState<ActionItemStatus | null>(null);
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [reading, setReading] = useState(false);
  const reopening = status !== null && (item.status === "done" || item.status === "dropped");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const unknown = files.find((file) => mimeTypeOf(file) === null);
    if (unknown) {
      form.setFormError(t("followUp.report.fileType", { name: unknown.name }));
      return;
    }
    if (files.reduce((sum, f) => sum + f.size, 0) > ATTACHMENT_MAX_MB * 1024 * 1024) {
      form.setFormError(t("followUp.report.filesTooLarge", { max: ATTACHMENT_MAX_MB }));
      return;
    }
    setReading(true);
    let attachments: { fileName: string; mimeType: string; contentBase64: string }[];
    try {
      attachments = await Promise.all(
        files.map(async (file) => ({
          fileName: file.name,
          mimeType: mimeTypeOf(file)!,
          contentBase64: await readAsBase64(file),
        })),
      );
    } catch {
      form.setFormError(t("followUp.report.fileUnreadable"));
      return;
    } finally {
      setReading(false);
    }
    const input = form.validate(postActionItemUpdateInputSchema, {
      note: blankToUndefined(note) ?? null,
      status,
      reason: status === "dropped" ? (blankToUndefined(reason) ?? null) : null,
      attachments,
    });
    if (!input) return;
    report.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(
          saved.status !== item.status
            ? t("followUp.report.savedStatus", { status: t(`followUp.status.${saved.status}`) })
            : t("followUp.report.saved"),
        );
        setStatus(null);
        setNote("");
        setReason("");
        setFiles([]);
        form.reset();
      },
      onError: form.showApiError,
    });
  }

  return (
    <form
      ref={form.formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="report-title"
    >
      <Stack gap="md">
        <Text id="report-title" fw={700} size="lg">
          {t("followUp.report.title")}
        </Text>
        <FormErrorAlert
          message={form.formError}
          extra={form.unplaced((f) => shownFields.some((s) => f.startsWith(s)))}
        />
        <Select
          label={t("followUp.report.newStatus")}
          placeholder={t("followUp.report.keepStatus", { status: t(`followUp.status.${item.status}`) })}
          data={item.nextStatuses.map((value) => ({ value, label: t(`followUp.status.${value}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(value as ActionItemStatus | null);
            form.clear("status");
          }}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          error={form.errors.status}
        />
        {status === "dropped" ? (
          <Textarea
            label={t("followUp.report.reason")}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              form.clear("reason");
            }}
            error={form.errors.reason}
          />
        ) : null}
        <Textarea
          label={t("followUp.report.note")}
          description={reopening ? t("followUp.report.reopenHint") : t("followUp.report.noteHint")}
          required={reopening || status === null}
          autosize
          minRows={3}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            form.clear("note");
          }}
          error={form.errors.note}
        />
        <FileInput
          label={t("followUp.report.files")}
          description={t("followUp.report.filesHint", {
            count: MAX_UPDATE_ATTACHMENTS,
            max: ATTACHMENT_MAX_MB,
          })}
          leftSection={<IconPaperclip size={16} aria-hidden />}
          multiple
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          accept={acceptedExtensions}
          value={files}
          onChange={(picked) => {
            setFiles(picked.slice(0, MAX_UPDATE_ATTACHMENTS));
            form.clear("attachments");
          }}
          error={
            form.errors.attachments ??
            Object.entries(form.errors).find(([k]) => k.startsWith("attachments."))?.[1]
          }
        />
        <Group justify="flex-end">
          <Button type="submit" loading={reading || report.isPending}>
            {t("followUp.report.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
