import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CasePersonDto } from "../../../shared/people.ts";
import type { CaseReferralDto } from "../../../shared/referrals.ts";
import {
  recordServiceInputSchema,
  type ServiceDto,
  type ServiceStatus,
  serviceStatuses,
  updateServiceInputSchema,
} from "../../../shared/services.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useSaveService } from "./care-api.ts";
import { useFocusFirstError } from "./use-focus-first-error.ts";
import { VictimSelect } from "./victim-select.tsx";
import { useTerms } from "./vocabulary-terms.ts";

const fields = [
  "casePersonId",
  "serviceTypeCode",
  "providerOrganizationId",
  "referralId",
  "status",
  "startedOn",
  "endedOn",
  "outcome",
] as const;

type ServiceFormProps = {
  caseId: string;
  victims: CasePersonDto[];
  referrals: CaseReferralDto[];
  /** The service to update, or null to record a new one. */
  service: ServiceDto | null;
  casePersonId: string | null;
  onDone: () => void;
};

export function ServiceForm({ caseId, victims, referrals, service, casePersonId, onDone }: ServiceFormProps) {
  const { t } = useTranslation();
  const terms = useTerms();
  const organizations = useOrganizationOptions();
  const save = useSaveService(caseId);
  const form = useFormErrors();
  const focus = useFocusFirstError();
  function showError(error: unknown) {
    form.showApiError(error);
    focus.focusFirstError();
  }
  const [victim, setVictim] = useState<string | null>(service?.casePersonId ?? casePersonId);
  const [serviceTypeCode, setType] = useState<string | null>(service?.serviceTypeCode ?? null);
  const [provider, setProvider] = useState<string | null>(service?.providerOrganizationId ?? null);
  const [referralId, setReferralId] = useState<string | null>(service?.referralId ?? null);
  const [status, setStatus] = useState<ServiceStatus>(service?.status ?? "planned");
  const [startedOn, setStartedOn] = useState(service?.startedOn ?? "");
  const [endedOn, setEndedOn] = useState(service?.endedOn ?? "");
  const [outcome, setOutcome] = useState(service?.outcome ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    const common = {
      serviceTypeCode: serviceTypeCode ?? undefined,
      providerOrganizationId: provider ?? undefined,
      status,
      startedOn: startedOn || null,
      endedOn: endedOn || null,
      outcome: outcome.trim() || null,
    };
    if (service) {
      const parsed = form.validate(updateServiceInputSchema, common);
      if (!parsed) return focus.focusFirstError();
      save.mutate({ serviceId: service.id, input: parsed }, { onSuccess: done, onError: showError });
      return;
    }
    const parsed = form.validate(recordServiceInputSchema, {
      ...common,
      casePersonId: victim ?? undefined,
      referralId,
    });
    if (!parsed) return focus.focusFirstError();
    save.mutate({ serviceId: null, input: parsed }, { onSuccess: done, onError: showError });
  }

  function done(saved: ServiceDto) {
    notifySuccess(t("cases.services.saved", { code: saved.personCode }));
    onDone();
  }

  const victimReferrals = referrals.filter((referral) => referral.casePersonId === victim);
  const dateProps = { type: "date", max: todayInJakarta() } as const;

  return (
    <form onSubmit={submit} noValidate ref={focus.ref}>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <VictimSelect
            victims={victims}
            value={victim}
            onChange={setVictim}
            error={form.errors.casePersonId}
            disabled={service !== null}
          />
          <Select
            label={t("cases.services.type")}
            required
            data={terms.options("service_type", [serviceTypeCode])}
            value={serviceTypeCode}
            onChange={setType}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            error={form.errors.serviceTypeCode}
          />
          <Select
            label={t("cases.services.provider")}
            required
            data={(organizations.data?.items ?? [])
              .filter((org) => org.active || org.id === provider)
              .map((org) => ({ value: org.id, label: org.name }))}
            value={provider}
            onChange={setProvider}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            error={form.errors.providerOrganizationId}
          />
          {service ? null : (
            <Select
              label={t("cases.services.referral")}
              placeholder={t("cases.fields.optional")}
              data={victimReferrals.map((referral) => ({
                value: referral.id,
                label: `${referral.toOrganizationName} — ${t(`cases.referrals.statuses.${referral.status}`)}`,
              }))}
              value={referralId}
              onChange={setReferralId}
              clearable
              clearButtonProps={{ "aria-label": t("common.clear") }}
              error={form.errors.referralId}
            />
          )}
          <Select
            label={t("common.status")}
            required
            data={serviceStatuses.map((value) => ({ value, label: t(`cases.services.statuses.${value}`) }))}
            value={status}
            onChange={(value) => value && setStatus(value as ServiceStatus)}
            allowDeselect={false}
            error={form.errors.status}
          />
          <TextInput
            {...dateProps}
            label={t("cases.services.startedOn")}
            value={startedOn}
            onChange={(event) => setStartedOn(event.currentTarget.value)}
            error={form.errors.startedOn}
          />
          <TextInput
            {...dateProps}
            label={t("cases.services.endedOn")}
            value={endedOn}
            onChange={(event) => setEndedOn(event.currentTarget.value)}
            error={form.errors.endedOn}
          />
        </SimpleGrid>
        <Textarea
          label={t("cases.services.outcome")}
          autosize
          minRows={2}
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
          error={form.errors.outcome}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {service ? t("common.save") : t("cases.services.record")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
