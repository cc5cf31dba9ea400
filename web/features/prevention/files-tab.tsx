import {
  ActionIcon,
  Button,
  FileInput,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconDownload, IconTrash, IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ActivityDto,
  type ActivityFileDto,
  type ActivityFileKind,
  type ActivityFileMimeType,
  activityFileMimeTypes,
  activityFileTypes,
  photoMimeTypes,
  uploadActivityFileInputSchema,
} from "../../../shared/prevention.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { ATTACHMENT_MAX_MB, formatSize, readAsBase64 } from "../cases/document-file.ts";
import {
  saveBlob,
  useActivityFiles,
  useDeleteActivityFile,
  useUploadActivityFile,
} from "./prevention-api.ts";

/** The declared type of a file, from the browser's guess when it is one we take, else from its name. */
function mimeTypeOf(file: File, kind: ActivityFileKind): ActivityFileMimeType | null {
  const allowed = kind === "photo" ? photoMimeTypes : activityFileMimeTypes;
  const lower = file.name.toLowerCase();
  const fits = (type: ActivityFileMimeType) =>
    (activityFileTypes[type] as readonly string[]).some((ext) => lower.endsWith(ext));
  if (allowed.includes(file.type as ActivityFileMimeType) && fits(file.type as ActivityFileMimeType)) {
    return file.type as ActivityFileMimeType;
  }
  return allowed.find(fits) ?? null;
}

const accepted = (kind: ActivityFileKind) =>
  (kind === "photo" ? photoMimeTypes : activityFileMimeTypes)
    .flatMap((type) => activityFileTypes[type])
    .join(",");

/** Materials (slides, leaflets) and photos of the activity, stored encrypted. */
export function FilesTab({ activity }: { activity: ActivityDto }) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const files = useActivityFiles(activity.id);
  const remove = useDeleteActivityFile(activity.id);

  async function download(file: ActivityFileDto) {
    try {
      await saveBlob(`/prevention/activities/${activity.id}/files/${file.id}/content`, file.fileName);
    } catch (error) {
      notifyError(t("prevention.files.downloadFailed"), error instanceof Error ? error.message : "");
    }
  }

  return (
    <Stack gap="lg">
      {activity.abilities.manageFiles ? <UploadForm activityId={activity.id} /> : null}
      {files.isPending ? <InlineLoader /> : null}
      {files.isError ? <QueryError error={files.error} onRetry={() => void files.refetch()} /> : null}
      {files.data && files.data.items.length === 0 ? (
        <Text c="dimmed">{t("prevention.files.empty")}</Text>
      ) : null}
      {(["photo", "material"] as const).map((kind) => {
        const items = files.data?.items.filter((f) => f.kind === kind) ?? [];
        if (items.length === 0) return null;
        return (
          <section key={kind}>
            <Title order={2} size="h4" mb="xs">
              {t(`prevention.files.kinds.${kind}`)}
            </Title>
            <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: "none" }}>
              {items.map((file) => (
                <Paper component="li" key={file.id} withBorder px="sm" py={6} radius="sm">
                  <Group justify="space-between" wrap="nowrap">
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                        {file.fileName}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {formatSize(file.sizeBytes, i18n.language)} · {file.uploadedByName ?? "–"} ·{" "}
                        {formatDateTime(file.createdAt)}
                      </Text>
                    </div>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        size="lg"
                        aria-label={t("prevention.files.download", { name: file.fileName })}
                        onClick={() => void download(file)}
                      >
                        <IconDownload size={18} aria-hidden />
                      </ActionIcon>
                      {activity.abilities.manageFiles ? (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          aria-label={t("prevention.files.remove", { name: file.fileName })}
                          loading={remove.isPending && remove.variables === file.id}
                          onClick={() => remove.mutate(file.id)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      ) : null}
                    </Group>
                  </Group>
                </Paper>
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}

function UploadForm({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const upload = useUploadActivityFile(activityId);
  const form = useFormErrors();
  const [kind, setKind] = useState<ActivityFileKind>("photo");
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return form.setErrors({ fileName: t("prevention.files.choose") });
    const mimeType = mimeTypeOf(file, kind);
    if (!mimeType) return form.setErrors({ fileName: t(`prevention.files.unsupported_${kind}`) });
    if (file.size > ATTACHMENT_MAX_MB * 1024 * 1024) {
      return form.setErrors({ fileName: t("prevention.files.tooLarge", { maximum: ATTACHMENT_MAX_MB }) });
    }
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      return form.setFormError(t("prevention.files.readFailed"));
    } finally {
      setReading(false);
    }
    const input = form.validate(uploadActivityFileInputSchema, {
      kind,
      fileName: file.name,
      mimeType,
      contentBase64,
    });
    if (!input) return;
    upload.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(t("prevention.files.uploaded", { name: saved.fileName }));
        setFile(null);
      },
      onError: form.showApiError,
    });
  }

  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert message={form.formError} />
          <SegmentedControl
            data={(["photo", "material"] as const).map((value) => ({
              value,
              label: t(`prevention.files.kinds.${value}`),
            }))}
            value={kind}
            onChange={(value) => {
              setKind(value as ActivityFileKind);
              form.reset();
            }}
          />
          <FileInput
            label={t("prevention.files.file")}
            description={t(`prevention.files.hint_${kind}`, { maximum: ATTACHMENT_MAX_MB })}
            placeholder={t("prevention.files.choose")}
            accept={accepted(kind)}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              form.reset();
            }}
            leftSection={<IconUpload size={16} aria-hidden />}
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            error={form.errors.fileName ?? form.errors.contentBase64 ?? form.errors.mimeType}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={reading || upload.isPending}>
              {t("prevention.files.upload")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
