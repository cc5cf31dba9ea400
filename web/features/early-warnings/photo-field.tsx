import { Button, FileButton, Group, Image, Stack, Text } from "@mantine/core";
import { IconCamera, IconTrash } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { EARLY_WARNING_PHOTO_MAX_BYTES, earlyWarningPhotoTypes } from "../../../shared/early-warnings.ts";
import { formatSize } from "../cases/document-file.ts";
import { PhotoTooLarge, type PreparedPhoto, preparePhoto } from "./photo-file.ts";

type PhotoFieldProps = {
  value: PreparedPhoto | null;
  onChange: (photo: PreparedPhoto | null) => void;
  error?: string;
  onError: (message: string | undefined) => void;
};

/** An optional photo: taken with the camera or chosen, shown small before it is sent. */
export function PhotoField({ value, onChange, error, onError }: PhotoFieldProps) {
  const { t, i18n } = useTranslation();
  const [reading, setReading] = useState(false);
  const maximum = EARLY_WARNING_PHOTO_MAX_BYTES / 1024 / 1024;

  // The preview's object URL is released once it is replaced or the form goes away.
  useEffect(() => () => (value ? URL.revokeObjectURL(value.previewUrl) : undefined), [value]);

  async function choose(file: File | null) {
    if (!file) return;
    setReading(true);
    onError(undefined);
    try {
      onChange(await preparePhoto(file));
    } catch (err) {
      onError(
        err instanceof PhotoTooLarge
          ? t("warnings.form.photoTooLarge", { maximum })
          : t("warnings.form.photoUnreadable"),
      );
    } finally {
      setReading(false);
    }
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="warning-photo-label">
        {t("warnings.form.photo")}
      </Text>
      <Text size="xs" c="dimmed" id="warning-photo-hint">
        {t("warnings.form.photoHint")}
      </Text>
      {value ? (
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <Image
            src={value.previewUrl}
            alt={t("warnings.form.photoPreview")}
            w={120}
            h={90}
            fit="cover"
            radius="sm"
          />
          <Stack gap={6}>
            <Text size="sm">{formatSize(value.sizeBytes, i18n.language)}</Text>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => onChange(null)}
            >
              {t("warnings.form.photoRemove")}
            </Button>
          </Stack>
        </Group>
      ) : (
        <FileButton onChange={(file) => void choose(file)} accept={earlyWarningPhotoTypes.join(",")}>
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="md"
              loading={reading}
              leftSection={<IconCamera size={20} aria-hidden />}
              aria-describedby={error ? "warning-photo-hint warning-photo-error" : "warning-photo-hint"}
              style={{ alignSelf: "flex-start" }}
            >
              {t("warnings.form.photoChoose")}
            </Button>
          )}
        </FileButton>
      )}
      {error ? (
        <Text size="sm" c="red.9" id="warning-photo-error" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
