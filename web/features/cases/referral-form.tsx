import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
} from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDto } from "../../../shared/cases.ts";
import { type CasePersonDto, type IdentityField, identityFields } from "../../../shared/people.ts";
import { sendReferralInputSchema } from "../../../shared/referrals.ts";
import { useCan, useMe } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useServiceOffers } from "../coordination/coordination-api.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useSendReferral } from "./care-api.ts";
import { useActiveConsent } from "./consent-panel.tsx";
import { useFocusFirstError } from "./use-focus-first-error.ts";
import { VictimSelect } from "./victim-select.tsx";
import { useTerms } from "./vocabulary-terms.ts";

const fields = [
  "casePersonId",
  "toOrganizationId",
  "serviceTypes",
  "sharedFields",
  "message",
  "consentOverrideReason",
] as const;

type ReferralFormProps = {
  theCase: CaseDto;
  victims: CasePersonDto[];
  onRecordConsent: (victim: CasePersonDto) => void;
  onDone: () => void;
};

/** Refer a victim to a member organisation, with the consent rule in plain view. */
export function ReferralForm({ theCase, victims, onRecordConsent, onDone }: ReferralFormProps) {
  const { t } = useTranslation();
  const { user } = useMe();
  const canReadDirectory = useCan("coordination.read");
  const terms = useTerms();
  const formatDay = useFormatDay();
  const organizations = useOrganizationOptions();
  const offers = useServiceOffers(canReadDirectory);
  const send = useSendReferral(theCase.id);
  const form = useFormErrors();
  const focus = useFocusFirstError();
  function showError(error: unknown) {
    form.showApiError(error);
    focus.focusFirstError();
  }
  const [victimId, setVictimId] = useState<string | null>(
    victims.length === 1 ? (victims[0]?.id ?? null) : null,
  );
  const [toOrganizationId, setTo] = useState<string | null>(null);
  const [serviceTypes, setServiceTypes] = useState<string[]>([]);
  const [sharedFields, setSharedFields] = useState<IdentityField[]>([]);
  const [message, setMessage] = useState("");
  const [override, setOverride] = useState(false);
  const [overrideReason, setOverrideReason] = useState("");
  const consent = useActiveConsent(theCase.id, victimId);
  const victim = victims.find((item) => item.id === victimId) ?? null;
  const noConsent = victim !== null && !consent.loading && consent.active === null;
  const canOverride = theCase.abilities.overrideConsent;
  const blocked = noConsent && !(canOverride && override);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(sendReferralInputSchema, {
      casePersonId: victimId ?? undefined,
      toOrganizationId: toOrganizationId ?? undefined,
      serviceTypes,
      sharedFields,
      message: message.trim() || null,
      consentOverrideReason: noConsent && override ? overrideReason.trim() || "" : null,
    });
    if (!parsed || blocked) return focus.focusFirstError();
    send.mutate(parsed, {
      onSuccess: (sent) => {
        notifySuccess(t("cases.referrals.sent", { organization: sent.toOrganizationName }));
        onDone();
      },
      onError: showError,
    });
  }

  const receivers = (organizations.data?.items ?? [])
    .filter((org) => org.active && org.id !== user.organizationId)
    .map((org) => ({ value: org.id, label: org.name }));
  // Once services are chosen, the members whose directory entry offers them all come first.
  const offering = receivers.filter((org) => {
    const offered = offers.data?.get(org.value) ?? [];
    return serviceTypes.length > 0 && serviceTypes.every((code) => offered.includes(code));
  });
  const organizationData =
    offering.length > 0
      ? [
          { group: t("cases.referrals.offering"), items: offering },
          {
            group: t("cases.referrals.otherReceivers"),
            items: receivers.filter((o) => !offering.includes(o)),
          },
        ]
      : receivers;
  const receiverHint =
    serviceTypes.length === 0 || !offers.data
      ? t("cases.referrals.chooseServicesFirst")
      : t("cases.referrals.offeringCount", { count: offering.length });

  return (
    <form onSubmit={submit} noValidate ref={focus.ref}>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <VictimSelect
          victims={victims}
          value={victimId}
          onChange={(id) => {
            setVictimId(id);
            setOverride(false);
            form.clearField("casePersonId");
          }}
          error={form.errors.casePersonId}
        />
        {victim && consent.active ? (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />}>
            {t("cases.referrals.consentOk", { date: formatDay(consent.active.givenOn) })}
          </Alert>
        ) : null}
        {noConsent && victim ? (
          <Alert
            color="red"
            icon={<IconAlertTriangle aria-hidden />}
            title={t("cases.referrals.consentNeededTitle")}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t("cases.referrals.consentNeededBody")}</Text>
              {theCase.abilities.update ? (
                <Button size="xs" onClick={() => onRecordConsent(victim)}>
                  {t("cases.consent.recordFor", { code: victim.code })}
                </Button>
              ) : null}
              {canOverride ? (
                <Switch
                  label={t("cases.referrals.override")}
                  checked={override}
                  onChange={(event) => setOverride(event.currentTarget.checked)}
                />
              ) : null}
              {canOverride && override ? (
                <Textarea
                  w="100%"
                  label={t("cases.referrals.overrideReason")}
                  description={t("cases.referrals.overrideHint")}
                  required
                  autosize
                  minRows={2}
                  value={overrideReason}
                  onChange={(event) => {
                    setOverrideReason(event.currentTarget.value);
                    form.clearField("consentOverrideReason");
                  }}
                  error={form.errors.consentOverrideReason}
                />
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t("cases.referrals.services")}
            required
            data={terms.options("service_type", serviceTypes)}
            value={serviceTypes}
            onChange={(codes) => {
              setServiceTypes(codes);
              form.clearField("serviceTypes");
            }}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            error={form.errors.serviceTypes}
          />
          <Select
            label={t("cases.referrals.to")}
            description={receiverHint}
            required
            data={organizationData}
            value={toOrganizationId}
            onChange={(id) => {
              setTo(id);
              form.clearField("toOrganizationId");
            }}
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            error={form.errors.toOrganizationId}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t("cases.referrals.sharedFields")}
          description={t("cases.referrals.sharedFieldsHint")}
          value={sharedFields}
          onChange={(value) => setSharedFields(value as IdentityField[])}
          error={form.errors.sharedFields}
        >
          <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs" spacing="xs">
            {identityFields.map((field) => (
              <Checkbox key={field} value={field} label={t(`cases.identity.${field}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {sharedFields.length > 0 ? (
          <Alert color="red" variant="outline" icon={<IconAlertTriangle aria-hidden />}>
            {t("cases.referrals.sharedWarning", {
              fields: sharedFields.map((field) => t(`cases.identity.${field}`)).join(", "),
            })}
          </Alert>
        ) : null}
        <Textarea
          label={t("cases.referrals.message")}
          description={t("cases.referrals.messageHint")}
          autosize
          minRows={3}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          error={form.errors.message}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={send.isPending} disabled={blocked}>
            {t("cases.referrals.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
