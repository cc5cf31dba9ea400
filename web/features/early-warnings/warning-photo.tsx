import { Anchor, Button, Group, Image, Paper, Stack, Text, Title } from "@mantine/core";
import { IconDownload, IconLock, IconPhoto } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type EarlyWarningDto, photoExtensions } from "../../../shared/early-warnings.ts";
import { formatSize } from "../cases/document-file.ts";
import { useWarningPhoto } from "./early-warnings-api.ts";

/** The photo opens only on request: each opening is recorded in the audit trail. */
export function WarningPhoto({
  warning,
}: {
  warning: EarlyWarningDto & { photo: NonNullable<EarlyWarningDto["photo"]> };
}) {
  const { t, i18n } = useTranslation();
  const photo = useWarningPhoto(warning.id);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="warning-photo">
      <Title order={2} size="h4" mb="sm" id="warning-photo">
        {t("warnings.detail.photo")}
      </Title>
      {photo.url ? (
        <Stack gap="sm">
          <Image
            src={photo.url}
            alt={t("warnings.detail.photoAlt", { code: warning.code })}
            radius="sm"
            maw={640}
          />
          <Anchor
            href={photo.url}
            download={`${warning.code}${photoExtensions[warning.photo.mimeType]}`}
            display="inline-flex"
            style={{ gap: 4 }}
          >
            <IconDownload size={16} aria-hidden />
            {t("warnings.detail.photoDownload")}
          </Anchor>
        </Stack>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{formatSize(warning.photo.sizeBytes, i18n.language)}</Text>
          <Button
            variant="default"
            leftSection={<IconPhoto size={18} aria-hidden />}
            loading={photo.loading}
            onClick={photo.load}
          >
            {t("warnings.detail.photoShow")}
          </Button>
          {photo.error ? (
            <Text size="sm" c="red.9" role="alert">
              {photo.error.message}
            </Text>
          ) : null}
        </Stack>
      )}
      <Group gap={6} wrap="nowrap" mt="sm">
        <IconLock size={14} aria-hidden />
        <Text size="xs" c="dimmed">
          {t("warnings.detail.photoAudited")}
        </Text>
      </Group>
    </Paper>
  );
}
