import {
  Button,
  Chip,
  Group,
  Input,
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
  createDecreeInputSchema,
  createMembershipInputSchema,
  endMembershipInputSchema,
  type MembershipDto,
  memberPositions,
  updateMembershipInputSchema,
  type WorkingGroupDto,
} from "../../../shared/coordination.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useAddMember, useCreateDecree, useEndMember, useUpdateMember } from "./coordination-api.ts";
import { useCoordinationForm } from "./use-coordination-form.ts";

export function workingGroupLabel(group: WorkingGroupDto, language: string): string {
  return `${group.number}. ${language === "en" ? group.nameEn : group.nameId}`;
}

function FormButtons({
  pending,
  onCancel,
  label,
}: {
  pending: boolean;
  onCancel: () => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </Group>
  );
}

/** A new decree (SK): the legal basis and its period; current members carry over by default. */
export function DecreeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateDecree();
  const form = useCoordinationForm();
  const [v, setV] = useState({
    number: "",
    title: "",
    issuedBy: "",
    signedOn: "",
    periodStart: "",
    periodEnd: "",
    notes: "",
    carryOverMembers: true,
  });
  const set = (field: keyof typeof v, value: string | boolean) => {
    setV((current) => ({ ...current, [field]: value }));
    form.clear(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(createDecreeInputSchema, {
      ...v,
      signedOn: v.signedOn || undefined,
      periodStart: v.periodStart || undefined,
      periodEnd: v.periodEnd || null,
      notes: blankToUndefined(v.notes) ?? null,
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (decree) => {
        notifySuccess(t("coordination.structure.decreeSaved", { count: decree.memberCount }));
        onDone();
      },
      onError: form.showApiError,
    });
  }

  const text = (field: "number" | "title" | "issuedBy", required = true) => (
    <TextInput
      label={t(`coordination.decree.${field}`)}
      required={required}
      value={v[field]}
      onChange={(event) => set(field, event.currentTarget.value)}
      error={form.errors[field]}
    />
  );
  const day = (field: "signedOn" | "periodStart" | "periodEnd", required = true) => (
    <TextInput
      label={t(`coordination.decree.${field}`)}
      type="date"
      required={required}
      value={v[field]}
      onChange={(event) => set(field, event.currentTarget.value)}
      error={form.errors[field]}
    />
  );
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert message={form.formError} extra={form.unplaced((f) => f in v)} />
        {text("number")}
        {text("title")}
        {text("issuedBy")}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {day("signedOn")}
          {day("periodStart")}
          {day("periodEnd", false)}
        </SimpleGrid>
        <Textarea
          label={t("coordination.decree.notes")}
          autosize
          minRows={2}
          value={v.notes}
          onChange={(event) => set("notes", event.currentTarget.value)}
          error={form.errors.notes}
        />
        <Switch
          label={t("coordination.decree.carryOver")}
          description={t("coordination.decree.carryOverHint")}
          checked={v.carryOverMembers}
          onChange={(event) => set("carryOverMembers", event.currentTarget.checked)}
        />
        <FormButtons pending={create.isPending} onCancel={onDone} label={t("common.save")} />
      </Stack>
    </form>
  );
}

type MemberValues = {
  organizationId: string | null;
  positionCode: string;
  personName: string;
  personTitle: string;
  phone: string;
  email: string;
  workingGroupIds: string[];
  day: string;
  reason: string;
};

function memberValues(member?: MembershipDto): MemberValues {
  return {
    organizationId: member?.organizationId ?? null,
    positionCode: member?.positionCode ?? "anggota",
    personName: member?.personName ?? "",
    personTitle: member?.personTitle ?? "",
    phone: member?.phone ?? "",
    email: member?.email ?? "",
    workingGroupIds: member?.workingGroupIds ?? [],
    day: todayInJakarta(),
    reason: "",
  };
}

/**
 * Add a seat, or change one. A correction fixes contact details in place; a change (another
 * person, position or working groups) closes the seat on a date and opens its successor, so the
 * history keeps both.
 */
export function MemberForm({
  member,
  workingGroups,
  onDone,
}: {
  member?: MembershipDto;
  workingGroups: WorkingGroupDto[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const organizations = useOrganizationOptions();
  const add = useAddMember();
  const update = useUpdateMember();
  const form = useCoordinationForm();
  const [mode, setMode] = useState<"correct" | "change">("correct");
  const [v, setV] = useState<MemberValues>(() => memberValues(member));
  const set = <K extends keyof MemberValues>(field: K, value: MemberValues[K]) => {
    setV((current) => ({ ...current, [field]: value }));
    form.clear(field);
  };
  const contact = {
    personName: blankToUndefined(v.personName) ?? null,
    personTitle: blankToUndefined(v.personTitle) ?? null,
    phone: blankToUndefined(v.phone) ?? null,
    email: blankToUndefined(v.email) ?? null,
  };
  const seatFields = !member || mode === "change";

  function submit(event: FormEvent) {
    event.preventDefault();
    const done = {
      onSuccess: () => {
        notifySuccess(t("coordination.structure.memberSaved"));
        onDone();
      },
      onError: form.showApiError,
    };
    if (!member) {
      const input = form.validate(createMembershipInputSchema, {
        organizationId: v.organizationId ?? undefined,
        positionCode: v.positionCode,
        workingGroupIds: v.workingGroupIds,
        ...contact,
        validFrom: v.day || undefined,
      });
      if (input) add.mutate(input, done);
      return;
    }
    const input = form.validate(
      updateMembershipInputSchema,
      mode === "correct"
        ? { mode, ...contact }
        : {
            mode,
            effectiveOn: v.day || undefined,
            positionCode: v.positionCode,
            workingGroupIds: v.workingGroupIds,
            ...contact,
            reason: blankToUndefined(v.reason) ?? null,
          },
    );
    if (input) update.mutate({ ...input, id: member.id }, done);
  }

  const shown = [
    "organizationId",
    "positionCode",
    "personName",
    "personTitle",
    "phone",
    "email",
    "workingGroupIds",
    "validFrom",
    "effectiveOn",
    "reason",
    "mode",
  ];
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert
          message={form.formError}
          extra={form.unplaced((f) => shown.includes(f.split(".")[0]!) && !(f === "mode" && !member))}
        />
        {form.errors.mode ? <FormErrorAlert message={form.errors.mode} /> : null}
        {member ? (
          <Input.Wrapper
            label={t("coordination.member.mode")}
            description={t(`coordination.member.modeHint_${mode}`)}
          >
            <SegmentedControl
              mt={4}
              fullWidth
              data={(["correct", "change"] as const).map((value) => ({
                value,
                label: t(`coordination.member.modes.${value}`),
              }))}
              value={mode}
              onChange={(value) => setMode(value as "correct" | "change")}
            />
          </Input.Wrapper>
        ) : (
          <Select
            label={t("coordination.member.organization")}
            required
            searchable
            data={(organizations.data?.items ?? [])
              .filter((o) => o.active)
              .map((o) => ({ value: o.id, label: o.name }))}
            value={v.organizationId}
            onChange={(value) => set("organizationId", value)}
            error={form.errors.organizationId}
          />
        )}
        {seatFields ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("coordination.member.position")}
              required
              data={memberPositions.map((value) => ({ value, label: t(`coordination.positions.${value}`) }))}
              value={v.positionCode}
              onChange={(value) => set("positionCode", value ?? "anggota")}
              allowDeselect={false}
              error={form.errors.positionCode}
            />
            <TextInput
              label={member ? t("coordination.member.effectiveOn") : t("coordination.member.validFrom")}
              type="date"
              required={Boolean(member)}
              value={v.day}
              onChange={(event) => set("day", event.currentTarget.value)}
              error={form.errors.effectiveOn ?? form.errors.validFrom}
            />
          </SimpleGrid>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("coordination.member.personName")}
            value={v.personName}
            onChange={(event) => set("personName", event.currentTarget.value)}
            error={form.errors.personName}
          />
          <TextInput
            label={t("coordination.member.personTitle")}
            value={v.personTitle}
            onChange={(event) => set("personTitle", event.currentTarget.value)}
            error={form.errors.personTitle}
          />
          <TextInput
            label={t("coordination.member.phone")}
            type="tel"
            inputMode="tel"
            value={v.phone}
            onChange={(event) => set("phone", event.currentTarget.value)}
            error={form.errors.phone}
          />
          <TextInput
            label={t("coordination.member.email")}
            type="email"
            inputMode="email"
            value={v.email}
            onChange={(event) => set("email", event.currentTarget.value)}
            error={form.errors.email}
          />
        </SimpleGrid>
        {seatFields ? (
          <Input.Wrapper
            label={t("coordination.member.workingGroups")}
            error={
              form.errors.workingGroupIds ??
              Object.entries(form.errors).find(([f]) => f.startsWith("workingGroupIds."))?.[1]
            }
          >
            <Chip.Group multiple value={v.workingGroupIds} onChange={(ids) => set("workingGroupIds", ids)}>
              <Group gap="xs" mt={6}>
                {workingGroups.map((group) => (
                  <Chip key={group.id} value={group.id}>
                    {workingGroupLabel(group, i18n.language)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
        ) : null}
        {member && mode === "change" ? (
          <TextInput
            label={t("coordination.member.reason")}
            value={v.reason}
            onChange={(event) => set("reason", event.currentTarget.value)}
            error={form.errors.reason}
          />
        ) : null}
        <FormButtons pending={add.isPending || update.isPending} onCancel={onDone} label={t("common.save")} />
      </Stack>
    </form>
  );
}

/** The organisation leaves the task force: the seat ends on a day, with the reason. */
export function EndMemberForm({ member, onDone }: { member: MembershipDto; onDone: () => void }) {
  const { t } = useTranslation();
  const end = useEndMember();
  const form = useCoordinationForm();
  const [endedOn, setEndedOn] = useState(todayInJakarta());
  const [reason, setReason] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(endMembershipInputSchema, { endedOn: endedOn || undefined, reason });
    if (!input) return;
    end.mutate(
      { ...input, id: member.id },
      {
        onSuccess: () => {
          notifySuccess(t("coordination.structure.memberEnded"));
          onDone();
        },
        onError: form.showApiError,
      },
    );
  }
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert
          message={form.formError}
          extra={form.unplaced((f) => f === "endedOn" || f === "reason")}
        />
        <TextInput
          label={t("coordination.member.endedOn")}
          type="date"
          required
          value={endedOn}
          onChange={(event) => setEndedOn(event.currentTarget.value)}
          error={form.errors.endedOn}
        />
        <TextInput
          label={t("coordination.member.reason")}
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={form.errors.reason}
        />
        <FormButtons pending={end.isPending} onCancel={onDone} label={t("coordination.member.end")} />
      </Stack>
    </form>
  );
}
