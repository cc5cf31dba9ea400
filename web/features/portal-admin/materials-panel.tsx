import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { createMaterialInputSchema, type MaterialDto } from "../../../shared/portal.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { fileToBase64, useCreateMaterial, useMaterials, useUpdateMaterial } from "./portal-api.ts";

/** Posters and leaflets: upload, order, show on the site, and the QR code printed on each. */
export function MaterialsPanel() {
  const { t } = useTranslation();
  const materials = useMaterials();
  const update = useUpdateMaterial();
  const canPublish = useCan("portal.publish");
  const items = materials.data?.items ?? [];

  function move(index: number, by: -1 | 1) {
    const other = items[index + by];
    const item = items[index];
    if (!item || !other) return;
    // The two swap places; every other material keeps its own.
    update.mutate({ id: item.id, input: { position: other.position } });
    update.mutate({ id: other.id, input: { position: item.position } });
  }

  return (
    <Stack gap="md">
      <UploadMaterialForm />
      {materials.isPending ? <InlineLoader /> : null}
      {materials.isError ? (
        <QueryError error={materials.error} onRetry={() => void materials.refetch()} />
      ) : null}
      {materials.data && items.length === 0 ? <Text>{t("portal.materials.none")}</Text> : null}
      {items.map((material, index) => (
        <MaterialCard
          key={material.id}
          material={material}
          canPublish={canPublish}
          first={index === 0}
          last={index === items.length - 1}
          onMove={(by) => move(index, by)}
          onToggle={(visible) =>
            update.mutate(
              { id: material.id, input: { visible } },
              { onError: (error) => notifyError(t("portal.workflow.failed"), error.message) },
            )
          }
        />
      ))}
    </Stack>
  );
}

type MaterialCardProps = {
  material: MaterialDto;
  canPublish: boolean;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onToggle: (visible: boolean) => void;
};

function MaterialCard({ material, canPublish, first, last, onMove, onToggle }: MaterialCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md">
      <Group align="flex-start" justify="space-between" wrap="wrap" gap="md">
        <Stack gap={4} style={{ flex: "1 1 16rem" }}>
          <Group gap="xs">
            <Title order={3} size="h5">
              {material.titleId}
            </Title>
            <Badge variant="light" color={material.visible ? "teal" : "gray"}>
              {material.visible ? t("portal.materials.shown") : t("portal.materials.hidden")}
            </Badge>
          </Group>
          {material.descriptionId ? <Text size="sm">{material.descriptionId}</Text> : null}
          <Text size="sm" c="dimmed">
            {material.fileName} · {Math.max(1, Math.round(material.sizeBytes / 1024))} KB
          </Text>
          <Text size="sm">
            {t("portal.materials.qrTarget")} <Anchor href={material.qrTarget}>{material.qrTarget}</Anchor>
          </Text>
          <Group gap="sm" mt={4}>
            <Anchor href={material.qrPngUrl} size="sm" download>
              {t("portal.materials.qrDownload")}
            </Anchor>
            {material.visible ? (
              <Anchor href={material.downloadUrl} size="sm">
                {t("portal.materials.fileDownload")}
              </Anchor>
            ) : null}
          </Group>
          <Group gap="xs" mt="xs">
            <Switch
              checked={material.visible}
              disabled={!canPublish}
              onChange={(event) => onToggle(event.currentTarget.checked)}
              label={t("portal.materials.showOnSite")}
              description={canPublish ? undefined : t("portal.materials.needsPublisher")}
            />
          </Group>
        </Stack>
        <Stack gap="xs" align="center">
          <Image
            src={material.qrSvgUrl}
            alt={t("portal.materials.qrAlt", { url: material.qrTarget })}
            w={112}
            h={112}
          />
          <Group gap={4}>
            <Button
              size="xs"
              variant="subtle"
              disabled={first}
              onClick={() => onMove(-1)}
              aria-label={t("portal.materials.up", { title: material.titleId })}
            >
              <IconArrowUp size={16} aria-hidden />
            </Button>
            <Button
              size="xs"
              variant="subtle"
              disabled={last}
              onClick={() => onMove(1)}
              aria-label={t("portal.materials.down", { title: material.titleId })}
            >
              <IconArrowDown size={16} aria-hidden />
            </Button>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}

function UploadMaterialForm() {
  const { t } = useTranslation();
  const create = useCreateMaterial();
  const form = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [texts, setTexts] = useState({ titleId: "", titleEn: "", descriptionId: "", descriptionEn: "" });
  const shown = ["titleId", "titleEn", "descriptionId", "descriptionEn", "fileName", "contentBase64"];

  function change(field: keyof typeof texts, value: string) {
    setTexts((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      form.setErrors({ contentBase64: t("validation.required") });
      return;
    }
    const input = form.validate(createMaterialInputSchema, {
      ...texts,
      fileName: file.name,
      contentBase64: await fileToBase64(file),
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: () => {
        notifySuccess(t("portal.materials.uploaded"));
        setFile(null);
        setTexts({ titleId: "", titleEn: "", descriptionId: "", descriptionEn: "" });
      },
      onError: form.showApiError,
    });
  }

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="form"
      onSubmit={(event: FormEvent) => void submit(event)}
      noValidate
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("portal.materials.uploadTitle")}
        </Title>
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, shown)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("portal.materials.titleId")}
            required
            value={texts.titleId}
            onChange={(e) => change("titleId", e.currentTarget.value)}
            error={form.errors.titleId}
          />
          <TextInput
            label={t("portal.materials.titleEn")}
            value={texts.titleEn}
            onChange={(e) => change("titleEn", e.currentTarget.value)}
            error={form.errors.titleEn}
            lang="en"
          />
          <Textarea
            label={t("portal.materials.descriptionId")}
            value={texts.descriptionId}
            onChange={(e) => change("descriptionId", e.currentTarget.value)}
            error={form.errors.descriptionId}
            autosize
            minRows={2}
          />
          <Textarea
            label={t("portal.materials.descriptionEn")}
            value={texts.descriptionEn}
            onChange={(e) => change("descriptionEn", e.currentTarget.value)}
            error={form.errors.descriptionEn}
            autosize
            minRows={2}
            lang="en"
          />
        </SimpleGrid>
        <FileInput
          label={t("portal.materials.file")}
          description={t("portal.materials.fileHint")}
          required
          accept="application/pdf,image/png,image/jpeg"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            form.clearField("contentBase64");
            form.clearField("fileName");
          }}
          error={form.errors.contentBase64 ?? form.errors.fileName}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} leftSection={<IconUpload size={16} aria-hidden />}>
            {t("portal.materials.upload")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
