import { MultiSelect, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { todayInJakarta } from "../../ui/format-day.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { PlaceFields } from "./place-fields.tsx";
import type { TriageFieldsProps } from "./triage-values.ts";
import { useTerms } from "./use-terms.ts";

/** The essentials of a case opened from a complaint; the rest is filled in on the case page. */
export function OpenCaseFields({ values, errors, onChange }: TriageFieldsProps) {
  const { t } = useTranslation();
  const organizations = useOrganizationOptions();
  const forms = useTerms("exploitation_form");
  const risks = useTerms("risk_level");
  const organizationOptions = (organizations.data?.items ?? [])
    .filter((item) => item.active || item.id === values.leadOrganizationId)
    .map((item) => ({ value: item.id, label: item.name }));

  return (
    <Stack gap="sm">
      <TextInput
        label={t("intake.openCase.title")}
        description={t("intake.openCase.titleHint")}
        required
        value={values.title}
        onChange={(event) => onChange("title", event.currentTarget.value)}
        error={errors.title}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("intake.openCase.identifiedOn")}
          type="date"
          required
          max={todayInJakarta()}
          value={values.identifiedOn}
          onChange={(event) => onChange("identifiedOn", event.currentTarget.value)}
          error={errors.identifiedOn}
        />
        <Select
          label={t("intake.openCase.riskLevel")}
          required
          data={risks.options}
          value={values.riskLevel}
          onChange={(risk) => onChange("riskLevel", risk)}
          allowDeselect={false}
          error={errors.riskLevel}
        />
      </SimpleGrid>
      <PlaceFields
        label={t("intake.openCase.identifiedPlace")}
        value={values.place}
        onChange={(place) => onChange("place", place)}
        regionError={errors.identifiedRegionCode}
        countryError={errors.identifiedCountryCode}
      />
      <MultiSelect
        label={t("intake.openCase.exploitationForms")}
        description={t("intake.openCase.exploitationFormsHint")}
        data={forms.options}
        value={values.exploitationForms}
        onChange={(codes) => onChange("exploitationForms", codes)}
        searchable
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
        nothingFoundMessage={t("common.nothingFound")}
        error={errors.exploitationForms}
      />
      <Select
        label={t("intake.openCase.leadOrganization")}
        required
        searchable
        data={organizationOptions}
        value={values.leadOrganizationId}
        onChange={(id) => onChange("leadOrganizationId", id)}
        allowDeselect={false}
        nothingFoundMessage={t("common.nothingFound")}
        error={errors.leadOrganizationId}
      />
    </Stack>
  );
}
