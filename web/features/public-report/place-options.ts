import type { TFunction } from "i18next";
import { countryCodes, countryName } from "../../../shared/countries.ts";
import { jakartaPusatRegions, type RegionSeed } from "../../../shared/regions-jakarta-pusat.ts";
import { otherProvinces } from "../../../shared/regions-provinces.ts";

type Option = { value: string; label: string };
type Group = { group: string; items: Option[] };

/**
 * The places the public form offers without a request: the regions that ship with the product
 * (the city down to its kelurahan, and every province). The region API needs an account, and a
 * cheap phone on a slow link should not wait for a list before it can report.
 */
export function publicPlaceOptions(t: TFunction): Group[] {
  const byCode = new Map<string, RegionSeed>(jakartaPusatRegions.map((region) => [region.code, region]));
  const local: Option[] = [];
  const provinces: Option[] = [];
  for (const region of jakartaPusatRegions) {
    const parent = region.parentCode ? byCode.get(region.parentCode) : undefined;
    switch (region.level) {
      case "kabupaten_kota":
        local.push({ value: region.code, label: t("intake.place.wholeCity", { name: region.name }) });
        break;
      case "kecamatan":
        local.push({ value: region.code, label: t("intake.place.district", { name: region.name }) });
        break;
      case "kelurahan":
        local.push({
          value: region.code,
          label: t("intake.place.village", { name: region.name, district: parent?.name ?? "" }),
        });
        break;
      case "provinsi":
        provinces.push({ value: region.code, label: region.name });
        break;
    }
  }
  for (const region of otherProvinces) provinces.push({ value: region.code, label: region.name });
  provinces.sort((a, b) => a.label.localeCompare(b.label, "id"));
  const city = jakartaPusatRegions.find((region) => region.level === "kabupaten_kota");
  return [
    { group: city?.name ?? t("intake.place.localGroup"), items: local },
    { group: t("intake.place.provincesGroup"), items: provinces },
  ];
}

/** Every country but Indonesia, by name in the UI language. */
export function countryOptions(language: string): Option[] {
  return countryCodes
    .filter((code) => code !== "ID")
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}
