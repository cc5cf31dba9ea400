import { Button, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { EarlyWarningScope } from "../../../shared/early-warnings.ts";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useTerms } from "../complaints/use-terms.ts";
import { type WarningFilters as Filters, noWarningFilters, useWarningList } from "./early-warnings-api.ts";
import { WarningCard } from "./warning-card.tsx";
import { WarningFilters } from "./warning-filters.tsx";

// The list shown is kept in the address, so going back from a report returns to the same one.
const MINE_PARAM = "daftar";

/**
 * `/kewaspadaan`: a reporter's own and their office's reports ("Laporan saya"), newest first;
 * for the secretariat also the queue of the whole task force, the waiting and urgent first.
 */
export function WarningListPage() {
  const { t } = useTranslation();
  const manages = useCan("early_warning.manage");
  const [params, setParams] = useSearchParams();
  const scope: EarlyWarningScope = manages && params.get(MINE_PARAM) !== "saya" ? "all" : "mine";
  const [filters, setFilters] = useState<Filters>(noWarningFilters);
  const list = useWarningList(scope, filters);
  const kinds = useTerms("early_warning_type");
  const warnings = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);

  function chooseScope(next: string) {
    setFilters(noWarningFilters);
    setParams(next === "mine" ? { [MINE_PARAM]: "saya" } : {}, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={scope === "all" ? t("warnings.list.queueTitle") : t("warnings.list.mineTitle")}
        description={scope === "all" ? t("warnings.list.queueIntro") : t("warnings.list.mineIntro")}
        actions={
          <Button
            component={Link}
            to={paths.newWarning}
            size="md"
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t("warnings.list.new")}
          </Button>
        }
      />
      {manages ? (
        <SegmentedControl
          mb="md"
          value={scope}
          onChange={chooseScope}
          aria-label={t("warnings.list.scopeLabel")}
          data={[
            { value: "all", label: t("warnings.list.scopeAll") },
            { value: "mine", label: t("warnings.list.scopeMine") },
          ]}
        />
      ) : null}
      <WarningFilters filters={filters} onChange={setFilters} full={scope === "all"} />
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && warnings.length === 0 ? (
        <Text py="md">
          {filtered
            ? t("warnings.list.emptyFiltered")
            : scope === "all"
              ? t("warnings.list.emptyQueue")
              : t("warnings.list.emptyMine")}
        </Text>
      ) : null}
      {warnings.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("warnings.list.listLabel")}
        >
          {warnings.map((warning) => (
            <WarningCard key={warning.id} warning={warning} kindLabel={kinds.label(warning.kind)} />
          ))}
        </Stack>
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}
