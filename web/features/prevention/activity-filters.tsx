import { Grid, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type ActivityStatus, activityStatuses } from "../../../shared/prevention.ts";
import { useTerms } from "../complaints/use-terms.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { type ActivityFilters as Filters, useArea } from "./prevention-api.ts";
import { yearOptions } from "./years.ts";

/** A kecamatan or one of its kelurahan, in one list: the kecamatan first, its kelurahan indented under it. */
export function useAreaFilterOptions() {
  const { t } = useTranslation();
  const area = useArea();
  return (area.data?.kecamatan ?? []).map((k) => ({
    group: k.name,
    items: [
      { value: k.code, label: t("prevention.filters.wholeKecamatan", { name: k.name }) },
      ...(area.data?.kelurahan ?? [])
        .filter((l) => l.kecamatanCode === k.code)
        .map((l) => ({ value: l.code, label: l.name })),
    ],
  }));
}

export function ActivityFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const types = useTerms("prevention_activity_type");
  const organizations = useOrganizationOptions();
  const areaOptions = useAreaFilterOptions();
  const clear = { clearable: true, clearButtonProps: { "aria-label": t("common.clear") } };

  return (
    <Grid mb="md" gap="sm">
      <Grid.Col span={{ base: 6, sm: 4, lg: 2 }}>
        <Select
          label={t("prevention.filters.year")}
          placeholder={t("common.all")}
          data={yearOptions()}
          value={filters.year ? String(filters.year) : null}
          onChange={(year) => onChange({ ...filters, year: year ? Number(year) : null })}
          {...clear}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4, lg: 2 }}>
        <Select<ActivityStatus>
          label={t("common.status")}
          placeholder={t("common.all")}
          data={activityStatuses.map((status) => ({
            value: status,
            label: t(`prevention.status.${status}`),
          }))}
          value={filters.status}
          onChange={(status) => onChange({ ...filters, status })}
          {...clear}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4, lg: 2 }}>
        <Select
          label={t("prevention.fields.type")}
          placeholder={t("common.all")}
          data={types.options}
          value={filters.typeCode}
          onChange={(typeCode) => onChange({ ...filters, typeCode })}
          {...clear}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
        <Select
          label={t("prevention.filters.area")}
          placeholder={t("common.all")}
          data={areaOptions}
          value={filters.regionCode}
          onChange={(regionCode) => onChange({ ...filters, regionCode })}
          searchable
          nothingFoundMessage={t("common.nothingFound")}
          {...clear}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
        <Select
          label={t("prevention.fields.organizer")}
          placeholder={t("common.all")}
          data={(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={filters.organizerOrganizationId}
          onChange={(organizerOrganizationId) => onChange({ ...filters, organizerOrganizationId })}
          searchable
          nothingFoundMessage={t("common.nothingFound")}
          {...clear}
        />
      </Grid.Col>
    </Grid>
  );
}
