import { Button, Select, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrganizationDto } from "../../../shared/organizations.ts";
import { useCan } from "../../app/session-context.tsx";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { termLabel, useVocabulary } from "../vocabularies/vocabularies-api.ts";
import { OrganizationFormModal } from "./organization-form-modal.tsx";
import { type OrganizationChoice, OrganizationTable } from "./organization-table.tsx";
import { useOrganizationList, useSetOrganizationActive } from "./organizations-api.ts";

type Pending = { organization: OrganizationDto; activate: boolean } | null;

export function OrganizationListPage() {
  const { t, i18n } = useTranslation();
  const canManage = useCan("organization.manage");
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 350);
  const [typeCode, setTypeCode] = useState<string | null>(null);
  const [active, setActive] = useState<"true" | "false" | null>("true");
  const list = useOrganizationList({ q: debouncedSearch, typeCode, active });
  const types = useVocabulary("organization_type");
  const [editing, setEditing] = useState<{ organization: OrganizationDto | null } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const setActiveMutation = useSetOrganizationActive();

  function choose(choice: OrganizationChoice, organization: OrganizationDto) {
    if (choice === "edit") {
      setEditing({ organization });
      return;
    }
    setActiveMutation.reset();
    setPending({ organization, activate: choice === "activate" });
  }

  function confirm() {
    if (!pending) return;
    setActiveMutation.mutate(
      { id: pending.organization.id, active: pending.activate },
      {
        onSuccess: () => {
          const key = pending.activate ? "organizations.activated" : "organizations.deactivated";
          notifySuccess(t(key, { name: pending.organization.name }));
          setPending(null);
        },
      },
    );
  }

  const organizations = list.data?.pages.flatMap((page) => page.items) ?? [];
  const typeOptions = (types.data?.items ?? []).map((term) => ({
    value: term.code,
    label: termLabel(term, term.code, i18n.language),
  }));

  return (
    <>
      <PageHeader
        title={t("organizations.title")}
        description={t("organizations.intro")}
        actions={
          canManage ? (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setEditing({ organization: null })}
            >
              {t("organizations.add")}
            </Button>
          ) : null
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <TextInput
          label={t("common.search")}
          placeholder={t("organizations.searchPlaceholder")}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <Select
          label={t("organizations.type")}
          placeholder={t("common.all")}
          data={typeOptions}
          value={typeCode}
          onChange={setTypeCode}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          nothingFoundMessage={t("common.nothingFound")}
        />
        <Select<"true" | "false">
          label={t("common.status")}
          placeholder={t("common.all")}
          data={[
            { value: "true", label: t("common.active") },
            { value: "false", label: t("common.inactive") },
          ]}
          value={active}
          onChange={setActive}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
        />
      </SimpleGrid>
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && organizations.length === 0 ? <Text py="md">{t("organizations.empty")}</Text> : null}
      {organizations.length > 0 ? (
        <OrganizationTable organizations={organizations} types={types.data?.items ?? []} onChoose={choose} />
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      <OrganizationFormModal
        opened={editing !== null}
        organization={editing?.organization ?? null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={pending !== null}
        title={
          pending
            ? t(pending.activate ? "organizations.activateTitle" : "organizations.deactivateTitle", {
                name: pending.organization.name,
              })
            : ""
        }
        message={
          pending ? t(pending.activate ? "organizations.activateBody" : "organizations.deactivateBody") : ""
        }
        confirmLabel={pending?.activate ? t("common.activate") : t("common.deactivate")}
        danger={pending ? !pending.activate : false}
        loading={setActiveMutation.isPending}
        error={setActiveMutation.error?.message ?? null}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      />
    </>
  );
}
