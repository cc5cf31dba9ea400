import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ComputedMetric,
  computedMetrics,
  type IndicatorDirection,
  type IndicatorDto,
  indicatorInputSchema,
  metricDirections,
  type WorkPlanDto,
} from "../../../shared/work-plans.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { useFollowUpForm } from "../action-items/use-follow-up-form.ts";
import { Actions, decimalSeparator, useOrganizationData } from "./plan-forms.tsx";
import { useSaveIndicator } from "./work-plans-api.ts";

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
