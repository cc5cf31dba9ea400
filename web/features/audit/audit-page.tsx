import { Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { type AuditFilters as Filters, useAuditList } from "./audit-api.ts";
import { AuditFilters } from "./audit-filters.tsx";
import { AuditTable } from "./audit-table.tsx";

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const list = useAuditList(filters);
  const events = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.intro")} />
      <AuditFilters onApply={setFilters} />
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && events.length === 0 ? <Text py="md">{t("audit.empty")}</Text> : null}
      {events.length > 0 ? <AuditTable events={events} /> : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}
