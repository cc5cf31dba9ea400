import {
  Alert,
  Anchor,
  Button,
  Card,
  FileButton,
  Group,
  Image,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconArrowLeft, IconExternalLink, IconPhoto } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type EntryDto, saveEntryInputSchema } from "../../../shared/portal.ts";
import { isApiError } from "../../app/api-client.ts";
import { paths } from "../../app/paths.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { EntryStatusBadges, PublicationNote } from "./entry-status.tsx";
import { MarkdownField } from "./markdown-field.tsx";
import { fileToBase64, useEntry, useSaveEntry, useUploadImage } from "./portal-api.ts";
import { VersionHistory } from "./version-history.tsx";
import { WorkflowActions } from "./workflow-actions.tsx";

const fields = [
  "titleId",
  "titleEn",
  "summaryId",
  "summaryEn",
  "bodyId",
  "bodyEn",
  "slug",
  "coverMediaId",
] as const;
type Values = Record<(typeof fields)[number], string>;

function valuesOf(entry: EntryDto): Values {
  const c = entry.current;
  return {
    titleId: c.titleId,
    titleEn: c.titleEn,
    summaryId: c.summaryId,
    summaryEn: c.summaryEn,
    bodyId: c.bodyId,
    bodyEn: c.bodyEn,
    slug: entry.slug,
    coverMediaId: c.coverMediaId ?? "",
  };
}

export function EntryEditorPage() {
  const { entryId } = useParams();
  const entry = useEntry(entryId);
  if (entry.isPending) return <InlineLoader />;
  if (entry.isError) return <QueryError error={entry.error} onRetry={() => void entry.refetch()} />;
  // Keyed by version: after a save, a restore or someone else's change, the form starts afresh.
  return (
    <EntryEditor
      key={`${entry.data.id}:${entry.data.latestVersion}`}
      entry={entry.data}
      onReload={() => void entry.refetch()}
    />
  );
}

function EntryEditor({ entry, onReload }: { entry: EntryDto; onReload: () => void }) {
  const { t } = useTranslation();
  const save = useSaveEntry(entry.id);
  const form = useFormErrors();
  const [values, setValues] = useState<Values>(() => valuesOf(entry));
  const [lang, setLang] = useState<"id" | "en">("id");
  const [conflict, setConflict] = useState(false);
  const saved = valuesOf(entry);
  const dirty = fields.some((field) => values[field] !== saved[field]);
  const slugLocked = entry.fixed || entry.versions.some((v) => v.publishedFrom !== null);

  function change(field: keyof Values, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(saveEntryInputSchema, {
      ...values,
      coverMediaId: values.coverMediaId || null,
      slug: slugLocked ? undefined : values.slug,
      baseVersion: entry.latestVersion,
    });
    if (!input) return;
    save.mutate(input, {
      onSuccess: () => notifySuccess(t("portal.editor.saved")),
      onError: (error) => {
        if (isApiError(error, "conflict")) setConflict(true);
        form.showApiError(error);
      },
    });
  }

  const suffix = lang === "id" ? "Id" : "En";
  const title = `title${suffix}` as const;
  const summary = `summary${suffix}` as const;
  const body = `body${suffix}` as const;

  return (
    <>
      <Anchor component={Link} to={paths.portalAdmin(entry.kind === "page" ? "halaman" : "berita")} size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t("portal.editor.back")}
      </Anchor>
      <PageHeader
        title={entry.current.titleId}
        description={entry.path}
        actions={
          entry.liveVersion !== null ? (
            <Anchor href={entry.path} target="_blank" rel="noopener">
              {t("portal.editor.viewOnSite")} <IconExternalLink size={14} aria-hidden />
            </Anchor>
          ) : null
        }
      />
      <Stack gap="md">
        <Group gap="sm">
          <EntryStatusBadges entry={entry} />
        </Group>
        <PublicationNote entry={entry} />
        {entry.reviewNote ? (
          <Alert color="orange" title={t("portal.editor.reviewNote")}>
            {entry.reviewNote}
          </Alert>
        ) : null}
        {conflict ? (
          <Alert color="red" title={t("portal.editor.conflictTitle")}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t("portal.editor.conflictText")}</Text>
              <Button size="xs" variant="default" onClick={onReload}>
                {t("portal.editor.reload")}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate>
          <Card withBorder radius="md" padding="md">
            <Stack gap="md">
              <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
              <SegmentedControl
                value={lang}
                onChange={(next) => setLang(next as "id" | "en")}
                data={[
                  { value: "id", label: t("portal.editor.indonesian") },
                  { value: "en", label: t("portal.editor.english") },
                ]}
                aria-label={t("portal.editor.languageLabel")}
              />
              {lang === "en" ? (
                <Text size="sm" c="dimmed">
                  {t("portal.editor.englishHint")}
                </Text>
              ) : null}
              <TextInput
                label={t(`portal.editor.${title}`)}
                required={lang === "id"}
                value={values[title]}
                onChange={(event) => change(title, event.currentTarget.value)}
                error={form.errors[title]}
                lang={lang}
              />
              <Textarea
                label={t(`portal.editor.${summary}`)}
                description={t("portal.editor.summaryHint")}
                value={values[summary]}
                onChange={(event) => change(summary, event.currentTarget.value)}
                error={form.errors[summary]}
                autosize
                minRows={2}
                lang={lang}
              />
              <MarkdownField
                label={t(`portal.editor.${body}`)}
                value={values[body]}
                onChange={(value) => change(body, value)}
                error={form.errors[body]}
                lang={lang}
              />
              <TextInput
                label={t("portal.editor.slug")}
                description={
                  slugLocked
                    ? t("portal.editor.slugLocked")
                    : t("portal.editor.slugHint", { path: entry.kind === "news" ? "/berita/" : "/halaman/" })
                }
                value={values.slug}
                onChange={(event) => change("slug", event.currentTarget.value)}
                error={form.errors.slug}
                disabled={slugLocked}
              />
              {entry.kind === "news" ? (
                <CoverField
                  value={values.coverMediaId}
                  onChange={(id) => change("coverMediaId", id)}
                  error={form.errors.coverMediaId}
                />
              ) : null}
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending} disabled={!dirty}>
                  {t("portal.editor.save")}
                </Button>
              </Group>
            </Stack>
          </Card>
        </form>
        <WorkflowActions entry={entry} dirty={dirty} />
        <VersionHistory entry={entry} dirty={dirty} />
      </Stack>
    </>
  );
}

/** A news post's picture, for its page and for the preview in chat apps. */
function CoverField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const upload = useUploadImage();
  async function choose(file: File | null) {
    if (!file) return;
    try {
      const media = await upload.mutateAsync({
        fileName: file.name,
        contentBase64: await fileToBase64(file),
      });
      onChange(media.id);
    } catch (err) {
      notifyError(t("portal.editor.imageFailed"), err instanceof Error ? err.message : "");
    }
  }
  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        {t("portal.editor.cover")}
      </Text>
      {value ? (
        <Image src={`/media/${value}?ukuran=kecil`} alt={t("portal.editor.coverAlt")} maw={320} radius="sm" />
      ) : null}
      <Group gap="xs">
        <FileButton onChange={(file) => void choose(file)} accept="image/jpeg,image/png,image/webp">
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              loading={upload.isPending}
              leftSection={<IconPhoto size={16} aria-hidden />}
            >
              {value ? t("portal.editor.coverReplace") : t("portal.editor.coverChoose")}
            </Button>
          )}
        </FileButton>
        {value ? (
          <Button size="xs" variant="subtle" color="red" onClick={() => onChange("")}>
            {t("portal.editor.coverRemove")}
          </Button>
        ) : null}
      </Group>
      {error ? (
        <Text size="sm" c="red.8">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
