import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
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
  type ComputedMetric,
  computedMetrics,
  type IndicatorDirection,
  type IndicatorDto,
  indicatorInputSchema,
  metricDirections,
  type ProgrammeDto,
  programmeInputSchema,
  type WorkPlanDto,
} from "../../../shared/work-plans.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { useFollowUpForm } from "../action-items/use-follow-up-form.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useRecordActual, useSaveIndicator, useSaveProgramme } from "./work-plans-api.ts";

/** The decimal mark people type: a comma in Indonesian, a point in English. */
const decimalSeparator = (language: string) => (language === "en" ? "." : ",");

function Actions({ pending, onCancel, label }: { pending: boolean; onCancel: () => void; label: string }) {
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

function useOrganizationData() {
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

/**
 * An indicator: a figure, its target, whether less is better (the zero-case target), who is
 * responsible, and whether Gugus counts it from its own records or the secretariat enters it.
 */
export function IndicatorForm({
  plan,
  programmeId,
  indicator,
  onDone,
}: {
  plan: WorkPlanDto;
  programmeId: string;
  indicator: IndicatorDto | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useFollowUpForm();
  const save = useSaveIndicator(plan.year);
  const organizations = useOrganizationData();
  const [name, setName] = useState(indicator?.name ?? "");
  const [unit, setUnit] = useState(indicator?.unit ?? "");
  const [target, setTarget] = useState<string | number>(indicator?.target ?? "");
  const [baseline, setBaseline] = useState<string | number>(indicator?.baseline ?? "");
  const [direction, setDirection] = useState<IndicatorDirection>(indicator?.direction ?? "higher");
  const [metric, setMetric] = useState<string>(indicator?.metric ?? "");
  const [responsible, setResponsible] = useState<string | null>(
    indicator?.responsibleOrganization.id ?? null,
  );

  function pickMetric(value: string | null) {
    setMetric(value ?? "");
    if (value) {
      setDirection(metricDirections[value as ComputedMetric]);
      if (!name.trim()) setName(t(`followUp.plan.metrics.${value as ComputedMetric}`));
      if (!unit.trim()) setUnit(t(`followUp.plan.metricUnits.${value as ComputedMetric}`));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(indicatorInputSchema, {
      programmeId,
      name: name.trim(),
      unit: unit.trim(),
      target: target === "" ? undefined : Number(target),
      baseline: baseline === "" ? null : Number(baseline),
      direction,
      responsibleOrganizationId: responsible ?? undefined,
      metric: metric ? (metric as ComputedMetric) : null,
    });
    if (!input) return;
    save.mutate({ id: indicator?.id ?? null, input }, { onSuccess: onDone, onError: form.showApiError });
  }

  const shown = ["name", "unit", "target", "baseline", "direction", "responsibleOrganizationId", "metric"];
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={form.unplaced((f) => shown.includes(f))} />
        <Select
          label={t("followUp.plan.metric")}
          description={t("followUp.plan.metricHint")}
          data={[
            { value: "", label: t("followUp.plan.entered") },
            ...computedMetrics.map((m) => ({ value: m, label: t(`followUp.plan.metrics.${m}`) })),
          ]}
          value={metric}
          onChange={pickMetric}
          allowDeselect={false}
          error={form.errors.metric}
        />
        <TextInput
          label={t("followUp.plan.indicatorName")}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={form.errors.name}
        />
        <SimpleGrid cols={{ base: 2 }}>
          <NumberInput
            label={t("followUp.plan.target")}
            required
            min={0}
            decimalSeparator={decimalSeparator(i18n.language)}
            value={target}
            onChange={setTarget}
            error={form.errors.target}
          />
          <TextInput
            label={t("followUp.plan.unit")}
            required
            value={unit}
            onChange={(event) => setUnit(event.currentTarget.value)}
            error={form.errors.unit}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="direction-label">
            {t("followUp.plan.direction")}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="direction-label"
            data={[
              { value: "higher", label: t("followUp.plan.higherIsBetter") },
              { value: "lower", label: t("followUp.plan.lowerIsBetter") },
            ]}
            value={direction}
            onChange={(value) => setDirection(value as IndicatorDirection)}
          />
          {direction === "lower" ? (
            <Text size="xs" c="dimmed">
              {t("followUp.plan.lowerHint")}
            </Text>
          ) : null}
        </Stack>
        <NumberInput
          label={t("followUp.plan.baseline")}
          description={t("followUp.plan.baselineHint")}
          min={0}
          decimalSeparator={decimalSeparator(i18n.language)}
          value={baseline}
          onChange={setBaseline}
          error={form.errors.baseline}
        />
        <Select
          label={t("followUp.plan.responsible")}
          required
          searchable
          nothingFoundMessage={t("common.nothingFound")}
          data={organizations(responsible)}
          value={responsible}
          onChange={setResponsible}
          error={form.errors.responsibleOrganizationId}
        />
        <Actions
          pending={save.isPending}
          onCancel={onDone}
          label={indicator ? t("common.save") : t("followUp.plan.addIndicator")}
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
