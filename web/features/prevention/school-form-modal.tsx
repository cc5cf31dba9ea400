import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createSchoolInputSchema,
  type SchoolDto,
  type SchoolLevel,
  type SchoolOwnership,
  schoolLevels,
  schoolOwnerships,
} from "../../../shared/schools.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { kelurahanOptions, useArea } from "./prevention-api.ts";
import { useSaveSchool } from "./schools-api.ts";
import { usePreventionFormErrors } from "./use-prevention-form-errors.ts";

const shown = ["name", "level", "ownership", "npsn", "regionCode", "address", "organizationId", "active"];

/** Add a school to the registry or correct one (the secretariat). */
export function SchoolFormModal({
  school,
  opened,
  onClose,
}: {
  school: SchoolDto | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  return (
    <Modal
      {...phoneModal}
      opened={opened}
      onClose={onClose}
      title={school ? t("prevention.schools.editTitle") : t("prevention.schools.newTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? <SchoolForm school={school} onDone={onClose} /> : null}
    </Modal>
  );
}

function SchoolForm({ school, onDone }: { school: SchoolDto | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSchool(school?.id ?? null);
  const form = usePreventionFormErrors();
  const area = useArea();
  const organizations = useOrganizationOptions();
  const [values, setValues] = useState({
    name: school?.name ?? "",
    level: (school?.level ?? null) as SchoolLevel | null,
    ownership: (school?.ownership ?? "public") as SchoolOwnership,
    npsn: school?.npsn ?? "",
    regionCode: school?.regionCode ?? null,
    address: school?.address ?? "",
    organizationId: school?.organizationId ?? null,
    active: school?.active ?? true,
  });

  function change<K extends keyof typeof values>(field: K, value: (typeof values)[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(createSchoolInputSchema, {
      name: values.name,
      level: values.level ?? undefined,
      ownership: values.ownership,
      npsn: blankToUndefined(values.npsn) ?? null,
      regionCode: values.regionCode ?? undefined,
      address: blankToUndefined(values.address) ?? null,
      organizationId: values.organizationId,
      active: values.active,
    });
    if (!input) return;
    save.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(t("prevention.schools.saved", { name: saved.name }));
        onDone();
      },
      onError: form.showApiError,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, shown)} />
        <TextInput
          label={t("prevention.schools.name")}
          required
          value={values.name}
          onChange={(event) => change("name", event.currentTarget.value)}
          error={form.errors.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("prevention.schools.level")}
            required
            data={schoolLevels.map((level) => ({
              value: level,
              label: t(`prevention.schoolLevels.${level}`),
            }))}
            value={values.level}
            onChange={(level) => change("level", level as SchoolLevel | null)}
            error={form.errors.level}
          />
          <Select
            label={t("prevention.schools.ownership")}
            required
            data={schoolOwnerships.map((o) => ({ value: o, label: t(`prevention.schools.ownerships.${o}`) }))}
            value={values.ownership}
            onChange={(o) => o && change("ownership", o as SchoolOwnership)}
            allowDeselect={false}
            error={form.errors.ownership}
          />
          <Select
            label={t("prevention.fields.kelurahan")}
            required
            data={kelurahanOptions(area.data)}
            value={values.regionCode}
            onChange={(code) => change("regionCode", code)}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            error={form.errors.regionCode}
          />
          <TextInput
            label={t("prevention.schools.npsn")}
            description={t("prevention.schools.npsnHint")}
            inputMode="numeric"
            maxLength={8}
            value={values.npsn}
            onChange={(event) => change("npsn", event.currentTarget.value)}
            error={form.errors.npsn}
          />
        </SimpleGrid>
        <TextInput
          label={t("prevention.schools.address")}
          value={values.address}
          onChange={(event) => change("address", event.currentTarget.value)}
          error={form.errors.address}
        />
        <Select
          label={t("prevention.schools.organization")}
          description={t("prevention.schools.organizationHint")}
          data={(organizations.data?.items ?? [])
            .filter((o) => o.typeCode === "school")
            .map((o) => ({ value: o.id, label: o.name }))}
          value={values.organizationId}
          onChange={(id) => change("organizationId", id)}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          nothingFoundMessage={t("common.nothingFound")}
          error={form.errors.organizationId}
        />
        {school ? (
          <Checkbox
            label={t("prevention.schools.activeLabel")}
            checked={values.active}
            onChange={(event) => change("active", event.currentTarget.checked)}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
