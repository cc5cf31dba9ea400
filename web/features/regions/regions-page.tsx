import { Anchor, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { RegionDto } from "../../../shared/reference.ts";
import { paths } from "../../app/paths.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { RegionBreadcrumbs } from "./region-breadcrumbs.tsx";
import { useRegionList } from "./regions-api.ts";

/** Levels that have nothing below them. */
const leafLevels: RegionDto["level"][] = ["kelurahan", "desa"];

function regionsHref(parentCode: string | null): string {
  return parentCode ? `${paths.regions}?induk=${encodeURIComponent(parentCode)}` : paths.regions;
}

export function RegionsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const parentCode = params.get("induk");
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 350);
  // The API searches from two letters; a name search spans the whole list, not one branch.
  const searching = debouncedSearch.length >= 2;
  const list = useRegionList({
    parentCode: searching ? null : parentCode,
    level: searching || parentCode ? null : "provinsi",
    q: searching ? debouncedSearch : "",
  });
  const regions = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t("regions.title")} description={t("regions.intro")} />
      <TextInput
        label={t("regions.search")}
        description={t("regions.searchHint")}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        mb="md"
        maw={420}
      />
      {searching ? null : <RegionBreadcrumbs parentCode={parentCode} toHref={regionsHref} />}
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && regions.length === 0 ? <Text py="md">{t("regions.empty")}</Text> : null}
      {regions.length > 0 ? (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("regions.code")}</Table.Th>
                <Table.Th>{t("regions.name")}</Table.Th>
                <Table.Th>{t("regions.level")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {regions.map((region) => (
                <Table.Tr key={region.code}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {region.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {leafLevels.includes(region.level) ? (
                      region.name
                    ) : (
                      <Anchor component={Link} to={regionsHref(region.code)} onClick={() => setSearch("")}>
                        {region.name}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`regions.levels.${region.level}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}
