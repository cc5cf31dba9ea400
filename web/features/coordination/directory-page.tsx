import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPencil, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DirectoryEntry } from "../../../shared/coordination.ts";
import { paths } from "../../app/paths.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useTerms } from "../complaints/use-terms.ts";
import { useWorkingGroups } from "../vocabularies/reference-api.ts";
import { ContactLinks } from "./contact-links.tsx";
import { useDirectory, useSetServices } from "./coordination-api.ts";
import { useCoordinationForm } from "./use-coordination-form.ts";

/**
 * `/koordinasi/direktori`: who to call at each member organisation and what it offers. Search
 * finds an organisation, a contact person or a phone number; the service filter makes it the
 * referral directory.
 */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const services = useTerms("service_type");
  const workingGroups = useWorkingGroups();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [service, setService] = useState<string | null>(null);
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(null);
  const list = useDirectory({ q: debounced, service, workingGroupId });
  const entries = list.data?.pages.flatMap((page) => page.items) ?? [];
  const canManage = list.data?.pages[0]?.abilities.manageServices ?? false;
  const [editing, setEditing] = useState<DirectoryEntry | null>(null);

  return (
    <>
      <Anchor component={Link} to={paths.coordination} size="sm">
        {t("coordination.detail.back")}
      </Anchor>
      <PageHeader title={t("coordination.directory.title")} description={t("coordination.directory.intro")} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <TextInput
          label={t("coordination.directory.search")}
          placeholder={t("coordination.directory.searchHint")}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
        />
        <Select
          label={t("coordination.directory.service")}
          data={services.options}
          value={service}
          onChange={setService}
          clearable
          searchable
        />
        <Select
          label={t("coordination.directory.workingGroup")}
          data={(workingGroups.data?.items ?? []).map((g) => ({
            value: g.id,
            label: `${g.number}. ${i18n.language === "en" ? g.nameEn : g.nameId}`,
          }))}
          value={workingGroupId}
          onChange={setWorkingGroupId}
          clearable
        />
      </SimpleGrid>
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && entries.length === 0 ? (
        <Alert color="gray">{t("coordination.directory.none")}</Alert>
      ) : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
        {entries.map((entry) => (
          <Paper component="li" key={entry.id} withBorder p="md" radius="md">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text fw={700} style={{ overflowWrap: "anywhere" }}>
                    {entry.name}
                    {entry.shortName ? <Text span c="dimmed">{` (${entry.shortName})`}</Text> : null}
                  </Text>
                  {entry.address || entry.regionName ? (
                    <Text size="sm" c="dimmed">
                      {[entry.address, entry.regionName].filter(Boolean).join(" · ")}
                    </Text>
                  ) : null}
                </div>
                {canManage ? (
                  <ActionIcon
                    variant="subtle"
                    size="lg"
                    onClick={() => setEditing(entry)}
                    aria-label={t("coordination.directory.editServices", { name: entry.name })}
                  >
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                ) : null}
              </Group>
              <ContactLinks phone={entry.phone} email={entry.email} />
              {entry.representatives.map((r) => (
                <div key={r.id}>
                  <Text size="sm" fw={600}>
                    {[r.personName, r.personTitle].filter(Boolean).join(" · ") ||
                      t(`coordination.positions.${r.positionCode}`)}
                    <Text
                      span
                      size="xs"
                      c="dimmed"
                    >{` · ${t(`coordination.positions.${r.positionCode}`)}`}</Text>
                  </Text>
                  <ContactLinks phone={r.phone} email={r.email} />
                </div>
              ))}
              {entry.services.length > 0 ? (
                <Group gap={4}>
                  {entry.services.map((s) => (
                    <Badge key={s.code} variant="light" color="grape" style={{ textTransform: "none" }}>
                      {services.label(s.code)}
                      {s.note ? ` · ${s.note}` : ""}
                    </Badge>
                  ))}
                </Group>
              ) : null}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <LoadMoreButton
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t("coordination.directory.servicesOf", { name: editing?.name ?? "" })}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {editing ? (
          <ServicesForm entry={editing} options={services.options} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
    </>
  );
}

function ServicesForm({
  entry,
  options,
  onDone,
}: {
  entry: DirectoryEntry;
  options: { value: string; label: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSetServices();
  const form = useCoordinationForm();
  const [codes, setCodes] = useState(entry.services.map((s) => s.code));
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // A note already written for a service stays with it.
        const services = codes.map((code) => ({
          code,
          note: entry.services.find((s) => s.code === code)?.note ?? null,
        }));
        save.mutate(
          { organizationId: entry.id, services },
          {
            onSuccess: () => {
              notifySuccess(t("coordination.directory.servicesSaved"));
              onDone();
            },
            onError: form.showApiError,
          },
        );
      }}
    >
      <Stack>
        <FormErrorAlert message={form.formError} extra={form.unplaced(() => false)} />
        <MultiSelect
          label={t("coordination.directory.services")}
          data={options}
          value={codes}
          onChange={setCodes}
          searchable
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
