import { Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type PlaceKind, placeKinds } from "../../../shared/prevention.ts";
import type { FieldErrors } from "../../ui/form-errors.ts";
import { kelurahanOptions, useArea } from "./prevention-api.ts";
import { useSchoolsIn } from "./schools-api.ts";

export type PlaceValues = {
  placeKind: PlaceKind;
  regionCode: string | null;
  schoolId: string | null;
  placeDetail: string;
};

/**
 * Where: the kind of place first, then the kelurahan (a school is picked within it and brings
 * it along); online needs no kelurahan, only the link. The detail's label follows the kind.
 */
export function ActivityPlaceFields({
  value,
  onChange,
  errors,
}: {
  value: PlaceValues;
  onChange: (value: PlaceValues) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const area = useArea();
  const schools = useSchoolsIn(value.placeKind === "school" ? value.regionCode : null);
  const online = value.placeKind === "online";

  return (
    <Stack gap="sm">
      <Select
        label={t("prevention.fields.placeKind")}
        required
        data={placeKinds.map((kind) => ({ value: kind, label: t(`prevention.placeKinds.${kind}`) }))}
        value={value.placeKind}
        onChange={(kind) => kind && onChange({ ...value, placeKind: kind as PlaceKind, schoolId: null })}
        allowDeselect={false}
        error={errors.placeKind}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("prevention.fields.kelurahan")}
          description={online ? t("prevention.fields.kelurahanOnlineHint") : undefined}
          required={!online}
          data={kelurahanOptions(area.data)}
          value={value.regionCode}
          onChange={(regionCode) => onChange({ ...value, regionCode, schoolId: null })}
          searchable
          clearable={online}
          clearButtonProps={{ "aria-label": t("common.clear") }}
          nothingFoundMessage={t("common.nothingFound")}
          error={errors.regionCode}
        />
        {value.placeKind === "school" ? (
          <Select
            label={t("prevention.fields.school")}
            required
            placeholder={value.regionCode ? undefined : t("prevention.fields.schoolPickKelurahan")}
            disabled={!value.regionCode}
            data={(schools.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={value.schoolId}
            onChange={(schoolId) => onChange({ ...value, schoolId })}
            searchable
            nothingFoundMessage={t("prevention.fields.noSchools")}
            error={errors.schoolId}
          />
        ) : null}
      </SimpleGrid>
      <TextInput
        label={t(`prevention.fields.placeDetail_${value.placeKind}`)}
        required={value.placeKind === "rptra" || value.placeKind === "other"}
        type={online ? "url" : "text"}
        value={value.placeDetail}
        onChange={(event) => onChange({ ...value, placeDetail: event.currentTarget.value })}
        error={errors.placeDetail}
      />
    </Stack>
  );
}
