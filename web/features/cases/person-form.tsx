import {
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isCountryCode } from "../../../shared/countries.ts";
import {
  addCasePersonInputSchema,
  type CasePersonDto,
  type PersonRole,
  personRoles,
  updateCasePersonInputSchema,
} from "../../../shared/people.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { DuplicateSuggestions, type ExistingChoice } from "./duplicate-suggestions.tsx";
import { useAddPerson, useUpdatePerson } from "./people-api.ts";
import { RegionPathSelect } from "./region-path-select.tsx";
import { useFocusFirstError } from "./use-focus-first-error.ts";
import { useLeafFormErrors } from "./use-leaf-form-errors.ts";
import { countryOptions, useTerms } from "./vocabulary-terms.ts";

const identityKeys = ["name", "aliases", "nik", "birthDate", "address", "phone"] as const;
const fields = [
  "role",
  "personId",
  ...identityKeys,
  "sexCode",
  "ageAtExploitation",
  "birthYear",
  "nationalityCode",
  "originRegionCode",
  "originCountryCode",
  "educationCode",
  "maritalStatusCode",
  "disabilityCodes",
  "occupation",
  "relationToVictimCode",
  "guardianOfId",
  "note",
] as const;

type Values = {
  role: PersonRole | null;
  identity: Record<(typeof identityKeys)[number], string>;
  sexCode: string | null;
  ageAtExploitation: number | string;
  birthYear: number | string;
  nationalityCode: string | null;
  originAbroad: boolean;
  originRegionCode: string | null;
  originCountryCode: string | null;
  educationCode: string | null;
  maritalStatusCode: string | null;
  disabilityCodes: string[];
  occupation: string;
  relationToVictimCode: string | null;
  guardianOfId: string | null;
  note: string;
};

const blankIdentity = { name: "", aliases: "", nik: "", birthDate: "", address: "", phone: "" };

function initialValues(person: CasePersonDto | null, role: PersonRole | null): Values {
  return {
    role: person?.role ?? role,
    identity: { ...blankIdentity },
    sexCode: person?.sexCode ?? null,
    ageAtExploitation: person?.ageAtExploitation ?? "",
    birthYear: person?.birthYear ?? "",
    nationalityCode: person?.nationalityCode ?? "ID",
    originAbroad: Boolean(person?.originCountryCode),
    originRegionCode: person?.originRegionCode ?? null,
    originCountryCode: person?.originCountryCode ?? null,
    educationCode: person?.educationCode ?? null,
    maritalStatusCode: person?.maritalStatusCode ?? null,
    disabilityCodes: person?.disabilityCodes ?? [],
    occupation: person?.occupation ?? "",
    relationToVictimCode: person?.relationToVictimCode ?? null,
    guardianOfId: person?.guardianOfId ?? null,
    note: person?.note ?? "",
  };
}

const numberOrNull = (value: number | string) => (value === "" ? null : Number(value));
const textOrNull = (value: string) => value.trim() || null;

function demographicsOf(values: Values) {
  return {
    sexCode: values.sexCode ?? undefined,
    ageAtExploitation: numberOrNull(values.ageAtExploitation),
    birthYear: numberOrNull(values.birthYear),
    nationalityCode:
      values.nationalityCode && isCountryCode(values.nationalityCode) ? values.nationalityCode : null,
    originRegionCode: values.originAbroad ? null : values.originRegionCode,
    originCountryCode:
      values.originAbroad && values.originCountryCode && isCountryCode(values.originCountryCode)
        ? values.originCountryCode
        : null,
    educationCode: values.educationCode,
    maritalStatusCode: values.maritalStatusCode,
    disabilityCodes: values.disabilityCodes,
    occupation: textOrNull(values.occupation),
  };
}

type PersonFormProps = {
  caseId: string;
  /** The person to edit, or null to add one. */
  person: CasePersonDto | null;
  initialRole: PersonRole | null;
  victims: CasePersonDto[];
  onDone: () => void;
};

/** Adds a person to the case (looking for an existing record first) or edits one. */
export function PersonForm({ caseId, person, initialRole, victims, onDone }: PersonFormProps) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  const add = useAddPerson(caseId);
  const update = useUpdatePerson(caseId);
  const form = useLeafFormErrors();
  const focus = useFocusFirstError();
  function showError(error: unknown) {
    form.showApiError(error);
    focus.focusFirstError();
  }
  const [values, setValues] = useState<Values>(() => initialValues(person, initialRole));
  const [existing, setExisting] = useState<ExistingChoice | null>(null);
  const countries = countryOptions(i18n.language);
  const initial = initialValues(person, initialRole);

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }
  function changeIdentity(field: (typeof identityKeys)[number], value: string) {
    setValues((current) => ({ ...current, identity: { ...current.identity, [field]: value } }));
    form.clearField(field);
  }

  function identityInput() {
    const entries = identityKeys
      .map((key) => [key, values.identity[key].trim()] as const)
      .filter(([, value]) => value !== "");
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const demographics = demographicsOf(values);
    const common = {
      relationToVictimCode: values.role === "suspect" ? values.relationToVictimCode : null,
      guardianOfId: values.role === "guardian" ? values.guardianOfId : null,
      note: textOrNull(values.note),
    };
    if (person) {
      // Only what changed is sent, so the timeline names the fields that really changed.
      const before = demographicsOf(initial) as Record<string, unknown>;
      const changed = Object.fromEntries(
        Object.entries(demographics).filter(
          ([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value),
        ),
      );
      const parsed = form.validate(updateCasePersonInputSchema, {
        identity: identityInput(),
        demographics: Object.keys(changed).length > 0 ? changed : undefined,
        ...common,
      });
      if (!parsed) return focus.focusFirstError();
      update.mutate(
        { casePersonId: person.id, input: parsed },
        {
          onSuccess: (saved) => {
            notifySuccess(t("cases.people.saved", { code: saved.code }));
            onDone();
          },
          onError: showError,
        },
      );
      return;
    }
    const parsed = form.validate(addCasePersonInputSchema, {
      role: values.role ?? undefined,
      personId: existing?.personId,
      identity: existing ? undefined : identityInput(),
      demographics: existing ? undefined : demographics,
      ...common,
    });
    if (!parsed) return focus.focusFirstError();
    add.mutate(parsed, {
      onSuccess: (saved) => {
        notifySuccess(
          t("cases.people.added", { code: saved.code, role: t(`cases.people.roles.${saved.role}`) }),
        );
        onDone();
      },
      onError: showError,
    });
  }

  const clearable = { clearable: true, clearButtonProps: { "aria-label": t("common.clear") } } as const;
  const searchable = { searchable: true, nothingFoundMessage: t("common.nothingFound") } as const;
  const editing = person !== null;
  const onFile = new Set(person?.identityOnFile ?? []);
  const identityLabel = (key: (typeof identityKeys)[number]) =>
    editing && onFile.has(key)
      ? `${t(`cases.identity.${key}`)} (${t("cases.people.onFileKeep")})`
      : t(`cases.identity.${key}`);

  return (
    <form onSubmit={submit} noValidate ref={focus.ref}>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
        {editing ? null : (
          <Select
            label={t("cases.people.role")}
            required
            data={personRoles.map((role) => ({ value: role, label: t(`cases.people.roles.${role}`) }))}
            value={values.role}
            onChange={(role) => change("role", role as PersonRole | null)}
            allowDeselect={false}
            error={form.errors.role}
          />
        )}
        {existing ? (
          <Alert color="blue" title={t("cases.duplicates.usingTitle", { code: existing.code })}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t("cases.duplicates.usingBody")}</Text>
              <Button size="xs" variant="default" onClick={() => setExisting(null)}>
                {t("cases.duplicates.enterNew")}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <>
            <Fieldset legend={t("cases.people.identityLegend")}>
              <Stack gap="sm">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                  <Text size="sm" c="dimmed">
                    {editing ? t("cases.people.identityEditHint") : t("cases.people.identityHint")}
                  </Text>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={identityLabel("name")}
                    autoComplete="off"
                    value={values.identity.name}
                    onChange={(event) => changeIdentity("name", event.currentTarget.value)}
                    error={form.errors.name}
                  />
                  <TextInput
                    label={identityLabel("aliases")}
                    autoComplete="off"
                    value={values.identity.aliases}
                    onChange={(event) => changeIdentity("aliases", event.currentTarget.value)}
                    error={form.errors.aliases}
                  />
                  <TextInput
                    label={identityLabel("nik")}
                    description={t("cases.people.nikHint")}
                    inputMode="numeric"
                    autoComplete="off"
                    value={values.identity.nik}
                    onChange={(event) => changeIdentity("nik", event.currentTarget.value)}
                    error={form.errors.nik}
                  />
                  <TextInput
                    type="date"
                    label={identityLabel("birthDate")}
                    max={todayInJakarta()}
                    value={values.identity.birthDate}
                    onChange={(event) => changeIdentity("birthDate", event.currentTarget.value)}
                    error={form.errors.birthDate}
                  />
                  <TextInput
                    label={identityLabel("address")}
                    autoComplete="off"
                    value={values.identity.address}
                    onChange={(event) => changeIdentity("address", event.currentTarget.value)}
                    error={form.errors.address}
                  />
                  <TextInput
                    type="tel"
                    label={identityLabel("phone")}
                    autoComplete="off"
                    value={values.identity.phone}
                    onChange={(event) => changeIdentity("phone", event.currentTarget.value)}
                    error={form.errors.phone}
                  />
                </SimpleGrid>
              </Stack>
            </Fieldset>
            {editing ? null : (
              <DuplicateSuggestions
                identity={values.identity}
                originRegionCode={values.originAbroad ? null : values.originRegionCode}
                onUse={(choice) => {
                  setExisting(choice);
                  form.reset();
                }}
              />
            )}
            <Fieldset legend={t("cases.people.demographicsLegend")}>
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t("cases.people.sex")}
                    data={terms.options("sex", [values.sexCode])}
                    value={values.sexCode}
                    onChange={(code) => change("sexCode", code)}
                    error={form.errors.sexCode}
                  />
                  <NumberInput
                    label={t("cases.people.ageAtExploitation")}
                    description={t("cases.people.ageHint")}
                    min={0}
                    max={120}
                    allowDecimal={false}
                    value={values.ageAtExploitation}
                    onChange={(value) => change("ageAtExploitation", value)}
                    error={form.errors.ageAtExploitation}
                  />
                  <NumberInput
                    label={t("cases.people.birthYear")}
                    min={1900}
                    max={2100}
                    allowDecimal={false}
                    thousandSeparator={false}
                    value={values.birthYear}
                    onChange={(value) => change("birthYear", value)}
                    error={form.errors.birthYear}
                  />
                  <Select
                    label={t("cases.people.nationality")}
                    data={[{ value: "ID", label: "Indonesia" }, ...countries]}
                    value={values.nationalityCode}
                    onChange={(code) => change("nationalityCode", code)}
                    error={form.errors.nationalityCode}
                    {...searchable}
                    {...clearable}
                  />
                  <Select
                    label={t("cases.people.education")}
                    data={terms.options("education_level", [values.educationCode])}
                    value={values.educationCode}
                    onChange={(code) => change("educationCode", code)}
                    error={form.errors.educationCode}
                    {...clearable}
                  />
                  <Select
                    label={t("cases.people.maritalStatus")}
                    data={terms.options("marital_status", [values.maritalStatusCode])}
                    value={values.maritalStatusCode}
                    onChange={(code) => change("maritalStatusCode", code)}
                    error={form.errors.maritalStatusCode}
                    {...clearable}
                  />
                </SimpleGrid>
                <Stack gap={4}>
                  <Group justify="space-between">
                    <Text size="sm" fw={500}>
                      {t("cases.people.origin")}
                    </Text>
                    <SegmentedControl
                      size="xs"
                      aria-label={t("cases.people.originWhere")}
                      data={[
                        { value: "id", label: t("cases.route.indonesia") },
                        { value: "abroad", label: t("cases.route.abroad") },
                      ]}
                      value={values.originAbroad ? "abroad" : "id"}
                      onChange={(where) => change("originAbroad", where === "abroad")}
                    />
                  </Group>
                  {values.originAbroad ? (
                    <Select
                      label={t("cases.people.originCountry")}
                      data={countries}
                      value={values.originCountryCode}
                      onChange={(code) => change("originCountryCode", code)}
                      error={form.errors.originCountryCode}
                      {...searchable}
                      {...clearable}
                    />
                  ) : (
                    <RegionPathSelect
                      rootCode={null}
                      value={values.originRegionCode}
                      onChange={(code) => change("originRegionCode", code)}
                      error={form.errors.originRegionCode}
                      labelPrefix={t("cases.people.origin")}
                    />
                  )}
                </Stack>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <MultiSelect
                    label={t("cases.people.disability")}
                    data={terms.options("disability", values.disabilityCodes)}
                    value={values.disabilityCodes}
                    onChange={(codes) => change("disabilityCodes", codes)}
                    error={form.errors.disabilityCodes}
                    {...clearable}
                  />
                  <TextInput
                    label={t("cases.people.occupation")}
                    value={values.occupation}
                    onChange={(event) => change("occupation", event.currentTarget.value)}
                    error={form.errors.occupation}
                  />
                </SimpleGrid>
              </Stack>
            </Fieldset>
          </>
        )}
        {values.role === "suspect" ? (
          <Select
            label={t("cases.people.relationToVictim")}
            data={terms.options("suspect_relation", [values.relationToVictimCode])}
            value={values.relationToVictimCode}
            onChange={(code) => change("relationToVictimCode", code)}
            error={form.errors.relationToVictimCode}
            {...clearable}
          />
        ) : null}
        {values.role === "guardian" ? (
          <Select
            label={t("cases.people.guardianOf")}
            data={victims.map((victim) => ({ value: victim.id, label: victim.code }))}
            value={values.guardianOfId}
            onChange={(id) => change("guardianOfId", id)}
            error={form.errors.guardianOfId}
            {...clearable}
          />
        ) : null}
        <Textarea
          label={t("cases.people.note")}
          autosize
          minRows={2}
          value={values.note}
          onChange={(event) => change("note", event.currentTarget.value)}
          error={form.errors.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={add.isPending || update.isPending}>
            {editing
              ? t("common.save")
              : existing
                ? t("cases.duplicates.addExisting")
                : t("cases.people.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
