import { Radio, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  closeEarlyWarningInputSchema,
  type EarlyWarningCloseReason,
  type EarlyWarningDto,
  earlyWarningCloseReasons,
} from "../../../shared/early-warnings.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useWarningStep } from "./early-warnings-api.ts";
import { StepModal } from "./step-modal.tsx";

type ModalProps = { warning: EarlyWarningDto; opened: boolean; onClose: () => void };

/** The reasons that fit where the warning stands: an escalated one closes once followed up. */
function reasonsFor(warning: EarlyWarningDto): EarlyWarningCloseReason[] {
  return warning.status === "escalated"
    ? ["follow_up_completed", "other"]
    : earlyWarningCloseReasons.filter((reason) => reason !== "follow_up_completed");
}

/** Closes a warning with a reason; the reporter reads the reason and the note. */
export function CloseModal({ warning, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const step = useWarningStep(warning.id);
  const form = useFormErrors();
  const [reason, setReason] = useState<EarlyWarningCloseReason | null>(null);
  const [note, setNote] = useState("");

  function submit() {
    const input = form.validate(closeEarlyWarningInputSchema, { reason, note: blankToUndefined(note) });
    if (!input) return;
    step.mutate(
      { step: "close", input },
      {
        onSuccess: () => {
          notifySuccess(t("warnings.close.done", { code: warning.code }));
          onClose();
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <StepModal
      opened={opened}
      title={t("warnings.close.title", { code: warning.code })}
      submitLabel={t("warnings.close.submit")}
      loading={step.isPending}
      formError={form.formError}
      extraErrors={unplacedErrors(form.errors, ["reason", "note"])}
      onSubmit={submit}
      onClose={onClose}
    >
      <Radio.Group
        label={t("warnings.close.reason")}
        required
        value={reason}
        onChange={(value) => {
          setReason(value as EarlyWarningCloseReason);
          form.clearField("reason");
        }}
        error={form.errors.reason}
      >
        <Stack gap="sm" mt="xs">
          {reasonsFor(warning).map((value) => (
            <Radio key={value} value={value} label={t(`warnings.closeReason.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={reason === "other" ? t("warnings.close.noteRequired") : t("warnings.close.note")}
        description={t("warnings.close.noteHint")}
        required={reason === "other"}
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
