import { Radio, Select, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import type { TriageFieldsProps } from "./triage-values.ts";

/** Where a complaint that is someone else's matter was sent: a member organisation or any agency. */
export function ReferElsewhereFields({ values, errors, onChange }: TriageFieldsProps) {
  const { t } = useTranslation();
  const organizations = useOrganizationOptions();
  const options = (organizations.data?.items ?? [])
    .filter((item) => item.active)
    .map((item) => ({ value: item.id, label: item.name }));

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t("intake.triage.referredTo")}
        value={values.targetKind}
        onChange={(kind) => onChange("targetKind", kind as "member" | "other")}
      >
        <Stack gap={6} mt={6}>
          <Radio value="member" label={t("intake.triage.memberOrganization")} />
          <Radio value="other" label={t("intake.triage.otherAgency")} />
        </Stack>
      </Radio.Group>
      {values.targetKind === "member" ? (
        <Select
          label={t("intake.triage.organization")}
          required
          searchable
          data={options}
          value={values.organizationId}
          onChange={(id) => onChange("organizationId", id)}
          nothingFoundMessage={t("common.nothingFound")}
          error={errors.referredToOrganizationId}
        />
      ) : (
        <TextInput
          label={t("intake.triage.agencyName")}
          description={t("intake.triage.agencyNameHint")}
          required
          value={values.agencyName}
          onChange={(event) => onChange("agencyName", event.currentTarget.value)}
          error={errors.referredToName ?? errors.referredToOrganizationId}
        />
      )}
    </Stack>
  );
}
