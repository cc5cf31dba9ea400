import { Select, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { regionAncestry, useRegionChildren } from "./regions-api.ts";

type RegionCascadeSelectProps = {
  /** The task force's own region (e.g. 31.71, Jakarta Pusat); the value is it or a region below. */
  rootCode: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
};

/** Kecamatan, then kelurahan within it; leaving both empty means the whole city. */
export function RegionCascadeSelect({ rootCode, value, onChange, error }: RegionCascadeSelectProps) {
  const { t } = useTranslation();
  const depth = regionAncestry(rootCode).length;
  const chain = value.startsWith(rootCode) ? regionAncestry(value) : [rootCode];
  const district = chain[depth] ?? null;
  const village = chain[depth + 1] ?? null;
  const districts = useRegionChildren(rootCode);
  const villages = useRegionChildren(district);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t("regions.levels.kecamatan")}
        description={t("organizations.regionHint")}
        placeholder={t("organizations.wholeCity")}
        data={(districts.data?.items ?? []).map((item) => ({ value: item.code, label: item.name }))}
        value={district}
        onChange={(code) => onChange(code ?? rootCode)}
        searchable
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
        nothingFoundMessage={t("common.nothingFound")}
        error={error}
      />
      <Select
        label={t("regions.levels.kelurahan")}
        placeholder={district ? t("organizations.wholeDistrict") : t("organizations.pickDistrictFirst")}
        data={(villages.data?.items ?? []).map((item) => ({ value: item.code, label: item.name }))}
        value={village}
        onChange={(code) => onChange(code ?? district ?? rootCode)}
        disabled={!district}
        searchable
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
        nothingFoundMessage={t("common.nothingFound")}
      />
    </SimpleGrid>
  );
}
