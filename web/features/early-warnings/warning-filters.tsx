import { Button, Collapse, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type EarlyWarningStatus,
  type EarlyWarningUrgency,
  earlyWarningStatuses,
  earlyWarningUrgencies,
} from "../../../shared/early-warnings.ts";
import { useTerms } from "../complaints/use-terms.ts";
import { type WarningFilters as Filters, useWarningPlaces } from "./early-warnings-api.ts";

type WarningFiltersProps = {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** The secretariat's queue filters by place and period too; a reporter's own list needs less. */
  full: boolean;
};

/** The list's filters; on a phone they fold away behind one button, so the reports come first. */
export function WarningFilters({ filters, onChange, full }: WarningFiltersProps) {
  const { t } = useTranslation();
  const kinds = useTerms("early_warning_type");
  const places = useWarningPlaces();
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  const [opened, setOpened] = useState(false);
  const clear = { clearable: true, clearButtonProps: { "aria-label": t("common.clear") } } as const;
  const districts = places.data?.districts ?? [];
  const district = districts.find(
    (d) => filters.regionCode === d.code || filters.regionCode?.startsWith(`${d.code}.`),
  );
  const active = [
    filters.status,
    filters.kind,
    filters.urgency,
    filters.regionCode,
    filters.from,
    filters.to,
  ].filter(Boolean).length;

  return (
    <search aria-label={t("warnings.list.filters")}>
      {isPhone ? (
        <Button
          variant="default"
          mb={opened ? "sm" : "md"}
          leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
          aria-expanded={opened}
          aria-controls="warning-filters"
          onClick={() => setOpened((value) => !value)}
        >
          {active > 0 ? t("warnings.list.filtersActive", { count: active }) : t("warnings.list.filtersShow")}
        </Button>
      ) : null}
      <Collapse expanded={!isPhone || opened} id="warning-filters">
        <SimpleGrid cols={{ base: 1, xs: 2, lg: full ? 4 : 3 }} mb="md">
          <Select<EarlyWarningStatus>
            label={t("common.status")}
            placeholder={t("common.all")}
            data={earlyWarningStatuses.map((status) => ({
              value: status,
              label: t(`warnings.status.${status}`),
            }))}
            value={filters.status}
            onChange={(status) => onChange({ ...filters, status })}
            {...clear}
          />
          <Select
            label={t("warnings.fields.kind")}
            placeholder={t("common.all")}
            data={kinds.options}
            value={filters.kind}
            onChange={(kind) => onChange({ ...filters, kind })}
            {...clear}
          />
          <Select<EarlyWarningUrgency>
            label={t("warnings.fields.urgency")}
            placeholder={t("common.all")}
            data={earlyWarningUrgencies.map((urgency) => ({
              value: urgency,
              label: t(`warnings.urgency.${urgency}`),
            }))}
            value={filters.urgency}
            onChange={(urgency) => onChange({ ...filters, urgency })}
            {...clear}
          />
          {full ? (
            <>
              <Select
                label={t("warnings.fields.district")}
                placeholder={t("common.all")}
                data={districts.map((d) => ({ value: d.code, label: d.name }))}
                value={district?.code ?? null}
                onChange={(regionCode) => onChange({ ...filters, regionCode })}
                searchable
                nothingFoundMessage={t("common.nothingFound")}
                {...clear}
              />
              <Select
                label={t("warnings.fields.region")}
                placeholder={district ? t("common.all") : t("warnings.list.pickDistrictFirst")}
                data={(district?.villages ?? []).map((v) => ({ value: v.code, label: v.name }))}
                value={district && filters.regionCode !== district.code ? filters.regionCode : null}
                onChange={(regionCode) =>
                  onChange({ ...filters, regionCode: regionCode ?? district?.code ?? null })
                }
                disabled={!district}
                searchable
                nothingFoundMessage={t("common.nothingFound")}
                {...clear}
              />
              <TextInput
                type="date"
                label={t("warnings.list.from")}
                value={filters.from}
                onChange={(event) => onChange({ ...filters, from: event.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t("warnings.list.to")}
                value={filters.to}
                onChange={(event) => onChange({ ...filters, to: event.currentTarget.value })}
              />
            </>
          ) : null}
        </SimpleGrid>
      </Collapse>
    </search>
  );
}
