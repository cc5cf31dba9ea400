import {
  Alert,
  Button,
  Chip,
  Group,
  Input,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ActivityDto,
  type ActivityStatus,
  type CountField,
  countFields,
  createActivityInputSchema,
  type UpdateActivityInput,
} from "../../../shared/prevention.ts";
import { useCan, useMe } from "../../app/session-context.tsx";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { useFocusFirstError } from "../cases/use-focus-first-error.ts";
import { useTerms } from "../complaints/use-terms.ts";
import { nowInWibLocal, wibLocalToIso } from "../complaints/wib-input.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useWorkingGroups } from "../vocabularies/reference-api.ts";
import { ActivityPlaceFields, type PlaceValues } from "./activity-place-fields.tsx";
import { CountsFields, type CountValues, countsInput, emptyCounts } from "./counts-fields.tsx";
import { usePreventionFormErrors } from "./use-prevention-form-errors.ts";

type Values = PlaceValues & {
  status: ActivityStatus;
  cancelReason: string;
  typeCode: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  targetGroupCodes: string[];
  organizerOrganizationId: string | null;
  partnerOrganizationIds: string[];
  workingGroupId: string | null;
  notes: string;
  withCounts: boolean;
  counts: CountValues;
};

// Fields an input on this form shows; anything else the server names goes to the alert.
const shown = [
  "status",
  "cancelReason",
  "typeCode",
  "title",
  "startsAt",
  "endsAt",
  "placeKind",
  "regionCode",
  "schoolId",
  "placeDetail",
  "targetGroupCodes",
  "organizerOrganizationId",
  "partnerOrganizationIds",
  "workingGroupId",
  "notes",
  "counts",
  ...countFields,
];

export type ActivityFormDefaults = Partial<Pick<Values, "status" | "regionCode" | "schoolId" | "placeKind">>;

function initialValues(
  activity: ActivityDto | undefined,
  defaults: ActivityFormDefaults,
  homeRegion: string | null,
): Values {
  if (activity) {
    return {
      status: activity.status,
      cancelReason: activity.cancelReason ?? "",
      typeCode: activity.typeCode,
      title: activity.title,
      startsAt: nowInWibLocal(new Date(activity.startsAt)),
      endsAt: activity.endsAt ? nowInWibLocal(new Date(activity.endsAt)) : "",
      placeKind: activity.placeKind,
      regionCode: activity.regionCode,
      schoolId: activity.schoolId,
      placeDetail: activity.placeDetail ?? "",
      targetGroupCodes: activity.targetGroupCodes,
      organizerOrganizationId: activity.organizerOrganizationId,
      partnerOrganizationIds: activity.partners.map((p) => p.id),
      workingGroupId: activity.workingGroupId,
      notes: activity.notes ?? "",
      withCounts: activity.participantSource === "counts",
      counts:
        activity.participantSource === "counts" && activity.counts
          ? (Object.fromEntries(countFields.map((f) => [f, activity.counts![f]])) as CountValues)
          : emptyCounts(),
    };
  }
  return {
    status: defaults.status ?? "held",
    cancelReason: "",
    typeCode: "awareness_session",
    title: "",
    // A plan is for later: tomorrow morning is a better guess than this minute.
    startsAt:
      defaults.status === "planned"
        ? `${todayInJakarta(new Date(Date.now() + 86_400_000))}T09:00`
        : nowInWibLocal(),
    endsAt: "",
    placeKind: defaults.placeKind ?? (defaults.schoolId ? "school" : "kelurahan"),
    regionCode: defaults.regionCode ?? homeRegion,
    schoolId: defaults.schoolId ?? null,
    placeDetail: "",
    targetGroupCodes: [],
    organizerOrganizationId: null,
    partnerOrganizationIds: [],
    workingGroupId: null,
    notes: "",
    withCounts: false,
    counts: emptyCounts(),
  };
}

type ActivityFormProps = {
  activity?: ActivityDto;
  defaults?: ActivityFormDefaults;
  /** The organiser's kelurahan, when the user works for a kelurahan office: the likely place. */
  homeRegion?: string | null;
  pending: boolean;
  submitLabel: string;
  onSubmit: (input: UpdateActivityInput, form: ReturnType<typeof usePreventionFormErrors>) => void;
  onCancel: () => void;
};

/** Plan or record an activity; the same form corrects one later. */
export function ActivityForm({
  activity,
  defaults = {},
  homeRegion = null,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
}: ActivityFormProps) {
  const { t, i18n } = useTranslation();
  const { user } = useMe();
  const coordinates = useCan("prevention.coordinate");
  const form = usePreventionFormErrors();
  const focus = useFocusFirstError();
  const types = useTerms("prevention_activity_type");
  const targetGroups = useTerms("target_group");
  const organizations = useOrganizationOptions();
  const workingGroups = useWorkingGroups();
  const [values, setValues] = useState<Values>(() => initialValues(activity, defaults, homeRegion));
  const hasList = (activity?.attendeeCount ?? 0) > 0;

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  // The working group defaults to prevention (sub gugus tugas 1) once the list is known.
  const groups = workingGroups.data?.items ?? [];
  const workingGroupId =
    values.workingGroupId ?? (activity ? null : (groups.find((g) => g.number === 1)?.id ?? null));
  const organizationChoices = (organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const counts =
      values.status === "held" && values.withCounts && !hasList
        ? countsInput(values.counts)
        : activity
          ? null
          : undefined;
    const input = form.validate(createActivityInputSchema, {
      typeCode: values.typeCode ?? undefined,
      title: values.title,
      status: values.status,
      cancelReason: values.status === "cancelled" ? blankToUndefined(values.cancelReason) : undefined,
      startsAt: values.startsAt ? wibLocalToIso(values.startsAt) : undefined,
      endsAt: values.endsAt ? wibLocalToIso(values.endsAt) : null,
      placeKind: values.placeKind,
      regionCode: values.placeKind === "school" ? null : values.regionCode,
      schoolId: values.placeKind === "school" ? values.schoolId : null,
      placeDetail: blankToUndefined(values.placeDetail) ?? null,
      targetGroupCodes: values.targetGroupCodes,
      organizerOrganizationId: coordinates
        ? (values.organizerOrganizationId ?? user.organizationId)
        : undefined,
      partnerOrganizationIds: values.partnerOrganizationIds,
      workingGroupId,
      notes: blankToUndefined(values.notes) ?? null,
      counts: hasList ? undefined : counts,
    });
    if (!input) {
      focus.focusFirstError();
      return;
    }
    onSubmit(input, form);
  }

  const statusChoices = (
    activity ? (["planned", "held", "cancelled"] as const) : (["held", "planned"] as const)
  ).map((status) => ({ value: status, label: t(`prevention.status.${status}`) }));

  return (
    <form ref={focus.ref} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, shown)} />
        <Input.Wrapper label={t("prevention.fields.status")} description={t("prevention.fields.statusHint")}>
          <SegmentedControl
            mt={4}
            fullWidth
            data={statusChoices}
            value={values.status}
            onChange={(status) => change("status", status as ActivityStatus)}
          />
        </Input.Wrapper>
        {values.status === "cancelled" ? (
          <TextInput
            label={t("prevention.fields.cancelReason")}
            required
            value={values.cancelReason}
            onChange={(event) => change("cancelReason", event.currentTarget.value)}
            error={form.errors.cancelReason}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("prevention.fields.type")}
            required
            data={types.options}
            value={values.typeCode}
            onChange={(typeCode) => change("typeCode", typeCode)}
            allowDeselect={false}
            error={form.errors.typeCode}
          />
          <TextInput
            label={t("prevention.fields.title")}
            description={t("prevention.fields.titleHint")}
            required
            value={values.title}
            onChange={(event) => change("title", event.currentTarget.value)}
            error={form.errors.title}
          />
          <TextInput
            label={t("prevention.fields.startsAt")}
            type="datetime-local"
            required
            value={values.startsAt}
            onChange={(event) => change("startsAt", event.currentTarget.value)}
            error={form.errors.startsAt}
          />
          <TextInput
            label={t("prevention.fields.endsAt")}
            type="datetime-local"
            value={values.endsAt}
            onChange={(event) => change("endsAt", event.currentTarget.value)}
            error={form.errors.endsAt}
          />
        </SimpleGrid>
        <ActivityPlaceFields
          value={values}
          onChange={(place) => {
            setValues((current) => ({ ...current, ...place }));
            for (const field of ["placeKind", "regionCode", "schoolId", "placeDetail"])
              form.clearField(field);
          }}
          errors={form.errors}
        />
        <Input.Wrapper
          label={t("prevention.fields.targetGroups")}
          required
          error={form.errors.targetGroupCodes}
        >
          <Chip.Group
            multiple
            value={values.targetGroupCodes}
            onChange={(codes) => change("targetGroupCodes", codes)}
          >
            <Group gap="xs" mt={6}>
              {targetGroups.options.map((option) => (
                <Chip key={option.value} value={option.value}>
                  {option.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {coordinates ? (
            <Select
              label={t("prevention.fields.organizer")}
              data={organizationChoices}
              value={values.organizerOrganizationId ?? user.organizationId}
              onChange={(id) => change("organizerOrganizationId", id)}
              searchable
              allowDeselect={false}
              nothingFoundMessage={t("common.nothingFound")}
              error={form.errors.organizerOrganizationId}
            />
          ) : (
            <TextInput
              label={t("prevention.fields.organizer")}
              readOnly
              value={
                activity?.organizerName ??
                organizationChoices.find((o) => o.value === user.organizationId)?.label ??
                ""
              }
            />
          )}
          <MultiSelect
            label={t("prevention.fields.partners")}
            data={organizationChoices}
            value={values.partnerOrganizationIds}
            onChange={(ids) => change("partnerOrganizationIds", ids)}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            nothingFoundMessage={t("common.nothingFound")}
            error={form.errors.partnerOrganizationIds}
          />
        </SimpleGrid>
        <Select
          label={t("prevention.fields.workingGroup")}
          description={t("prevention.fields.workingGroupHint")}
          data={groups.map((g) => ({
            value: g.id,
            label: `${g.number}. ${i18n.language === "en" ? g.nameEn : g.nameId}`,
          }))}
          value={workingGroupId}
          onChange={(id) => change("workingGroupId", id)}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          error={form.errors.workingGroupId}
        />
        {values.status === "held" && !hasList ? (
          <Stack gap="xs">
            <Switch
              label={t("prevention.counts.enterNow")}
              description={t("prevention.counts.enterNowHint")}
              checked={values.withCounts}
              onChange={(event) => change("withCounts", event.currentTarget.checked)}
            />
            {values.withCounts ? (
              <CountsFields
                values={values.counts}
                onChange={(field: CountField, value) => {
                  setValues((current) => ({ ...current, counts: { ...current.counts, [field]: value } }));
                  form.clearField(field);
                }}
                errors={form.errors}
              />
            ) : null}
            {form.errors.counts ? (
              <Alert color="red" role="alert">
                {form.errors.counts}
              </Alert>
            ) : null}
          </Stack>
        ) : null}
        {hasList ? <Alert color="blue">{t("prevention.counts.fromList")}</Alert> : null}
        <Textarea
          label={t("prevention.fields.notes")}
          autosize
          minRows={2}
          maxRows={8}
          value={values.notes}
          onChange={(event) => change("notes", event.currentTarget.value)}
          error={form.errors.notes}
        />
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
