import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AssessmentNeed,
  assessmentNeeds,
  recordAssessmentInputSchema,
} from "../../../shared/assessments.ts";
import type { CasePersonDto } from "../../../shared/people.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useRecordAssessment } from "./care-api.ts";
import { useFocusFirstError } from "./use-focus-first-error.ts";
import { VictimSelect } from "./victim-select.tsx";
import { useTerms } from "./vocabulary-terms.ts";

const fields = ["casePersonId", "assessedOn", "needs", "riskLevel", "notes"] as const;

export function AssessmentForm({
  caseId,
  victims,
  casePersonId,
  onDone,
}: {
  caseId: string;
  victims: CasePersonDto[];
  casePersonId: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const terms = useTerms();
  const record = useRecordAssessment(caseId);
  const form = useFormErrors();
  const focus = useFocusFirstError();
  function showError(error: unknown) {
    form.showApiError(error);
    focus.focusFirstError();
  }
  const [victim, setVictim] = useState<string | null>(casePersonId);
  const [assessedOn, setAssessedOn] = useState(todayInJakarta());
  const [needs, setNeeds] = useState<AssessmentNeed[]>([]);
  const [riskLevel, setRiskLevel] = useState<string | null>(null);
  const [notes, setNotes] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(recordAssessmentInputSchema, {
      casePersonId: victim ?? undefined,
      assessedOn,
      needs,
      riskLevel: riskLevel ?? undefined,
      notes: notes.trim() || null,
    });
    if (!parsed) return focus.focusFirstError();
    record.mutate(parsed, {
      onSuccess: (saved) => {
        notifySuccess(t("cases.assessments.saved", { code: saved.personCode }));
        onDone();
      },
      onError: showError,
    });
  }

  return (
    <form onSubmit={submit} noValidate ref={focus.ref}>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <VictimSelect
            victims={victims}
            value={victim}
            onChange={setVictim}
            error={form.errors.casePersonId}
          />
          <TextInput
            type="date"
            label={t("cases.assessments.assessedOn")}
            required
            max={todayInJakarta()}
            value={assessedOn}
            onChange={(event) => setAssessedOn(event.currentTarget.value)}
            error={form.errors.assessedOn}
          />
          <Select
            label={t("cases.fields.riskLevel")}
            required
            data={terms.options("risk_level", [riskLevel])}
            value={riskLevel}
            onChange={setRiskLevel}
            error={form.errors.riskLevel}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t("cases.assessments.needs")}
          description={t("cases.assessments.needsHint")}
          value={needs}
          onChange={(value) => setNeeds(value as AssessmentNeed[])}
          error={form.errors.needs}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs" spacing="xs">
            {assessmentNeeds.map((need) => (
              <Checkbox key={need} value={need} label={t(`cases.needs.${need}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={t("cases.assessments.notes")}
          description={t("cases.assessments.notesHint")}
          autosize
          minRows={3}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          error={form.errors.notes}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t("cases.assessments.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
