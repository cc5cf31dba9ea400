import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createOrganizationInputSchema,
  type OrganizationDto,
  updateOrganizationInputSchema,
} from "../../../shared/organizations.ts";
import { useMe } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { RegionCascadeSelect } from "../regions/region-cascade-select.tsx";
import { useTaskForces, useWorkingGroups } from "../vocabularies/reference-api.ts";
import { termLabel, useVocabulary } from "../vocabularies/vocabularies-api.ts";
import { useSaveOrganization } from "./organizations-api.ts";

/** Used when the task force list is not readable; the system was built for Jakarta Pusat. */
const fallbackRootRegion = "31.71";

const fields = [
  "name",
  "shortName",
  "typeCode",
  "regionCode",
  "address",
  "phone",
  "email",
  "workingGroupIds",
] as const;

type Values = {
  name: string;
  shortName: string;
  typeCode: string | null;
  regionCode: string;
  address: string;
  phone: string;
  email: string;
  workingGroupIds: string[];
};

export function OrganizationForm({
  organization,
  onDone,
}: {
  organization: OrganizationDto | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { user } = useMe();
  const save = useSaveOrganization();
  const form = useFormErrors();
  const types = useVocabulary("organization_type");
  const workingGroups = useWorkingGroups();
  const taskForces = useTaskForces();
  const rootCode =
    taskForces.data?.items.find((item) => item.id === user.taskForceId)?.regionCode ?? fallbackRootRegion;
  const [values, setValues] = useState<Values>(() => ({
    name: organization?.name ?? "",
    shortName: organization?.shortName ?? "",
    typeCode: organization?.typeCode ?? null,
    regionCode: organization?.regionCode ?? "",
    address: organization?.address ?? "",
    phone: organization?.phone ?? "",
    email: organization?.email ?? "",
    workingGroupIds: organization?.workingGroupIds ?? [],
  }));

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  const typeData = (types.data?.items ?? [])
    .filter((term) => term.active || term.code === values.typeCode)
    .map((term) => ({ value: term.code, label: termLabel(term, term.code, i18n.language) }));
  const workingGroupData = (workingGroups.data?.items ?? []).map((group) => ({
    value: group.id,
    label: `${group.number}. ${i18n.language === "en" ? group.nameEn : group.nameId}`,
  }));

  function submit(event: FormEvent) {
    event.preventDefault();
    // Editing, an emptied field is sent as null so the server clears it; creating, it is left out.
    const blank = organization ? (value: string) => blankToUndefined(value) ?? null : blankToUndefined;
    const input = {
      name: values.name,
      shortName: blank(values.shortName),
      typeCode: values.typeCode ?? undefined,
      regionCode: values.regionCode || rootCode,
      address: blank(values.address),
      phone: blank(values.phone),
      email: blank(values.email),
      workingGroupIds: values.workingGroupIds,
    };
    const parsed = organization
      ? form.validate(updateOrganizationInputSchema, input)
      : form.validate(createOrganizationInputSchema, input);
    if (!parsed) return;
    save.mutate(
      { id: organization?.id ?? null, input: parsed },
      {
        onSuccess: (saved) => {
          notifySuccess(t("organizations.saved", { name: saved.name }));
          onDone();
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("organizations.name")}
            required
            value={values.name}
            onChange={(event) => change("name", event.currentTarget.value)}
            error={form.errors.name}
          />
          <TextInput
            label={t("organizations.shortName")}
            value={values.shortName}
            onChange={(event) => change("shortName", event.currentTarget.value)}
            error={form.errors.shortName}
          />
        </SimpleGrid>
        <Select
          label={t("organizations.type")}
          required
          searchable
          data={typeData}
          value={values.typeCode}
          onChange={(typeCode) => change("typeCode", typeCode)}
          error={form.errors.typeCode}
          nothingFoundMessage={t("common.nothingFound")}
          allowDeselect={false}
        />
        <RegionCascadeSelect
          rootCode={rootCode}
          value={values.regionCode || rootCode}
          onChange={(code) => change("regionCode", code)}
          error={form.errors.regionCode}
        />
        <Textarea
          label={t("organizations.address")}
          autosize
          minRows={2}
          value={values.address}
          onChange={(event) => change("address", event.currentTarget.value)}
          error={form.errors.address}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("organizations.phone")}
            type="tel"
            value={values.phone}
            onChange={(event) => change("phone", event.currentTarget.value)}
            error={form.errors.phone}
          />
          <TextInput
            label={t("auth.email")}
            type="email"
            value={values.email}
            onChange={(event) => change("email", event.currentTarget.value)}
            error={form.errors.email}
          />
        </SimpleGrid>
        <MultiSelect
          label={t("organizations.workingGroups")}
          description={t("organizations.workingGroupsHint")}
          data={workingGroupData}
          value={values.workingGroupIds}
          onChange={(ids) => change("workingGroupIds", ids)}
          error={form.errors.workingGroupIds}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {organization ? t("common.save") : t("organizations.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
