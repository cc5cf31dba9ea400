import {
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { recordComplaintInputSchema } from "../../../shared/complaints.ts";
import { paths } from "../../app/paths.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useRecordComplaint } from "./complaints-api.ts";
import { PlaceFields, type PlaceValue, placeInputOf } from "./place-fields.tsx";
import { usePhoneModal } from "./use-phone-modal.ts";
import { useTerms } from "./use-terms.ts";
import { nowInWibLocal, wibLocalToIso } from "./wib-input.ts";

const fields = [
  "channel",
  "receivedAt",
  "story",
  "placeRegionCode",
  "placeCountryCode",
  "placeDetail",
  "anonymous",
  "reporterName",
  "reporterContact",
  "reporterRelation",
] as const;

type Values = {
  channel: string | null;
  receivedAt: string;
  story: string;
  place: PlaceValue;
  placeDetail: string;
  anonymous: boolean;
  reporterName: string;
  reporterContact: string;
  reporterRelation: string;
};

export function RecordComplaintModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  return (
    <Modal
      {...phoneModal}
      opened={opened}
      onClose={onClose}
      title={t("intake.record.title")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? <RecordComplaintForm onDone={onClose} /> : null}
    </Modal>
  );
}

/** Staff intake: a complaint received by telephone, in person, by letter or from another agency. */
function RecordComplaintForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordComplaint();
  const form = useFormErrors();
  const channels = useTerms("complaint_channel");
  const [values, setValues] = useState<Values>(() => ({
    channel: null,
    receivedAt: nowInWibLocal(),
    story: "",
    place: { where: "unknown", regionCode: null, countryCode: null },
    placeDetail: "",
    anonymous: false,
    reporterName: "",
    reporterContact: "",
    reporterRelation: "",
  }));

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const place = placeInputOf(values.place);
    const input = form.validate(recordComplaintInputSchema, {
      channel: values.channel ?? undefined,
      receivedAt: values.receivedAt ? wibLocalToIso(values.receivedAt) : undefined,
      story: values.story,
      anonymous: values.anonymous,
      reporterName: values.anonymous ? undefined : blankToUndefined(values.reporterName),
      reporterContact: values.anonymous ? undefined : blankToUndefined(values.reporterContact),
      reporterRelation: blankToUndefined(values.reporterRelation),
      placeRegionCode: place.regionCode,
      placeCountryCode: place.countryCode,
      placeDetail: blankToUndefined(values.placeDetail),
    });
    if (!input) return;
    record.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(t("intake.record.done", { code: saved.trackingCode }));
        onDone();
        navigate(paths.complaint(saved.id));
      },
      onError: form.showApiError,
    });
  }

  // The public form is its own channel; staff record what reached them some other way.
  const channelOptions = channels.options.filter((option) => option.value !== "web_form");

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("intake.complaint.channel")}
            required
            data={channelOptions}
            value={values.channel}
            onChange={(channel) => change("channel", channel)}
            error={form.errors.channel}
            allowDeselect={false}
          />
          <TextInput
            label={t("intake.record.receivedAt")}
            type="datetime-local"
            required
            value={values.receivedAt}
            onChange={(event) => change("receivedAt", event.currentTarget.value)}
            error={form.errors.receivedAt}
          />
        </SimpleGrid>
        <Textarea
          label={t("intake.record.story")}
          description={t("intake.record.storyHint")}
          required
          autosize
          minRows={5}
          maxRows={14}
          value={values.story}
          onChange={(event) => change("story", event.currentTarget.value)}
          error={form.errors.story}
        />
        <PlaceFields
          label={t("intake.record.place")}
          value={values.place}
          onChange={(place) => {
            change("place", place);
            form.clearField("placeRegionCode");
            form.clearField("placeCountryCode");
          }}
          regionError={form.errors.placeRegionCode}
          countryError={form.errors.placeCountryCode}
        />
        <TextInput
          label={t("intake.report.placeDetail")}
          description={t("intake.record.placeDetailHint")}
          value={values.placeDetail}
          onChange={(event) => change("placeDetail", event.currentTarget.value)}
          error={form.errors.placeDetail}
        />
        <Checkbox
          label={t("intake.record.anonymous")}
          checked={values.anonymous}
          onChange={(event) => {
            const anonymous = event.currentTarget.checked;
            setValues((current) => ({
              ...current,
              anonymous,
              ...(anonymous ? { reporterName: "", reporterContact: "" } : {}),
            }));
            form.clearField("reporterName");
            form.clearField("reporterContact");
          }}
        />
        {values.anonymous ? null : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("intake.record.reporterName")}
              autoComplete="off"
              value={values.reporterName}
              onChange={(event) => change("reporterName", event.currentTarget.value)}
              error={form.errors.reporterName}
            />
            <TextInput
              label={t("intake.record.reporterContact")}
              autoComplete="off"
              value={values.reporterContact}
              onChange={(event) => change("reporterContact", event.currentTarget.value)}
              error={form.errors.reporterContact}
            />
          </SimpleGrid>
        )}
        <TextInput
          label={t("intake.record.relation")}
          description={t("intake.report.relationHint")}
          value={values.reporterRelation}
          onChange={(event) => change("reporterRelation", event.currentTarget.value)}
          error={form.errors.reporterRelation}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t("intake.record.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
