import { Select, SimpleGrid } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { RegionDto, RegionLevel } from "../../../shared/reference.ts";
import { api } from "../../app/api-client.ts";
import { regionAncestry } from "../regions/regions-api.ts";

const levelByDepth: RegionLevel[] = ["provinsi", "kabupaten_kota", "kecamatan", "kelurahan"];

/** The regions directly below a parent, or the provinces; one request per level, cached an hour. */
function useRegionOptions(parentCode: string | null) {
  return useQuery({
    queryKey: ["regions", "options", parentCode],
    queryFn: ({ signal }) =>
      api.get<{ items: RegionDto[] }>(
        "/regions",
        parentCode ? { parentCode, limit: 200 } : { level: "provinsi", limit: 200 },
        signal,
      ),
    staleTime: 60 * 60_000,
  });
}

type RegionPathSelectProps = {
  /** The region everything lies in (the task force's city), or null for all of Indonesia. */
  rootCode: string | null;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  /** Put before each level's name, e.g. "Asal", so several pickers on one form read apart. */
  labelPrefix?: string;
};

/**
 * One select per level below the root (provinsi → kabupaten/kota → kecamatan → kelurahan);
 * the next appears once a level is chosen and has regions below it. The value is the deepest
 * choice; clearing a level goes back to its parent.
 */
export function RegionPathSelect({ rootCode, value, onChange, error, labelPrefix }: RegionPathSelectProps) {
  const chosen = value
    ? regionAncestry(value).filter((code) => !rootCode || (code.startsWith(rootCode) && code !== rootCode))
    : [];
  const parents: (string | null)[] = [rootCode, ...chosen];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {parents.slice(0, levelByDepth.length).map((parent, index) => (
        <RegionLevelSelect
          // Keyed by its parent, so a level starts afresh when the one above it changes.
          key={parent ?? "root"}
          parentCode={parent}
          value={chosen[index] ?? null}
          onChange={(code) => onChange(code ?? (index === 0 ? null : (parents[index] ?? null)))}
          error={index === 0 ? error : undefined}
          labelPrefix={labelPrefix}
        />
      ))}
    </SimpleGrid>
  );
}

function RegionLevelSelect({
  parentCode,
  value,
  onChange,
  error,
  labelPrefix,
}: {
  parentCode: string | null;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  labelPrefix?: string;
}) {
  const { t } = useTranslation();
  const options = useRegionOptions(parentCode);
  const depth = parentCode ? regionAncestry(parentCode).length : 0;
  const level = levelByDepth[depth] ?? "kelurahan";
  const items = options.data?.items ?? [];
  // A region with nothing below it (or a country list not imported yet) ends the chain.
  if (options.isSuccess && items.length === 0) return null;
  const levelName = t(`regions.levels.${level}`);
  return (
    <Select
      label={labelPrefix ? `${labelPrefix}: ${levelName}` : levelName}
      placeholder={t("cases.region.any")}
      data={items.map((item) => ({ value: item.code, label: item.name }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      clearButtonProps={{ "aria-label": t("common.clear") }}
      nothingFoundMessage={t("common.nothingFound")}
      error={error}
    />
  );
}
