import {
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type CaseDto,
  type OpenCaseInput,
  openCaseInputSchema,
  type RoutePointInput,
  type UpdateCaseInput,
  updateCaseInputSchema,
} from "../../../shared/cases.ts";
import { isCountryCode } from "../../../shared/countries.ts";
import { useCan, useMe } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useCaseManagerOptions } from "./cases-api.ts";
import { RegionPathSelect } from "./region-path-select.tsx";
import { newRoutePoint, pointHasPlace, RouteEditor, type RoutePointValues } from "./route-editor.tsx";
import { useFocusFirstError } from "./use-focus-first-error.ts";
import { useHomeRegion } from "./use-home-region.ts";
import { useTerms } from "./vocabulary-terms.ts";

const fields = [
  "title",
  "identifiedOn",
  "identifiedRegionCode",
  "exploitationForms",
  "means",
  "acts",
  "recruitmentMethod",
  "recruitmentPlatform",
  "recruiterRelation",
  "riskLevel",
  "route",
  "leadOrganizationId",
  "caseManagerId",
  "summary",
] as const;

type Values = {
  title: string;
  identifiedOn: string;
  identifiedRegionCode: string | null;
  exploitationForms: string[];
  means: string[];
  acts: string[];
  recruitmentMethod: string;
  recruitmentPlatform: string;
  recruiterRelation: string | null;
  riskLevel: string | null;
  route: RoutePointValues[];
  leadOrganizationId: string | null;
  caseManagerId: string | null;
  summary: string;
};

function initialValues(existing: CaseDto | null, organizationId: string): Values {
  if (!existing) {
    return {
      title: "",
      identifiedOn: todayInJakarta(),
      identifiedRegionCode: null,
      exploitationForms: [],
      means: [],
      acts: [],
      recruitmentMethod: "",
      recruitmentPlatform: "",
      recruiterRelation: null,
      riskLevel: "medium",
      route: [],
      leadOrganizationId: organizationId,
      caseManagerId: null,
      summary: "",
    };
  }
  return {
    title: existing.title,
    identifiedOn: existing.identifiedOn,
    identifiedRegionCode: existing.identifiedRegionCode,
    exploitationForms: existing.exploitationForms,
    means: existing.means,
    acts: existing.acts,
    recruitmentMethod: existing.recruitmentMethod ?? "",
    recruitmentPlatform: existing.recruitmentPlatform ?? "",
    recruiterRelation: existing.recruiterRelation,
    riskLevel: existing.riskLevel,
    route: existing.route.map((point) => ({
      ...newRoutePoint(point.kind),
      abroad: point.countryCode !== null,
      regionCode: point.regionCode,
      countryCode: point.countryCode,
      placeTypeCode: point.placeTypeCode,
      description: point.description ?? "",
    })),
    leadOrganizationId: existing.leadOrganizationId,
    caseManagerId: existing.caseManagerId,
    summary: existing.summary ?? "",
  };
}

function routeInput(points: RoutePointValues[]): RoutePointInput[] {
  return points.map((point) => ({
    kind: point.kind,
    regionCode: point.abroad ? null : point.regionCode,
    countryCode:
      point.abroad && point.countryCode && isCountryCode(point.countryCode) ? point.countryCode : null,
    placeTypeCode: point.placeTypeCode,
    description: point.description.trim() || null,
  }));
}

type CaseFormProps = {
  /** The case to edit, or null to open a new one. */
  existing: CaseDto | null;
  saving: boolean;
  onSubmit: (input: OpenCaseInput | UpdateCaseInput, showError: (error: unknown) => void) => void;
  onCancel: () => void;
};

/** The facts of a case: the same form opens a case and edits one. */
export function CaseForm({ existing, saving, onSubmit, onCancel }: CaseFormProps) {
  const { t } = useTranslation();
  const { user } = useMe();
  const canListUsers = useCan("user.read");
  const terms = useTerms();
  const homeRegion = useHomeRegion();
  const organizations = useOrganizationOptions();
  const managers = useCaseManagerOptions(canListUsers);
  const form = useFormErrors();
  const focus = useFocusFirstError();
  function showError(error: unknown) {
    form.showApiError(error);
    focus.focusFirstError();
  }
  const [values, setValues] = useState<Values>(() => initialValues(existing, user.organizationId));
  const [checkedRoute, setCheckedRoute] = useState(false);

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  const text = (value: string) => value.trim() || null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      title: values.title,
      identifiedOn: values.identifiedOn,
      identifiedRegionCode: values.identifiedRegionCode,
      exploitationForms: values.exploitationForms,
      means: values.means,
      acts: values.acts,
      recruitmentMethod: text(values.recruitmentMethod),
      recruitmentPlatform: text(values.recruitmentPlatform),
      recruiterRelation: values.recruiterRelation,
      riskLevel: values.riskLevel ?? undefined,
      route: routeInput(values.route),
      leadOrganizationId: values.leadOrganizationId ?? undefined,
      caseManagerId: values.caseManagerId,
      summary: text(values.summary),
    };
    const parsed = existing
      ? form.validate(updateCaseInputSchema, input)
      : form.validate(openCaseInputSchema, input);
    const routeComplete = values.route.every(pointHasPlace);
    setCheckedRoute(true);
    if (!parsed || !routeComplete) return focus.focusFirstError();
    onSubmit(parsed, showError);
  }

  const organizationData = (organizations.data?.items ?? [])
    .filter((item) => item.active || item.id === values.leadOrganizationId)
    .map((item) => ({ value: item.id, label: item.name }));
  const managerData = (managers.data ?? []).map((item) => ({
    value: item.id,
    label: `${item.name} — ${item.organizationName}`,
  }));
  if (
    existing?.caseManagerId &&
    existing.caseManagerName &&
    !managerData.some((m) => m.value === existing.caseManagerId)
  ) {
    managerData.push({ value: existing.caseManagerId, label: existing.caseManagerName });
  }
  const clearable = { clearable: true, clearButtonProps: { "aria-label": t("common.clear") } } as const;
  const searchable = { searchable: true, nothingFoundMessage: t("common.nothingFound") } as const;

  return (
    <form
      onSubmit={submit}
      noValidate
      ref={focus.ref}
      aria-label={existing ? t("cases.form.editTitle") : t("cases.form.openTitle")}
    >
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        <TextInput
          label={t("cases.fields.title")}
          description={t("cases.form.titleHint")}
          required
          value={values.title}
          onChange={(event) => change("title", event.currentTarget.value)}
          error={form.errors.title}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t("cases.fields.identifiedOn")}
            required
            max={todayInJakarta()}
            value={values.identifiedOn}
            onChange={(event) => change("identifiedOn", event.currentTarget.value)}
            error={form.errors.identifiedOn}
          />
          <Select
            label={t("cases.fields.riskLevel")}
            required
            data={terms.options("risk_level", [values.riskLevel])}
            value={values.riskLevel}
            onChange={(riskLevel) => change("riskLevel", riskLevel)}
            allowDeselect={false}
            error={form.errors.riskLevel}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t("cases.fields.identifiedRegion")}
          </Text>
          <RegionPathSelect
            rootCode={homeRegion}
            value={values.identifiedRegionCode}
            onChange={(code) => change("identifiedRegionCode", code)}
            error={form.errors.identifiedRegionCode}
            labelPrefix={t("cases.fields.identifiedRegionShort")}
          />
        </Stack>
        <MultiSelect
          label={t("cases.fields.exploitationForms")}
          data={terms.options("exploitation_form", values.exploitationForms)}
          value={values.exploitationForms}
          onChange={(codes) => change("exploitationForms", codes)}
          error={form.errors.exploitationForms}
          {...searchable}
          {...clearable}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t("cases.fields.means")}
            data={terms.options("trafficking_means", values.means)}
            value={values.means}
            onChange={(codes) => change("means", codes)}
            error={form.errors.means}
            {...searchable}
            {...clearable}
          />
          <MultiSelect
            label={t("cases.fields.acts")}
            data={terms.options("trafficking_act", values.acts)}
            value={values.acts}
            onChange={(codes) => change("acts", codes)}
            error={form.errors.acts}
            {...searchable}
            {...clearable}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t("cases.fields.recruitmentMethod")}
            value={values.recruitmentMethod}
            onChange={(event) => change("recruitmentMethod", event.currentTarget.value)}
            error={form.errors.recruitmentMethod}
          />
          <TextInput
            label={t("cases.fields.recruitmentPlatform")}
            value={values.recruitmentPlatform}
            onChange={(event) => change("recruitmentPlatform", event.currentTarget.value)}
            error={form.errors.recruitmentPlatform}
          />
          <Select
            label={t("cases.fields.recruiterRelation")}
            data={terms.options("suspect_relation", [values.recruiterRelation])}
            value={values.recruiterRelation}
            onChange={(code) => change("recruiterRelation", code)}
            error={form.errors.recruiterRelation}
            {...clearable}
          />
        </SimpleGrid>
        <RouteEditor
          points={values.route}
          onChange={(route) => change("route", route)}
          showMissing={checkedRoute}
          error={form.errors.route}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("cases.fields.leadOrganization")}
            required
            data={organizationData}
            value={values.leadOrganizationId}
            onChange={(id) => change("leadOrganizationId", id)}
            allowDeselect={false}
            error={form.errors.leadOrganizationId}
            {...searchable}
          />
          {canListUsers ? (
            <Select
              label={t("cases.fields.caseManager")}
              description={t("cases.form.caseManagerHint")}
              data={managerData}
              value={values.caseManagerId}
              onChange={(id) => change("caseManagerId", id)}
              error={form.errors.caseManagerId}
              {...searchable}
              {...clearable}
            />
          ) : (
            <Text size="sm" c="dimmed" pt="lg">
              {existing ? null : t("cases.form.youManage")}
            </Text>
          )}
        </SimpleGrid>
        <Textarea
          label={t("cases.fields.summary")}
          description={t("cases.form.summaryHint")}
          autosize
          minRows={3}
          value={values.summary}
          onChange={(event) => change("summary", event.currentTarget.value)}
          error={form.errors.summary}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={saving}>
            {existing ? t("common.save") : t("cases.form.open")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
