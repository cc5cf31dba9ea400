import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ActionItemDetailDto,
  createActionItemInputSchema,
  updateActionItemInputSchema,
} from "../../../shared/action-items.ts";
import type { DecisionDto } from "../../../shared/coordination.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { wibDayKey } from "../coordination/meeting-time.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useWorkPlan } from "../work-plans/work-plans-api.ts";
import { useCreateActionItem, useEditActionItem } from "./action-items-api.ts";
import { useOwnerCandidates } from "./owner-users.ts";
import { useFollowUpForm } from "./use-follow-up-form.ts";

const shownFields = [
  "description",
  "ownerOrganizationId",
  "ownerUserId",
  "ownerName",
  "dueOn",
  "decisionId",
  "programmeId",
];

type ActionItemFormProps = {
  /** The meeting the item comes from: its decisions to link, its day as the earliest due date. */
  meeting?: { id: string; startsAt: string; decisions: DecisionDto[] } | null;
  /** The item to correct, or none to record a new one. */
  item?: ActionItemDetailDto | null;
  submitLabel: string;
  onSaved: (saved: ActionItemDetailDto) => void;
  onCancel?: () => void;
};

/**
 * What an organisation is asked to do, by when. The person responsible is typed or picked from
 * the organisation's accounts (an account gets the reminders too). Recording from the minutes,
 * the form empties after each save so the next item follows at once.
 */
export function ActionItemForm({
  meeting = null,
  item = null,
  submitLabel,
  onSaved,
  onCancel,
}: ActionItemFormProps) {
  const { t } = useTranslation();
  const form = useFollowUpForm();
  const create = useCreateActionItem();
  const edit = useEditActionItem(item?.id ?? "");
  const organizations = useOrganizationOptions();
  const [description, setDescription] = useState(item?.description ?? "");
  const [organizationId, setOrganizationId] = useState<string | null>(item?.ownerOrganization.id ?? null);
  const [owner, setOwner] = useState(item?.ownerUser?.name ?? item?.ownerName ?? "");
  const [dueOn, setDueOn] = useState(item?.dueOn ?? "");
  const [decisionId, setDecisionId] = useState<string | null>(item?.decision?.id ?? null);
  const [programmeId, setProgrammeId] = useState<string | null>(item?.programme?.id ?? null);
  const candidates = useOwnerCandidates(organizationId);
  const planYear = Number((dueOn || todayInJakarta()).slice(0, 4));
  const plan = useWorkPlan(planYear);
  const decisions = meeting?.decisions ?? [];
  const earliest = meeting ? wibDayKey(meeting.startsAt) : undefined;

  function reset() {
    setDescription("");
    setOwner("");
    setDueOn("");
    setDecisionId(null);
    setProgrammeId(null);
    form.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // A typed name that is one of the organisation's accounts names that account.
    const account = candidates.data?.items.find((u) => u.name === owner.trim());
    const values = {
      description: description.trim(),
      ownerOrganizationId: organizationId ?? undefined,
      ownerUserId: account?.id ?? null,
      ownerName: account ? null : (blankToUndefined(owner) ?? null),
      dueOn: dueOn || undefined,
      decisionId,
      programmeId,
    };
    if (item) {
      const input = form.validate(updateActionItemInputSchema, values);
      if (!input) return;
      edit.mutate(input, { onSuccess: onSaved, onError: form.showApiError });
      return;
    }
    const input = form.validate(createActionItemInputSchema, { ...values, meetingId: meeting?.id ?? null });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (saved) => {
        reset();
        onSaved(saved);
      },
      onError: form.showApiError,
    });
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={form.unplaced((f) => shownFields.includes(f))} />
        <Textarea
          label={t("followUp.fields.description")}
          description={t("followUp.form.descriptionHint")}
          required
          autosize
          minRows={2}
          value={description}
          onChange={(event) => {
            setDescription(event.currentTarget.value);
            form.clear("description");
          }}
          error={form.errors.description}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("followUp.fields.ownerOrganization")}
            required
            searchable
            nothingFoundMessage={t("common.nothingFound")}
            data={(organizations.data?.items ?? [])
              .filter((org) => org.active || org.id === organizationId)
              .map((org) => ({ value: org.id, label: org.name }))}
            value={organizationId}
            onChange={(value) => {
              setOrganizationId(value);
              form.clear("ownerOrganizationId");
            }}
            error={form.errors.ownerOrganizationId}
          />
          <Autocomplete
            label={t("followUp.fields.ownerPerson")}
            description={t("followUp.form.ownerPersonHint")}
            data={[...new Set((candidates.data?.items ?? []).map((u) => u.name))]}
            value={owner}
            onChange={(value) => {
              setOwner(value);
              form.clear("ownerUserId");
              form.clear("ownerName");
            }}
            error={form.errors.ownerUserId ?? form.errors.ownerName}
          />
          <TextInput
            type="date"
            label={t("followUp.fields.dueOn")}
            required
            min={earliest}
            value={dueOn}
            onChange={(event) => {
              setDueOn(event.currentTarget.value);
              form.clear("dueOn");
            }}
            error={form.errors.dueOn}
          />
          {decisions.length > 0 ? (
            <Select
              label={t("followUp.fields.decision")}
              placeholder={t("followUp.form.optional")}
              data={decisions.map((d) => ({ value: d.id, label: `${d.number}. ${d.text}` }))}
              value={decisionId}
              onChange={setDecisionId}
              clearable
              clearButtonProps={{ "aria-label": t("common.clear") }}
              error={form.errors.decisionId}
            />
          ) : null}
          {plan.data && plan.data.programmes.length > 0 ? (
            <Select
              label={t("followUp.fields.programme", { year: plan.data.year })}
              placeholder={t("followUp.form.optional")}
              data={plan.data.programmes.map((p) => ({ value: p.id, label: p.title }))}
              value={programmeId}
              onChange={setProgrammeId}
              clearable
              clearButtonProps={{ "aria-label": t("common.clear") }}
              error={form.errors.programmeId}
            />
          ) : null}
        </SimpleGrid>
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          ) : null}
          <Button type="submit" loading={create.isPending || edit.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
