import {
  Button,
  Group,
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
import { consentMethods, recordConsentInputSchema } from "../../../shared/consents.ts";
import type { CasePersonDto } from "../../../shared/people.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useRecordConsent } from "./care-api.ts";
import { useFocusFirstError } from "./use-focus-first-error.ts";

const fields = ["givenBy", "guardianCasePersonId", "method", "givenOn", "scope"] as const;

/** Persetujuan: the victim's, or for a child usually a guardian's, before any referral. */
export function ConsentForm({
  caseId,
  victim,
  guardians,
  onDone,
}: {
  caseId: string;
  victim: CasePersonDto;
  guardians: CasePersonDto[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordConsent(caseId);
  const form = useFormErrors();
  const focus = useFocusFirstError();
  function showError(error: unknown) {
    form.showApiError(error);
    focus.focusFirstError();
  }
  const [givenBy, setGivenBy] = useState<"victim" | "guardian">("victim");
  const [guardianId, setGuardianId] = useState<string | null>(null);
  const [method, setMethod] = useState<string | null>("written");
  const [givenOn, setGivenOn] = useState(todayInJakarta());
  const [scope, setScope] = useState("");
  const ownGuardians = guardians.filter((g) => g.guardianOfId === null || g.guardianOfId === victim.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(recordConsentInputSchema, {
      givenBy,
      guardianCasePersonId: givenBy === "guardian" ? (guardianId ?? undefined) : null,
      method: method ?? undefined,
      givenOn,
      scope: scope.trim() || null,
    });
    if (!parsed) return focus.focusFirstError();
    record.mutate(
      { casePersonId: victim.id, input: parsed },
      {
        onSuccess: () => {
          notifySuccess(t("cases.consent.saved", { code: victim.code }));
          onDone();
        },
        onError: showError,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate ref={focus.ref}>
      <Stack gap="md">
        <Text size="sm">{t("cases.consent.formIntro", { code: victim.code })}</Text>
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="consent-given-by">
            {t("cases.consent.givenBy")}
          </Text>
          <SegmentedControl
            aria-labelledby="consent-given-by"
            data={[
              { value: "victim", label: t("cases.consent.givers.victim") },
              { value: "guardian", label: t("cases.consent.givers.guardian") },
            ]}
            value={givenBy}
            onChange={(value) => setGivenBy(value as "victim" | "guardian")}
          />
        </Stack>
        {givenBy === "guardian" ? (
          <Select
            label={t("cases.consent.guardian")}
            description={ownGuardians.length === 0 ? t("cases.consent.noGuardians") : undefined}
            required
            data={ownGuardians.map((g) => ({ value: g.id, label: g.code }))}
            value={guardianId}
            onChange={setGuardianId}
            error={form.errors.guardianCasePersonId}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("cases.consent.method")}
            required
            data={consentMethods.map((value) => ({ value, label: t(`cases.consent.methods.${value}`) }))}
            value={method}
            onChange={setMethod}
            allowDeselect={false}
            error={form.errors.method}
          />
          <TextInput
            type="date"
            label={t("cases.consent.givenOn")}
            required
            max={todayInJakarta()}
            value={givenOn}
            onChange={(event) => setGivenOn(event.currentTarget.value)}
            error={form.errors.givenOn}
          />
        </SimpleGrid>
        <Textarea
          label={t("cases.consent.scope")}
          description={t("cases.consent.scopeHint")}
          autosize
          minRows={2}
          value={scope}
          onChange={(event) => setScope(event.currentTarget.value)}
          error={form.errors.scope}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t("cases.consent.record")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
