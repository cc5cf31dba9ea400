import { Alert, Button, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { IconAlertTriangle, IconSend, IconShieldLock } from "@tabler/icons-react";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  EARLY_WARNING_DESCRIPTION_MAX,
  type EarlyWarningDto,
  type EarlyWarningUrgency,
  earlyWarningUrgencies,
  fileEarlyWarningInputSchema,
} from "../../../shared/early-warnings.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { useFocusFirstError } from "../cases/use-focus-first-error.ts";
import { useTerms } from "../complaints/use-terms.ts";
import { useFileWarning, useWarningPlaces } from "./early-warnings-api.ts";
import { PhotoField } from "./photo-field.tsx";
import type { PreparedPhoto } from "./photo-file.ts";

const shownFields = [
  "kind",
  "urgency",
  "regionCode",
  "placeDetail",
  "observedOn",
  "observedTime",
  "description",
  "photo",
] as const;

type Values = {
  kind: string | null;
  urgency: EarlyWarningUrgency;
  regionCode: string | null;
  placeDetail: string;
  observedOn: string;
  observedTime: string;
  description: string;
  photo: PreparedPhoto | null;
};

/**
 * The report as a lurah files it on a phone: what kind, how urgent, where, when, what was seen,
 * and a photo if there is one. It never asks who the victim is, and says so.
 */
export function WarningForm({ onFiled }: { onFiled: (warning: EarlyWarningDto) => void }) {
  const { t } = useTranslation();
  const kinds = useTerms("early_warning_type");
  const places = useWarningPlaces();
  const file = useFileWarning();
  const form = useFormErrors();
  const focus = useFocusFirstError();
  const [values, setValues] = useState<Values>({
    kind: null,
    urgency: "normal",
    regionCode: null,
    placeDetail: "",
    observedOn: todayInJakarta(),
    observedTime: "",
    description: "",
    photo: null,
  });
  // Until the reporter picks a kelurahan, their own office's is the one shown.
  const regionCode = values.regionCode ?? places.data?.defaultRegionCode ?? null;
  const villageOptions = useMemo(
    () =>
      (places.data?.districts ?? []).map((district) => ({
        group: t("warnings.place.district", { name: district.name }),
        items: district.villages.map((village) => ({ value: village.code, label: village.name })),
      })),
    [places.data, t],
  );

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(fileEarlyWarningInputSchema, {
      kind: values.kind ?? "",
      urgency: values.urgency,
      regionCode: regionCode ?? "",
      placeDetail: blankToUndefined(values.placeDetail),
      observedOn: values.observedOn,
      observedTime: values.observedTime || undefined,
      description: values.description,
      photo: values.photo
        ? { mimeType: values.photo.mimeType, contentBase64: values.photo.contentBase64 }
        : undefined,
    });
    if (!input) {
      focus.focusFirstError();
      return;
    }
    file.mutate(input, {
      onSuccess: onFiled,
      onError: (error) => {
        form.showApiError(error);
        focus.focusFirstError();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate ref={focus.ref} aria-label={t("warnings.form.title")}>
      <Stack gap="lg">
        <Alert color="blue" icon={<IconShieldLock aria-hidden />} title={t("warnings.form.noIdentityTitle")}>
          {t("warnings.form.noIdentityBody")}
        </Alert>
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, shownFields)} />

        <Radio.Group
          label={t("warnings.fields.kind")}
          required
          value={values.kind}
          onChange={(kind) => change("kind", kind)}
          error={form.errors.kind}
        >
          <Stack gap="sm" mt="xs">
            {kinds.options.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} size="md" />
            ))}
          </Stack>
        </Radio.Group>

        <Radio.Group
          label={t("warnings.fields.urgency")}
          required
          value={values.urgency}
          onChange={(urgency) => change("urgency", urgency as EarlyWarningUrgency)}
          error={form.errors.urgency}
        >
          <Stack gap="sm" mt="xs">
            {earlyWarningUrgencies.map((urgency) => (
              <Radio
                key={urgency}
                value={urgency}
                size="md"
                label={t(`warnings.urgency.${urgency}`)}
                description={t(`warnings.urgencyHint.${urgency}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {values.urgency === "emergency" ? (
          <Alert
            color="red"
            icon={<IconAlertTriangle aria-hidden />}
            title={t("warnings.form.emergencyTitle")}
          >
            {t("warnings.form.emergencyBody")}
          </Alert>
        ) : null}

        <Select
          label={t("warnings.fields.region")}
          description={t("warnings.form.regionHint")}
          required
          searchable
          data={villageOptions}
          value={regionCode}
          onChange={(code) => change("regionCode", code)}
          nothingFoundMessage={t("common.nothingFound")}
          error={form.errors.regionCode}
        />
        <TextInput
          label={t("warnings.fields.placeDetail")}
          description={t("warnings.form.placeDetailHint")}
          value={values.placeDetail}
          onChange={(event) => change("placeDetail", event.currentTarget.value)}
          maxLength={300}
          error={form.errors.placeDetail}
        />

        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label={t("warnings.fields.observedOn")}
            required
            max={todayInJakarta()}
            value={values.observedOn}
            onChange={(event) => change("observedOn", event.currentTarget.value)}
            error={form.errors.observedOn}
          />
          <TextInput
            type="time"
            label={t("warnings.fields.observedTime")}
            description={t("warnings.form.timeHint")}
            value={values.observedTime}
            onChange={(event) => change("observedTime", event.currentTarget.value)}
            error={form.errors.observedTime}
          />
        </SimpleGrid>

        <Textarea
          label={t("warnings.fields.description")}
          description={t("warnings.form.descriptionHint")}
          required
          autosize
          minRows={4}
          maxRows={12}
          maxLength={EARLY_WARNING_DESCRIPTION_MAX}
          value={values.description}
          onChange={(event) => change("description", event.currentTarget.value)}
          error={form.errors.description}
        />

        <PhotoField
          value={values.photo}
          onChange={(photo) => change("photo", photo)}
          error={form.errors.photo}
          onError={(message) => form.setErrors((current) => ({ ...current, photo: message }))}
        />

        <Button
          type="submit"
          size="lg"
          loading={file.isPending}
          leftSection={<IconSend size={20} aria-hidden />}
          fullWidth
        >
          {t("warnings.form.submit")}
        </Button>
      </Stack>
    </form>
  );
}
