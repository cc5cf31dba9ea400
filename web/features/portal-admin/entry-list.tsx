import { Anchor, Badge, Button, Card, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { createEntryInputSchema, type EntryKind, type EntrySummary } from "../../../shared/portal.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { EntryStatusBadges, PublicationNote } from "./entry-status.tsx";
import { useCreateEntry, useEntries } from "./portal-api.ts";
import { slugFromTitle } from "./slug.ts";

export function EntryList({ kind }: { kind: EntryKind }) {
  const { t } = useTranslation();
  const entries = useEntries(kind);
  const canWrite = useCan("portal.manage");
  const [creating, setCreating] = useState(false);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t(kind === "page" ? "portal.entries.pagesHint" : "portal.entries.newsHint")}
        </Text>
        {canWrite ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t(kind === "page" ? "portal.entries.newPage" : "portal.entries.newPost")}
          </Button>
        ) : null}
      </Group>
      {entries.isPending ? <InlineLoader /> : null}
      {entries.isError ? <QueryError error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      {entries.data?.items.length === 0 ? <Text>{t("portal.entries.none")}</Text> : null}
      {entries.data?.items.map((entry) => (
        <EntryCard key={entry.id} entry={entry} />
      ))}
      <CreateEntryModal kind={kind} opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function EntryCard({ entry }: { entry: EntrySummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={paths.portalEntry(entry.id)} fw={700}>
            {entry.titleId}
          </Anchor>
          <EntryStatusBadges entry={entry} />
        </Group>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {entry.path}
          </Text>
          {entry.fixed ? (
            <Badge size="sm" variant="outline" color="gray.8">
              {t("portal.entries.fixed")}
            </Badge>
          ) : null}
        </Group>
        <PublicationNote entry={entry} />
      </Stack>
    </Card>
  );
}

function CreateEntryModal({
  kind,
  opened,
  onClose,
}: {
  kind: EntryKind;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(kind === "page" ? "portal.entries.newPage" : "portal.entries.newPost")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? <CreateEntryForm kind={kind} onDone={onClose} /> : null}
    </Modal>
  );
}

function CreateEntryForm({ kind, onDone }: { kind: EntryKind; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEntry();
  const form = useFormErrors();
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(createEntryInputSchema, {
      kind,
      titleId: title,
      slug: slug || slugFromTitle(title),
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (entry) => {
        onDone();
        navigate(paths.portalEntry(entry.id));
      },
      onError: form.showApiError,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, ["titleId", "slug"])} />
        <TextInput
          label={t("portal.editor.titleId")}
          required
          value={title}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setTitle(value);
            if (!slugTouched) setSlug(slugFromTitle(value));
            form.clearField("titleId");
          }}
          error={form.errors.titleId}
          data-autofocus
        />
        <TextInput
          label={t("portal.editor.slug")}
          description={t("portal.editor.slugHint", { path: kind === "news" ? "/berita/" : "/halaman/" })}
          required
          value={slug}
          onChange={(event) => {
            setSlug(event.currentTarget.value);
            setSlugTouched(true);
            form.clearField("slug");
          }}
          error={form.errors.slug}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("portal.entries.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
