import { Button, Text } from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useCan } from "../../app/session-context.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { CaseListFiltersForm } from "./case-list-filters.tsx";
import { CaseCards, CaseTable } from "./case-list-views.tsx";
import { type CaseListFilters, useCaseList } from "./cases-api.ts";
import { OpenCaseModal } from "./open-case-modal.tsx";

// The filters live in the address, so going back from a case returns to the same list.
function readFilters(params: URLSearchParams): CaseListFilters {
  return {
    q: params.get("q") ?? "",
    status: params.get("status"),
    legalStage: params.get("tahapHukum"),
    exploitationForm: params.get("bentuk"),
    regionCode: params.get("wilayah"),
    year: params.get("tahun"),
    overdue: params.get("terlambat") === "1",
    closureRequested: params.get("penutupan") === "1",
  };
}

function writeFilters(filters: CaseListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value) params.set(key, value);
  };
  set("q", filters.q.trim());
  set("status", filters.status);
  set("tahapHukum", filters.legalStage);
  set("bentuk", filters.exploitationForm);
  set("wilayah", filters.regionCode);
  set("tahun", filters.year);
  set("terlambat", filters.overdue ? "1" : null);
  set("penutupan", filters.closureRequested ? "1" : null);
  return params;
}

export function CaseListPage() {
  const { t } = useTranslation();
  const canManage = useCan("case.manage");
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [search, setSearch] = useState(filters.q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 400);
  const [opening, setOpening] = useState(false);
  const wide = useMediaQuery("(min-width: 62em)", false, { getInitialValueInEffect: false });

  function setFilters(next: CaseListFilters) {
    setParams(writeFilters(next), { replace: true });
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled search changes the address
  useEffect(() => {
    if (debouncedSearch !== filters.q) setFilters({ ...filters, q: debouncedSearch });
  }, [debouncedSearch]);

  const list = useCaseList(filters);
  const cases = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t("cases.list.title")}
        description={t("cases.list.intro")}
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpening(true)}>
              {t("cases.list.open")}
            </Button>
          ) : null
        }
      />
      <CaseListFiltersForm
        search={search}
        onSearchChange={setSearch}
        filters={filters}
        onChange={setFilters}
      />
      <section aria-label={t("cases.list.results")} aria-busy={list.isFetching}>
        {list.isPending ? <InlineLoader /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && cases.length === 0 ? <Text py="md">{t("cases.list.empty")}</Text> : null}
        {cases.length > 0 ? wide ? <CaseTable items={cases} /> : <CaseCards items={cases} /> : null}
        <LoadMoreButton
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </section>
      <OpenCaseModal opened={opening} onClose={() => setOpening(false)} />
    </>
  );
}
