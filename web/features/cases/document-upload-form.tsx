import { Button, FileInput, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { documentCategories, uploadDocumentInputSchema } from "../../../shared/case-documents.ts";
import type { CasePersonDto } from "../../../shared/people.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { ATTACHMENT_MAX_MB, acceptedExtensions, mimeTypeOf, readAsBase64 } from "./document-file.ts";
import { useUploadDocument } from "./documents-api.ts";

type Category = (typeof documentCategories)[number];

/** Upload: checked here for type and size with the server's own wording, then sent as base64 JSON. */
export function DocumentUploadForm({
  caseId,
  people,
  onDone,
}: {
  caseId: string;
  people: CasePersonDto[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadDocument(caseId);
  const form = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [category, setCategory] = useState<Category>("other");
  const [casePersonId, setCasePersonId] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      form.setErrors({ fileName: t("cases.documents.chooseFile") });
      return;
    }
    const mimeType = mimeTypeOf(file);
    if (!mimeType) {
      form.setErrors({ fileName: t("cases.documents.unsupportedType") });
      return;
    }
    if (file.size > ATTACHMENT_MAX_MB * 1024 * 1024) {
      form.setErrors({ fileName: t("cases.documents.tooLarge", { maximum: ATTACHMENT_MAX_MB }) });
      return;
    }
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      form.setFormError(t("cases.documents.readFailed"));
      return;
    } finally {
      setReading(false);
    }
    const parsed = form.validate(uploadDocumentInputSchema, {
      fileName: file.name,
      mimeType,
      contentBase64,
      category,
      casePersonId,
    });
    if (!parsed) return;
    upload.mutate(parsed, {
      onSuccess: (saved) => {
        notifySuccess(t("cases.documents.uploaded", { name: saved.fileName }));
        onDone();
      },
      onError: form.showApiError,
    });
  }

  // The content's problems are about the chosen file: they show under the file input.
  const fileError = form.errors.fileName ?? form.errors.contentBase64 ?? form.errors.mimeType;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} />
        <FileInput
          label={t("cases.documents.file")}
          description={t("cases.documents.fileHint", { maximum: ATTACHMENT_MAX_MB })}
          placeholder={t("cases.documents.choose")}
          required
          accept={acceptedExtensions}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            form.reset();
          }}
          leftSection={<IconUpload size={16} aria-hidden />}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          error={fileError}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("cases.documents.category")}
            data={documentCategories.map((value) => ({
              value,
              label: t(`cases.documents.categories.${value}`),
            }))}
            value={category}
            onChange={(value) => value && setCategory(value as Category)}
            allowDeselect={false}
            error={form.errors.category}
          />
          <Select
            label={t("cases.documents.person")}
            placeholder={t("cases.fields.optional")}
            data={people.map((person) => ({
              value: person.id,
              label: `${person.code} (${t(`cases.people.roles.${person.role}`)})`,
            }))}
            value={casePersonId}
            onChange={setCasePersonId}
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            error={form.errors.casePersonId}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t("cases.documents.encrypted")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={reading || upload.isPending}>
            {t("cases.documents.upload")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
