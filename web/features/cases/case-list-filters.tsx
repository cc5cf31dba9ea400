import { Button, Collapse, Group, Select, SimpleGrid, Switch, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { caseStatuses } from "../../../shared/cases.ts";
import type { CaseListFilters } from "./cases-api.ts";
import { RegionPathSelect } from "./region-path-select.tsx";
import { useHomeRegion } from "./use-home-region.ts";
import { useTerms } from "./vocabulary-terms.ts";

const firstYear = 2015;

type CaseListFiltersProps = {
  search: string;
  onSearchChange: (value: string) => void;
  filters: CaseListFilters;
  onChange: (filters: CaseListFilters) => void;
};

export function CaseListFiltersForm({ search, onSearchChange, filters, onChange }: CaseListFiltersProps) {
  const { t } = useTranslation();
  const terms = useTerms();
  const homeRegion = useHomeRegion();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => String(thisYear - i));
  const clearable = { clearable: true, clearButtonProps: { "aria-label": t("common.clear") } } as const;
  // On a phone the filters fold away behind one button, so the cases come first.
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  const [opened, setOpened] = useState(false);
  const activeCount = [
    filters.status,
    filters.exploitationForm,
    filters.legalStage,
    filters.year,
    filters.regionCode,
    filters.overdue || null,
    filters.closureRequested || null,
  ].filter(Boolean).length;
  const search_ = (
    <TextInput
      label={t("common.search")}
      description={t("cases.list.searchHint")}
      placeholder="TPPO-3171-2026-0001 / ORG-XXXX-XXXX"
      type="search"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={search}
      onChange={(event) => onSearchChange(event.currentTarget.value)}
    />
  );

  return (
    <search aria-label={t("cases.list.filters")}>
      {isPhone ? (
        <>
          {search_}
          <Button
            variant="default"
            mt="sm"
            mb={opened ? "sm" : "md"}
            leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
            aria-expanded={opened}
            aria-controls="case-filters"
            onClick={() => setOpened((value) => !value)}
          >
            {activeCount > 0
              ? t("cases.list.filtersActive", { count: activeCount })
              : t("cases.list.filtersShow")}
          </Button>
        </>
      ) : null}
      <Collapse expanded={!isPhone || opened} id="case-filters">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="sm">
          {isPhone ? null : search_}
          <Select
            label={t("common.status")}
            placeholder={t("common.all")}
            data={caseStatuses.map((status) => ({ value: status, label: t(`cases.status.${status}`) }))}
            value={filters.status}
            onChange={(status) => onChange({ ...filters, status })}
            {...clearable}
          />
          <Select
            label={t("cases.fields.exploitationForms")}
            placeholder={t("common.all")}
            data={terms.options("exploitation_form", [filters.exploitationForm])}
            value={filters.exploitationForm}
            onChange={(exploitationForm) => onChange({ ...filters, exploitationForm })}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            {...clearable}
          />
          <Select
            label={t("cases.fields.legalStage")}
            placeholder={t("common.all")}
            data={terms.options("legal_stage", [filters.legalStage])}
            value={filters.legalStage}
            onChange={(legalStage) => onChange({ ...filters, legalStage })}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            {...clearable}
          />
          <Select
            label={t("cases.list.year")}
            placeholder={t("common.all")}
            data={years}
            value={filters.year}
            onChange={(year) => onChange({ ...filters, year })}
            {...clearable}
          />
        </SimpleGrid>
        <RegionPathSelect
          rootCode={homeRegion}
          value={filters.regionCode}
          onChange={(regionCode) => onChange({ ...filters, regionCode })}
        />
        <Group gap="lg" mt="sm" mb="md">
          <Switch
            label={t("cases.list.overdueOnly")}
            checked={filters.overdue}
            onChange={(event) => onChange({ ...filters, overdue: event.currentTarget.checked })}
          />
          <Switch
            label={t("cases.list.closureRequestedOnly")}
            checked={filters.closureRequested}
            onChange={(event) => onChange({ ...filters, closureRequested: event.currentTarget.checked })}
          />
        </Group>
      </Collapse>
    </search>
  );
}
