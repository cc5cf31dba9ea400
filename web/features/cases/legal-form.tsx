import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type LegalProcessDto,
  legalVerdicts,
  lpskProtections,
  recordLegalProcessInputSchema,
  updateLegalProcessInputSchema,
} from "../../../shared/legal.ts";
import type { CasePersonDto } from "../../../shared/people.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useSaveLegalProcess } from "./legal-api.ts";
import { useFocusFirstError } from "./use-focus-first-error.ts";
import { useTerms } from "./vocabulary-terms.ts";

const fields = [
  "policeReportNumber",
  "policeUnit",
  "reportedOn",
  "stageCode",
  "stageOn",
  "suspectIds",
  "articlesCharged",
  "verdict",
  "verdictOn",
  "sentenceMonths",
  "fineRupiah",
  "lpskProtection",
  "notes",
] as const;

type Values = {
  policeReportNumber: string;
  policeUnit: string;
  reportedOn: string;
  stageCode: string | null;
  stageOn: string;
  suspectIds: string[];
  articlesCharged: string;
  verdict: string | null;
  verdictOn: string;
  sentenceMonths: number | string;
  fineRupiah: number | string;
  lpskProtection: string;
  notes: string;
};

function initialValues(legal: LegalProcessDto | null): Values {
  return {
    policeReportNumber: legal?.policeReportNumber ?? "",
    policeUnit: legal?.policeUnit ?? "",
    reportedOn: legal?.reportedOn ?? "",
    stageCode: legal?.stageCode ?? "police_report",
    stageOn: legal?.stageOn ?? "",
    suspectIds: legal?.suspects.map((suspect) => suspect.casePersonId) ?? [],
    articlesCharged: legal?.articlesCharged ?? "",
    verdict: legal?.verdict ?? null,
    verdictOn: legal?.verdictOn ?? "",
    sentenceMonths: legal?.sentenceMonths ?? "",
    fineRupiah: legal?.fineRupiah ?? "",
    lpskProtection: legal?.lpskProtection ?? "none",
    notes: legal?.notes ?? "",
  };
}

/** Records a criminal proceeding or moves one along (a new stage goes on the timeline). */
export function LegalForm({
  caseId,
  legal,
  suspects,
  onDone,
}: {
  caseId: string;
  legal: LegalProcessDto | null;
  suspects: CasePersonDto[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const terms = useTerms();
  const save = useSaveLegalProcess(caseId);
  const form = useFormErrors();
  const focus = useFocusFirstError();
  function showError(error: unknown) {
    form.showApiError(error);
    focus.focusFirstError();
  }
  const [values, setValues] = useState<Values>(() => initialValues(legal));

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = (value: string) => value.trim() || null;
    const number = (value: number | string) => (value === "" ? null : Number(value));
    const input = {
      policeReportNumber: text(values.policeReportNumber),
      policeUnit: text(values.policeUnit),
      reportedOn: values.reportedOn || null,
      stageCode: values.stageCode ?? undefined,
      stageOn: values.stageOn || null,
      suspectIds: values.suspectIds,
      articlesCharged: text(values.articlesCharged),
      verdict: values.verdict,
      verdictOn: values.verdictOn || null,
      sentenceMonths: number(values.sentenceMonths),
      fineRupiah: number(values.fineRupiah),
      lpskProtection: values.lpskProtection,
      notes: text(values.notes),
    };
    if (legal) {
      const parsed = form.validate(updateLegalProcessInputSchema, input);
      if (!parsed) return focus.focusFirstError();
      save.mutate({ legalId: legal.id, input: parsed }, { onSuccess: done, onError: showError });
    } else {
      const parsed = form.validate(recordLegalProcessInputSchema, input);
      if (!parsed) return focus.focusFirstError();
      save.mutate({ legalId: null, input: parsed }, { onSuccess: done, onError: showError });
    }
  }

  function done() {
    notifySuccess(t("cases.legal.saved"));
    onDone();
  }

  const date = { type: "date", max: todayInJakarta() } as const;
  const clearable = { clearable: true, clearButtonProps: { "aria-label": t("common.clear") } } as const;

  return (
    <form onSubmit={submit} noValidate ref={focus.ref}>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t("cases.legal.policeReportNumber")}
            value={values.policeReportNumber}
            onChange={(event) => change("policeReportNumber", event.currentTarget.value)}
            error={form.errors.policeReportNumber}
          />
          <TextInput
            label={t("cases.legal.policeUnit")}
            value={values.policeUnit}
            onChange={(event) => change("policeUnit", event.currentTarget.value)}
            error={form.errors.policeUnit}
          />
          <TextInput
            {...date}
            label={t("cases.legal.reportedOn")}
            value={values.reportedOn}
            onChange={(event) => change("reportedOn", event.currentTarget.value)}
            error={form.errors.reportedOn}
          />
          <Select
            label={t("cases.legal.stage")}
            required
            data={terms.options("legal_stage", [values.stageCode])}
            value={values.stageCode}
            onChange={(code) => change("stageCode", code)}
            allowDeselect={false}
            error={form.errors.stageCode}
          />
          <TextInput
            {...date}
            label={t("cases.legal.stageOn")}
            value={values.stageOn}
            onChange={(event) => change("stageOn", event.currentTarget.value)}
            error={form.errors.stageOn}
          />
          <Select
            label={t("cases.legal.lpsk")}
            data={lpskProtections.map((value) => ({ value, label: t(`cases.legal.lpskValues.${value}`) }))}
            value={values.lpskProtection}
            onChange={(value) => change("lpskProtection", value ?? "none")}
            allowDeselect={false}
            error={form.errors.lpskProtection}
          />
        </SimpleGrid>
        <MultiSelect
          label={t("cases.legal.suspects")}
          description={suspects.length === 0 ? t("cases.legal.noSuspectsYet") : undefined}
          data={suspects.map((suspect) => ({ value: suspect.id, label: suspect.code }))}
          value={values.suspectIds}
          onChange={(ids) => change("suspectIds", ids)}
          error={form.errors.suspectIds}
          // Searchable keeps a free input beside the chosen codes, so a tap anywhere opens the list.
          searchable
          {...clearable}
        />
        <Textarea
          label={t("cases.legal.articles")}
          autosize
          minRows={2}
          value={values.articlesCharged}
          onChange={(event) => change("articlesCharged", event.currentTarget.value)}
          error={form.errors.articlesCharged}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label={t("cases.legal.verdict")}
            data={legalVerdicts.map((value) => ({ value, label: t(`cases.legal.verdicts.${value}`) }))}
            value={values.verdict}
            onChange={(value) => change("verdict", value)}
            error={form.errors.verdict}
            {...clearable}
          />
          <TextInput
            {...date}
            label={t("cases.legal.verdictOn")}
            value={values.verdictOn}
            onChange={(event) => change("verdictOn", event.currentTarget.value)}
            error={form.errors.verdictOn}
          />
          <NumberInput
            label={t("cases.legal.sentenceMonths")}
            min={0}
            max={1200}
            allowDecimal={false}
            value={values.sentenceMonths}
            onChange={(value) => change("sentenceMonths", value)}
            error={form.errors.sentenceMonths}
          />
          <NumberInput
            label={t("cases.legal.fine")}
            prefix="Rp "
            thousandSeparator="."
            decimalSeparator=","
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={values.fineRupiah}
            onChange={(value) => change("fineRupiah", value)}
            error={form.errors.fineRupiah}
          />
        </SimpleGrid>
        <Textarea
          label={t("cases.legal.notes")}
          autosize
          minRows={2}
          value={values.notes}
          onChange={(event) => change("notes", event.currentTarget.value)}
          error={form.errors.notes}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {legal ? t("common.save") : t("cases.legal.record")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
