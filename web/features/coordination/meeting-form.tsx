import {
  Accordion,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createMeetingInputSchema,
  letterNatures,
  type MeetingDto,
  updateMeetingInputSchema,
} from "../../../shared/coordination.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { AgendaEditor, type AgendaRow, agendaInput, newAgendaRow } from "./agenda-editor.tsx";
import { useMeetingSeries } from "./coordination-api.ts";
import { InviteePicker, type InviteeValues, inviteesInput, noInvitees } from "./invitee-picker.tsx";
import { wibClock, wibDayKey } from "./meeting-time.ts";
import { useCoordinationForm } from "./use-coordination-form.ts";

const NEW_SERIES = "__new__";
const NO_SERIES = "__none__";

export type MeetingFormValues = {
  series: string;
  newSeriesTitle: string;
  title: string;
  purpose: string;
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  chairName: string;
  chairTitle: string;
  agenda: AgendaRow[];
  invitees: InviteeValues;
  letterNumber: string;
  letterDate: string;
  letterNature: string | null;
  letterAttachment: string;
  signerName: string;
  signerTitle: string;
  signerNip: string;
  sendInvitations: boolean;
};

/**
 * The form's values for a new meeting, or one like `from` (the next session of a series: same
 * series, title, place, chair, agenda and invitees; a new date).
 */
export function meetingFormValues(from?: MeetingDto, copy = false): MeetingFormValues {
  const blank: MeetingFormValues = {
    series: NO_SERIES,
    newSeriesTitle: "",
    title: "",
    purpose: "",
    day: "",
    startTime: "09:00",
    endTime: "12:00",
    place: "",
    onlineUrl: "",
    chairName: "",
    chairTitle: "",
    agenda: [newAgendaRow()],
    invitees: noInvitees(),
    letterNumber: "",
    letterDate: "",
    letterNature: null,
    letterAttachment: "",
    signerName: "",
    signerTitle: "",
    signerNip: "",
    sendInvitations: true,
  };
  if (!from) return blank;
  return {
    ...blank,
    series: from.seriesId ?? (copy ? NEW_SERIES : NO_SERIES),
    newSeriesTitle: copy && !from.seriesId ? from.title : "",
    title: from.title,
    purpose: from.purpose ?? "",
    day: copy ? "" : wibDayKey(from.startsAt),
    startTime: wibClock(from.startsAt, "en"),
    endTime: wibClock(from.endsAt, "en"),
    place: from.place ?? "",
    onlineUrl: from.onlineUrl ?? "",
    chairName: from.chairName ?? "",
    chairTitle: from.chairTitle ?? "",
    agenda: copy ? from.agenda.map((a) => newAgendaRow(a.title, a.presenter ?? "")) : [],
    invitees: copy
      ? {
          organizationIds: from.invitations.flatMap((i) =>
            i.kind === "organization" && i.organizationId ? [i.organizationId] : [],
          ),
          userIds: from.invitations.flatMap((i) => (i.kind === "user" && i.userId ? [i.userId] : [])),
          external: [],
        }
      : noInvitees(),
    letterNumber: copy ? "" : (from.letterNumber ?? ""),
    letterDate: copy ? "" : (from.letterDate ?? ""),
    letterNature: from.letterNature,
    letterAttachment: copy ? "" : (from.letterAttachment ?? ""),
    signerName: from.signerName ?? "",
    signerTitle: from.signerTitle ?? "",
    signerNip: from.signerNip ?? "",
  };
}

const instant = (day: string, time: string) => (day && time ? `${day}T${time}:00+07:00` : undefined);

type MeetingFormProps = {
  initial: MeetingFormValues;
  /** Editing a meeting: no agenda or invitees here (their own tabs), no mailing switch. */
  editing?: MeetingDto;
  pending: boolean;
  submitLabel: string;
  onSubmit: (input: Record<string, unknown>, form: ReturnType<typeof useCoordinationForm>) => void;
  onCancel: () => void;
};

/** Plan a meeting, or change one; the invitation letter's details fold away until needed. */
export function MeetingForm({
  initial,
  editing,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
}: MeetingFormProps) {
  const { t } = useTranslation();
  const form = useCoordinationForm();
  const series = useMeetingSeries();
  const [values, setValues] = useState<MeetingFormValues>(initial);

  function change<K extends keyof MeetingFormValues>(
    field: K,
    value: MeetingFormValues[K],
    ...errorFields: string[]
  ) {
    setValues((current) => ({ ...current, [field]: value }));
    for (const f of errorFields.length ? errorFields : [field]) form.clear(f);
  }

  const startsAt = instant(values.day, values.startTime);
  const future = startsAt ? Date.parse(startsAt) > Date.now() : false;

  function submit(event: FormEvent) {
    event.preventDefault();
    const common = {
      title: values.title,
      purpose: blankToUndefined(values.purpose) ?? null,
      startsAt,
      endsAt: instant(values.day, values.endTime),
      place: blankToUndefined(values.place) ?? null,
      onlineUrl: blankToUndefined(values.onlineUrl) ?? null,
      chairName: blankToUndefined(values.chairName) ?? null,
      chairTitle: blankToUndefined(values.chairTitle) ?? null,
      letterNumber: blankToUndefined(values.letterNumber) ?? null,
      letterDate: blankToUndefined(values.letterDate) ?? null,
      letterNature: values.letterNature,
      letterAttachment: blankToUndefined(values.letterAttachment) ?? null,
      signerName: blankToUndefined(values.signerName) ?? null,
      signerTitle: blankToUndefined(values.signerTitle) ?? null,
      signerNip: blankToUndefined(values.signerNip) ?? null,
    };
    const seriesId = values.series === NO_SERIES || values.series === NEW_SERIES ? null : values.series;
    const input = editing
      ? form.validate(updateMeetingInputSchema, { ...common, seriesId })
      : form.validate(createMeetingInputSchema, {
          ...common,
          seriesId,
          newSeriesTitle: values.series === NEW_SERIES ? values.newSeriesTitle : null,
          agenda: agendaInput(values.agenda).map(({ title, presenter }) => ({ title, presenter })),
          invitees: inviteesInput(values.invitees),
          sendInvitations: future && values.sendInvitations,
        });
    if (!input) return;
    onSubmit(input as Record<string, unknown>, form);
  }

  const shown = (field: string) =>
    [
      "title",
      "purpose",
      "startsAt",
      "endsAt",
      "place",
      "onlineUrl",
      "chairName",
      "chairTitle",
      "seriesId",
      "newSeriesTitle",
      "letterNumber",
      "letterDate",
      "letterNature",
      "letterAttachment",
      "signerName",
      "signerTitle",
      "signerNip",
    ].includes(field) ||
    field.startsWith("agenda") ||
    field.startsWith("invitees");

  const seriesChoices = [
    { value: NO_SERIES, label: t("coordination.form.noSeries") },
    ...(series.data?.items ?? []).map((s) => ({ value: s.id, label: s.title })),
    ...(editing ? [] : [{ value: NEW_SERIES, label: t("coordination.form.newSeries") }]),
  ];

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={form.unplaced(shown)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("coordination.fields.series")}
            description={t("coordination.fields.seriesHint")}
            data={seriesChoices}
            value={values.series}
            onChange={(value) => change("series", value ?? NO_SERIES, "seriesId", "newSeriesTitle")}
            allowDeselect={false}
            error={form.errors.seriesId}
          />
          {values.series === NEW_SERIES ? (
            <TextInput
              label={t("coordination.fields.newSeriesTitle")}
              required
              value={values.newSeriesTitle}
              onChange={(event) => change("newSeriesTitle", event.currentTarget.value)}
              error={form.errors.newSeriesTitle}
            />
          ) : null}
        </SimpleGrid>
        <TextInput
          label={t("coordination.fields.title")}
          required
          value={values.title}
          onChange={(event) => change("title", event.currentTarget.value)}
          error={form.errors.title}
        />
        <Textarea
          label={t("coordination.fields.purpose")}
          description={t("coordination.fields.purposeHint")}
          autosize
          minRows={2}
          value={values.purpose}
          onChange={(event) => change("purpose", event.currentTarget.value)}
          error={form.errors.purpose}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput
            label={t("coordination.fields.day")}
            type="date"
            required
            value={values.day}
            onChange={(event) => change("day", event.currentTarget.value, "startsAt", "endsAt")}
            error={form.errors.startsAt && !values.day ? form.errors.startsAt : undefined}
          />
          <TextInput
            label={t("coordination.fields.startTime")}
            type="time"
            required
            value={values.startTime}
            onChange={(event) => change("startTime", event.currentTarget.value, "startsAt", "endsAt")}
            error={values.day ? form.errors.startsAt : undefined}
          />
          <TextInput
            label={t("coordination.fields.endTime")}
            type="time"
            required
            value={values.endTime}
            onChange={(event) => change("endTime", event.currentTarget.value, "startsAt", "endsAt")}
            error={form.errors.endsAt}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("coordination.fields.place")}
            description={t("coordination.fields.placeHint")}
            value={values.place}
            onChange={(event) => change("place", event.currentTarget.value, "place", "onlineUrl")}
            error={form.errors.place}
          />
          <TextInput
            label={t("coordination.fields.onlineUrl")}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={values.onlineUrl}
            onChange={(event) => change("onlineUrl", event.currentTarget.value, "place", "onlineUrl")}
            error={form.errors.onlineUrl}
          />
          <TextInput
            label={t("coordination.fields.chairName")}
            value={values.chairName}
            onChange={(event) => change("chairName", event.currentTarget.value)}
            error={form.errors.chairName}
          />
          <TextInput
            label={t("coordination.fields.chairTitle")}
            value={values.chairTitle}
            onChange={(event) => change("chairTitle", event.currentTarget.value)}
            error={form.errors.chairTitle}
          />
        </SimpleGrid>
        {editing ? null : (
          <>
            <AgendaEditor
              rows={values.agenda}
              onChange={(agenda) => change("agenda", agenda)}
              errors={form.errors}
              path="agenda"
            />
            <Title order={2} size="h4">
              {t("coordination.invitees.title")}
            </Title>
            <InviteePicker
              value={values.invitees}
              onChange={(invitees) => change("invitees", invitees)}
              errors={form.errors}
              path="invitees"
            />
          </>
        )}
        <Accordion variant="separated">
          <Accordion.Item value="letter">
            <Accordion.Control>{t("coordination.letter.section")}</Accordion.Control>
            <Accordion.Panel>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t("coordination.letter.number")}
                  value={values.letterNumber}
                  onChange={(event) => change("letterNumber", event.currentTarget.value)}
                  error={form.errors.letterNumber}
                />
                <TextInput
                  label={t("coordination.letter.date")}
                  type="date"
                  value={values.letterDate}
                  onChange={(event) => change("letterDate", event.currentTarget.value)}
                  error={form.errors.letterDate}
                />
                <Select
                  label={t("coordination.letter.nature")}
                  data={letterNatures.map((value) => ({
                    value,
                    label: t(`coordination.letter.natures.${value}`),
                  }))}
                  value={values.letterNature}
                  onChange={(value) => change("letterNature", value)}
                  clearable
                  error={form.errors.letterNature}
                />
                <TextInput
                  label={t("coordination.letter.attachment")}
                  placeholder="-"
                  value={values.letterAttachment}
                  onChange={(event) => change("letterAttachment", event.currentTarget.value)}
                  error={form.errors.letterAttachment}
                />
                <TextInput
                  label={t("coordination.letter.signerName")}
                  description={t("coordination.letter.signerHint")}
                  value={values.signerName}
                  onChange={(event) => change("signerName", event.currentTarget.value)}
                  error={form.errors.signerName}
                />
                <TextInput
                  label={t("coordination.letter.signerTitle")}
                  value={values.signerTitle}
                  onChange={(event) => change("signerTitle", event.currentTarget.value)}
                  error={form.errors.signerTitle}
                />
                <TextInput
                  label={t("coordination.letter.signerNip")}
                  inputMode="numeric"
                  value={values.signerNip}
                  onChange={(event) => change("signerNip", event.currentTarget.value)}
                  error={form.errors.signerNip}
                />
              </SimpleGrid>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        {!editing && future ? (
          <Switch
            label={t("coordination.form.sendNow")}
            description={t("coordination.form.sendNowHint")}
            checked={values.sendInvitations}
            onChange={(event) => change("sendInvitations", event.currentTarget.checked)}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
