import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseListItem } from "../../../shared/cases.ts";
import { useCaseSearch } from "./complaints-api.ts";

type CaseSearchSelectProps = {
  value: string | null;
  onChange: (caseId: string | null) => void;
  error?: string;
};

/**
 * A case picked by its number: the newest cases at first, then those whose number begins with
 * what is typed (the server searches; the list is not filtered again here). Closed cases show,
 * but cannot be chosen: a complaint joins an open case.
 */
export function CaseSearchSelect({ value, onChange, error }: CaseSearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<CaseListItem | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 350);

  function labelOf(item: CaseListItem): string {
    const closed = item.status === "closed" ? ` (${t("intake.triage.caseClosed")})` : "";
    return `${item.number} · ${item.title}${closed}`;
  }

  // After a choice the search box shows the chosen label; that is not a new search.
  const q = selected && debounced === labelOf(selected) ? "" : debounced;
  const cases = useCaseSearch(q, true);
  const found = cases.data?.items ?? [];
  const all = selected && !found.some((item) => item.id === selected.id) ? [selected, ...found] : found;

  return (
    <Select
      label={t("intake.triage.case")}
      description={t("intake.triage.caseHint")}
      placeholder={t("intake.triage.casePlaceholder")}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={all.map((item) => ({ value: item.id, label: labelOf(item), disabled: item.status === "closed" }))}
      value={value}
      onChange={(caseId) => {
        setSelected(all.find((item) => item.id === caseId) ?? null);
        onChange(caseId);
      }}
      nothingFoundMessage={cases.isFetching ? t("common.loading") : t("intake.triage.caseNone")}
      error={error ?? (cases.error ? cases.error.message : undefined)}
    />
  );
}
