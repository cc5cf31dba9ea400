import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type RestitutionDto,
  type RestitutionStage,
  type RestitutionStep,
  restitutionInputSchema,
  restitutionStages,
  restitutionSteps,
} from "../../../shared/legal.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useSetRestitution } from "./legal-api.ts";
import { useFocusFirstError } from "./use-focus-first-error.ts";
import { useTerms } from "./vocabulary-terms.ts";

/** The step of the track a stage reaches: both ways of paying end on "paid". */
export function stepOf(stage: RestitutionStage): RestitutionStep {
  return stage === "paid_by_victim_fund" ? "paid" : stage;
}

type Amounts = Record<RestitutionStep, { rupiah: number | string; on: string }>;

function initialAmounts(existing: RestitutionDto | null): Amounts {
  return {
    requested: { rupiah: existing?.requestedRupiah ?? "", on: existing?.requestedOn ?? "" },
    demanded: { rupiah: existing?.demandedRupiah ?? "", on: existing?.demandedOn ?? "" },
    awarded: { rupiah: existing?.awardedRupiah ?? "", on: existing?.awardedOn ?? "" },
    paid: { rupiah: existing?.paidRupiah ?? "", on: existing?.paidOn ?? "" },
  };
}

/** Moves a victim's restitution along requested → demanded → awarded → paid, with amounts. */
export function RestitutionForm({
  caseId,
  legalId,
  casePersonId,
  personCode,
  existing,
  onDone,
}: {
  caseId: string;
  legalId: string;
  casePersonId: string;
  personCode: string;
  existing: RestitutionDto | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const terms = useTerms();
  const save = useSetRestitution(caseId);
  const form = useFormErrors();
  const focus = useFocusFirstError();
  function showError(error: unknown) {
    form.showApiError(error);
    focus.focusFirstError();
  }
  const [stage, setStage] = useState<RestitutionStage>(existing?.stageCode ?? "requested");
  const [amounts, setAmounts] = useState<Amounts>(() => initialAmounts(existing));
  const reached = restitutionSteps.slice(0, restitutionSteps.indexOf(stepOf(stage)) + 1);

  function setAmount(step: RestitutionStep, change: Partial<Amounts[RestitutionStep]>) {
    setAmounts((current) => ({ ...current, [step]: { ...current[step], ...change } }));
    form.clearField(`${step}Rupiah`);
    form.clearField(`${step}On`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: Record<string, unknown> = { stageCode: stage };
    for (const step of reached) {
      const { rupiah, on } = amounts[step];
      input[`${step}Rupiah`] = rupiah === "" ? null : Number(rupiah);
      input[`${step}On`] = on || null;
    }
    const parsed = form.validate(restitutionInputSchema, input);
    if (!parsed) return focus.focusFirstError();
    save.mutate(
      { legalId, casePersonId, input: parsed },
      {
        onSuccess: () => {
          notifySuccess(t("cases.restitution.saved", { code: personCode }));
          onDone();
        },
        onError: showError,
      },
    );
  }

  const shown = new Set([...reached.flatMap((step) => [`${step}Rupiah`, `${step}On`]), "stageCode"]);
  const extra = Object.entries(form.errors)
    .filter(([field, message]) => message && !shown.has(field))
    .map(([, message]) => message as string);

  return (
    <form onSubmit={submit} noValidate ref={focus.ref}>
      <Stack gap="md">
        <Text size="sm">{t("cases.restitution.intro", { code: personCode })}</Text>
        <FormErrorAlert message={form.formError} extra={extra} />
        <Select
          label={t("cases.restitution.stage")}
          required
          data={restitutionStages.map((code) => ({
            value: code,
            label: terms.label("restitution_stage", code),
          }))}
          value={stage}
          onChange={(value) => value && setStage(value as RestitutionStage)}
          allowDeselect={false}
          error={form.errors.stageCode}
        />
        {reached.map((step) => (
          <SimpleGrid key={step} cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t(`cases.restitution.amounts.${step}`)}
              prefix="Rp "
              thousandSeparator="."
              decimalSeparator=","
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={amounts[step].rupiah}
              onChange={(value) => setAmount(step, { rupiah: value })}
              error={form.errors[`${step}Rupiah`]}
            />
            <TextInput
              type="date"
              max={todayInJakarta()}
              label={t(`cases.restitution.dates.${step}`)}
              value={amounts[step].on}
              onChange={(event) => setAmount(step, { on: event.currentTarget.value })}
              error={form.errors[`${step}On`]}
            />
          </SimpleGrid>
        ))}
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
