import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  actualInputSchema,
  type IndicatorDto,
  type ProgrammeDto,
  programmeInputSchema,
  type WorkPlanDto,
} from "../../../shared/work-plans.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { useFollowUpForm } from "../action-items/use-follow-up-form.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useRecordActual, useSaveProgramme } from "./work-plans-api.ts";

/** The decimal mark people type: a comma in Indonesian, a point in English. */
export const decimalSeparator = (language: string) => (language === "en" ? "." : ",");

export function Actions({
  pending,
  onCancel,
  label,
}: {
  pending: boolean;
  onCancel: () => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </Group>
  );
}

export function useOrganizationData() {
  const organizations = useOrganizationOptions();
  return (current: string | null) =>
    (organizations.data?.items ?? [])
      .filter((org) => org.active || org.id === current)
      .map((org) => ({ value: org.id, label: org.name }));
}

/** A programme under a working group (one RAN strategy), with the organisation that leads it. */
export function ProgrammeForm({
  plan,
  programme,
  workingGroupId,
  onDone,
}: {
  plan: WorkPlanDto;
  programme: ProgrammeDto | null;
  workingGroupId: string | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useFollowUpForm();
  const save = useSaveProgramme(plan.year);
  const organizations = useOrganizationData();
  const [group, setGroup] = useState<string | null>(programme?.workingGroupId ?? workingGroupId);
  const [title, setTitle] = useState(programme?.title ?? "");
  const [description, setDescription] = useState(programme?.description ?? "");
  const [lead, setLead] = useState<string | null>(programme?.leadOrganization?.id ?? null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(programmeInputSchema, {
      workingGroupId: group ?? undefined,
      title: title.trim(),
      description: blankToUndefined(description) ?? null,
      leadOrganizationId: lead,
    });
    if (!input) return;
    save.mutate({ id: programme?.id ?? null, input }, { onSuccess: onDone, onError: form.showApiError });
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert
          message={form.formError}
          extra={form.unplaced((f) =>
            ["workingGroupId", "title", "description", "leadOrganizationId"].includes(f),
          )}
        />
        <Select
          label={t("followUp.plan.workingGroup")}
          required
          data={plan.workingGroups.map((g) => ({
            value: g.id,
            label: `${g.number}. ${i18n.language === "en" ? g.nameEn : g.nameId}`,
          }))}
          value={group}
          onChange={setGroup}
          allowDeselect={false}
          error={form.errors.workingGroupId}
        />
        <TextInput
          label={t("followUp.plan.programmeTitle")}
          required
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={form.errors.title}
        />
        <Textarea
          label={t("followUp.plan.programmeDescription")}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={form.errors.description}
        />
        <Select
          label={t("followUp.plan.lead")}
          placeholder={t("followUp.form.optional")}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          nothingFoundMessage={t("common.nothingFound")}
          data={organizations(lead)}
          value={lead}
          onChange={setLead}
          error={form.errors.leadOrganizationId}
        />
        <Actions
          pending={save.isPending}
          onCancel={onDone}
          label={programme ? t("common.save") : t("followUp.plan.addProgramme")}
        />
      </Stack>
    </form>
  );
}

/** A realisation to date of an entered indicator: the latest by date is its actual. */
export function ActualForm({
  plan,
  indicator,
  onDone,
}: {
  plan: WorkPlanDto;
  indicator: IndicatorDto;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useFollowUpForm();
  const record = useRecordActual(plan.year);
  const today = todayInJakarta();
  const [value, setValue] = useState<string | number>("");
  const [measuredOn, setMeasuredOn] = useState(
    today < `${plan.year + 1}-01-01` ? today : `${plan.year}-12-31`,
  );
  const [note, setNote] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(actualInputSchema, {
      value: value === "" ? undefined : Number(value),
      measuredOn,
      note: blankToUndefined(note) ?? null,
    });
    if (!input) return;
    record.mutate({ indicatorId: indicator.id, input }, { onSuccess: onDone, onError: form.showApiError });
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{indicator.name}</Text>
        <FormErrorAlert
          message={form.formError}
          extra={form.unplaced((f) => ["value", "measuredOn", "note"].includes(f))}
        />
        <SimpleGrid cols={{ base: 2 }}>
          <NumberInput
            label={t("followUp.plan.actualValue", { unit: indicator.unit })}
            description={t("followUp.plan.actualHint")}
            required
            min={0}
            decimalSeparator={decimalSeparator(i18n.language)}
            value={value}
            onChange={setValue}
            error={form.errors.value}
          />
          <TextInput
            type="date"
            label={t("followUp.plan.measuredOn")}
            required
            min={`${plan.year}-01-01`}
            max={today}
            value={measuredOn}
            onChange={(event) => setMeasuredOn(event.currentTarget.value)}
            error={form.errors.measuredOn}
          />
        </SimpleGrid>
        <Textarea
          label={t("followUp.plan.actualNote")}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={form.errors.note}
        />
        <Actions pending={record.isPending} onCancel={onDone} label={t("followUp.plan.recordActual")} />
      </Stack>
    </form>
  );
}
