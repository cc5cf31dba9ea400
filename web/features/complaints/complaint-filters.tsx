import { Grid, Select, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import {
  type ComplaintSource,
  type ComplaintStatus,
  complaintSources,
  complaintStatuses,
} from "../../../shared/complaints.ts";
import type { ComplaintFilters as Filters } from "./complaints-api.ts";
import { useTerms } from "./use-terms.ts";

type ComplaintFiltersProps = {
  search: string;
  onSearchChange: (value: string) => void;
  filters: Omit<Filters, "q">;
  onChange: (filters: Omit<Filters, "q">) => void;
};

/** Search by code, then status and source side by side on a phone, the (long) channel names below. */
export function ComplaintFilters({ search, onSearchChange, filters, onChange }: ComplaintFiltersProps) {
  const { t } = useTranslation();
  const channels = useTerms("complaint_channel");
  const clear = { clearable: true, clearButtonProps: { "aria-label": t("common.clear") } };

  return (
    <Grid mb="md" gap="sm">
      <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
        <TextInput
          label={t("intake.queue.search")}
          placeholder="ADU-7K3M"
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={search}
          onChange={(event) => onSearchChange(event.currentTarget.value)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, lg: 2 }}>
        <Select<ComplaintStatus>
          label={t("common.status")}
          placeholder={t("common.all")}
          data={complaintStatuses.map((status) => ({
            value: status,
            label: t(`intake.complaint.status.${status}`),
          }))}
          value={filters.status}
          onChange={(status) => onChange({ ...filters, status })}
          {...clear}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, lg: 2 }}>
        <Select<ComplaintSource>
          label={t("intake.complaint.source")}
          placeholder={t("common.all")}
          data={complaintSources.map((source) => ({
            value: source,
            label: t(`intake.complaint.sources.${source}`),
          }))}
          value={filters.source}
          onChange={(source) => onChange({ ...filters, source })}
          {...clear}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Select
          label={t("intake.complaint.channel")}
          placeholder={t("common.all")}
          data={channels.options}
          value={filters.channel}
          onChange={(channel) => onChange({ ...filters, channel })}
          {...clear}
        />
      </Grid.Col>
    </Grid>
  );
}
