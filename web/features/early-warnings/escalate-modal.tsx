import { Radio, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type EarlyWarningDto,
  type EscalationTarget,
  escalateEarlyWarningInputSchema,
  escalationTargets,
} from "../../../shared/early-warnings.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useWarningStep } from "./early-warnings-api.ts";
import { StepModal } from "./step-modal.tsx";

type ModalProps = { warning: EarlyWarningDto; opened: boolean; onClose: () => void };
type PoliceKind = "member" | "other";

const shownFields = ["to", "policeOrganizationId", "policeUnitName", "note"];

/**
 * Passes a verified warning on: into the task force's intake queue (a complaint is created from
 * it), or to the police, a member unit or one named in words, with a note of what was handed over.
 */
export function EscalateModal({ warning, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const step = useWarningStep(warning.id);
  const form = useFormErrors();
  const organizations = useOrganizationOptions(opened);
  const [to, setTo] = useState<EscalationTarget>("complaint");
  const [policeKind, setPoliceKind] = useState<PoliceKind>("member");
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [unitName, setUnitName] = useState("");
  const [note, setNote] = useState("");
  // Police units first: they are who a warning is passed to; any member may still be chosen.
  const options = (organizations.data?.items ?? [])
    .filter((item) => item.active)
    .sort((a, b) => Number(b.typeCode === "police") - Number(a.typeCode === "police"))
    .map((item) => ({ value: item.id, label: item.name }));

  function submit() {
    // Which of the two is missing is clearer said on the input that is shown.
    if (to === "police" && (policeKind === "member" ? !organizationId : !blankToUndefined(unitName))) {
      form.setErrors({
        [policeKind === "member" ? "policeOrganizationId" : "policeUnitName"]: t("validation.required"),
        ...(blankToUndefined(note) ? {} : { note: t("validation.required") }),
      });
      return;
    }
    const input = form.validate(
      escalateEarlyWarningInputSchema,
      to === "complaint"
        ? { to, note: blankToUndefined(note) }
        : {
            to,
            policeOrganizationId: policeKind === "member" ? (organizationId ?? undefined) : undefined,
            policeUnitName: policeKind === "other" ? blankToUndefined(unitName) : undefined,
            note,
          },
    );
    if (!input) return;
    step.mutate(
      { step: "escalate", input },
      {
        onSuccess: (saved) => {
          notifySuccess(
            saved.escalation?.complaintTrackingCode
              ? t("warnings.escalate.doneComplaint", { code: saved.escalation.complaintTrackingCode })
              : t("warnings.escalate.donePolice"),
          );
          onClose();
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <StepModal
      opened={opened}
      title={t("warnings.escalate.title", { code: warning.code })}
      submitLabel={t(`warnings.escalate.submit.${to}`)}
      loading={step.isPending}
      formError={form.formError}
      extraErrors={unplacedErrors(form.errors, shownFields)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Radio.Group
        label={t("warnings.escalate.to")}
        required
        value={to}
        onChange={(value) => {
          setTo(value as EscalationTarget);
          form.reset();
        }}
      >
        <Stack gap="sm" mt="xs">
          {escalationTargets.map((target) => (
            <Radio
              key={target}
              value={target}
              label={t(`warnings.escalate.targets.${target}`)}
              description={t(`warnings.escalate.targetHints.${target}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {to === "police" ? (
        <Stack gap="xs">
          <Radio.Group
            label={t("warnings.escalate.policeUnit")}
            value={policeKind}
            onChange={(value) => setPoliceKind(value as PoliceKind)}
          >
            <Stack gap={6} mt={6}>
              <Radio value="member" label={t("warnings.escalate.policeMember")} />
              <Radio value="other" label={t("warnings.escalate.policeOther")} />
            </Stack>
          </Radio.Group>
          {policeKind === "member" ? (
            <Select
              label={t("warnings.escalate.organization")}
              required
              searchable
              data={options}
              value={organizationId}
              onChange={(id) => {
                setOrganizationId(id);
                form.clearField("policeOrganizationId");
              }}
              nothingFoundMessage={t("common.nothingFound")}
              error={form.errors.policeOrganizationId}
            />
          ) : (
            <TextInput
              label={t("warnings.escalate.unitName")}
              description={t("warnings.escalate.unitNameHint")}
              required
              value={unitName}
              onChange={(event) => {
                setUnitName(event.currentTarget.value);
                form.clearField("policeOrganizationId");
              }}
              error={form.errors.policeUnitName ?? form.errors.policeOrganizationId}
            />
          )}
        </Stack>
      ) : null}
      <Textarea
        label={to === "police" ? t("warnings.escalate.notePolice") : t("warnings.escalate.noteComplaint")}
        description={t("warnings.notes.internal")}
        required={to === "police"}
        autosize
        minRows={3}
        value={note}
        onChange={(event) => {
          setNote(event.currentTarget.value);
          form.clearField("note");
        }}
        error={form.errors.note}
      />
    </StepModal>
  );
}
