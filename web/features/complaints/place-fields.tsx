import { Group, Radio, Select, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { RegionDto } from "../../../shared/reference.ts";
import { api } from "../../app/api-client.ts";
import { useMe } from "../../app/session-context.tsx";
import { countryOptions } from "../public-report/place-options.ts";
import { RegionCascadeSelect } from "../regions/region-cascade-select.tsx";
import { useTaskForces } from "../vocabularies/reference-api.ts";

/** Used when the task force list cannot be read; the system was first built for Jakarta Pusat. */
const fallbackRootRegion = "31.71";

export type PlaceWhere = "local" | "province" | "abroad" | "unknown";
export type PlaceValue = { where: PlaceWhere; regionCode: string | null; countryCode: string | null };

/** The task force's own region: the root of the kecamatan/kelurahan pickers. */
export function useTaskForceRegion(): string {
  const { user } = useMe();
  const taskForces = useTaskForces();
  return (
    taskForces.data?.items.find((item) => item.id === user.taskForceId)?.regionCode ?? fallbackRootRegion
  );
}

function useProvinces(enabled: boolean) {
  return useQuery({
    queryKey: ["regions", "provinces"],
    queryFn: ({ signal }) =>
      api.get<{ items: RegionDto[] }>("/regions", { level: "provinsi", limit: 100 }, signal),
    enabled,
    staleTime: 60 * 60_000,
  });
}

/** A stored region or country as the picker's value. */
export function placeValueOf(
  regionCode: string | null,
  countryCode: string | null,
  root: string,
): PlaceValue {
  if (countryCode) return { where: "abroad", regionCode: null, countryCode };
  if (regionCode?.startsWith(root)) return { where: "local", regionCode, countryCode: null };
  if (regionCode) return { where: "province", regionCode: regionCode.slice(0, 2), countryCode: null };
  return { where: "unknown", regionCode: null, countryCode: null };
}

/** The picker's value as the API takes it: a region or a country, never both. */
export function placeInputOf(value: PlaceValue): { regionCode?: string; countryCode?: string } {
  if (value.where === "abroad") return { countryCode: value.countryCode ?? undefined };
  if (value.where === "local" || value.where === "province")
    return { regionCode: value.regionCode ?? undefined };
  return {};
}

type PlaceFieldsProps = {
  label: string;
  value: PlaceValue;
  onChange: (value: PlaceValue) => void;
  regionError?: string;
  countryError?: string;
};

/** Where something happened: in the task force's area, elsewhere in Indonesia, abroad, or unknown. */
export function PlaceFields({ label, value, onChange, regionError, countryError }: PlaceFieldsProps) {
  const { t, i18n } = useTranslation();
  const root = useTaskForceRegion();
  const provinces = useProvinces(value.where === "province");
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  function choose(where: PlaceWhere) {
    onChange({ where, regionCode: where === "local" ? root : null, countryCode: null });
  }

  return (
    <Stack gap="xs">
      <Radio.Group label={label} value={value.where} onChange={(where) => choose(where as PlaceWhere)}>
        <Group gap="md" mt={6}>
          <Radio value="local" label={t("intake.placePicker.local")} />
          <Radio value="province" label={t("intake.placePicker.province")} />
          <Radio value="abroad" label={t("intake.placePicker.abroad")} />
          <Radio value="unknown" label={t("intake.placePicker.unknown")} />
        </Group>
      </Radio.Group>
      {value.where === "local" ? (
        <RegionCascadeSelect
          rootCode={root}
          value={value.regionCode ?? root}
          onChange={(regionCode) => onChange({ ...value, regionCode })}
          error={regionError}
        />
      ) : null}
      {value.where === "province" ? (
        <Select
          label={t("intake.placePicker.provinceLabel")}
          data={(provinces.data?.items ?? []).map((item) => ({ value: item.code, label: item.name }))}
          value={value.regionCode}
          onChange={(regionCode) => onChange({ ...value, regionCode })}
          searchable
          nothingFoundMessage={t("common.nothingFound")}
          error={regionError}
        />
      ) : null}
      {value.where === "abroad" ? (
        <Select
          label={t("intake.placePicker.country")}
          data={countries}
          value={value.countryCode}
          onChange={(countryCode) => onChange({ ...value, countryCode })}
          searchable
          nothingFoundMessage={t("common.nothingFound")}
          error={countryError}
        />
      ) : null}
    </Stack>
  );
}
