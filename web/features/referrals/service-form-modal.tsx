import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  recordReferralServiceInputSchema,
  type ServiceStatus,
  serviceStatuses,
} from "../../../shared/services.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";
import { useRecordReferralService } from "./referrals-api.ts";

const fields = ["serviceTypeCode", "status", "startedOn", "endedOn", "outcome"] as const;

type ServiceFormModalProps = {
  referralId: string;
  /** The services the referral asked for: the choices offered first. */
  serviceOptions: { value: string; label: string }[];
  opened: boolean;
  onClose: () => void;
};

export function ServiceFormModal({ referralId, serviceOptions, opened, onClose }: ServiceFormModalProps) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  return (
    <Modal
      {...phoneModal}
      opened={opened}
      onClose={onClose}
      title={t("intake.service.title")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? (
        <ServiceForm referralId={referralId} serviceOptions={serviceOptions} onDone={onClose} />
      ) : null}
    </Modal>
  );
}

type Values = {
  serviceTypeCode: string | null;
  status: ServiceStatus;
  startedOn: string;
  endedOn: string;
  outcome: string;
};

/** A service the receiving organisation gave (or plans to give) under the referral. */
function ServiceForm({
  referralId,
  serviceOptions,
  onDone,
}: {
  referralId: string;
  serviceOptions: ServiceFormModalProps["serviceOptions"];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useRecordReferralService(referralId);
  const form = useFormErrors();
  const [values, setValues] = useState<Values>(() => ({
    serviceTypeCode: serviceOptions.length === 1 ? (serviceOptions[0]?.value ?? null) : null,
    status: "delivered",
    startedOn: todayInJakarta(),
    endedOn: "",
    outcome: "",
  }));

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(recordReferralServiceInputSchema, {
      serviceTypeCode: values.serviceTypeCode ?? undefined,
      status: values.status,
      startedOn: blankToUndefined(values.startedOn),
      endedOn: blankToUndefined(values.endedOn),
      outcome: blankToUndefined(values.outcome),
    });
    if (!input) return;
    save.mutate(input, {
      onSuccess: () => {
        notifySuccess(t("intake.service.saved"));
        onDone();
      },
      onError: form.showApiError,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("intake.service.type")}
            required
            data={serviceOptions}
            value={values.serviceTypeCode}
            onChange={(code) => change("serviceTypeCode", code)}
            allowDeselect={false}
            error={form.errors.serviceTypeCode}
          />
          <Select<ServiceStatus>
            label={t("common.status")}
            required
            data={serviceStatuses.map((status) => ({
              value: status,
              label: t(`intake.service.status.${status}`),
            }))}
            value={values.status}
            onChange={(status) => change("status", status ?? "planned")}
            allowDeselect={false}
            error={form.errors.status}
          />
          <TextInput
            label={t("intake.service.startedOn")}
            type="date"
            value={values.startedOn}
            onChange={(event) => change("startedOn", event.currentTarget.value)}
            error={form.errors.startedOn}
          />
          <TextInput
            label={t("intake.service.endedOn")}
            type="date"
            value={values.endedOn}
            onChange={(event) => change("endedOn", event.currentTarget.value)}
            error={form.errors.endedOn}
          />
        </SimpleGrid>
        <Textarea
          label={t("intake.service.outcome")}
          description={t("intake.service.outcomeHint")}
          autosize
          minRows={3}
          maxRows={10}
          value={values.outcome}
          onChange={(event) => change("outcome", event.currentTarget.value)}
          error={form.errors.outcome}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("intake.service.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
