import { Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type EarlyWarningDto, verifyEarlyWarningInputSchema } from "../../../shared/early-warnings.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useWarningStep } from "./early-warnings-api.ts";
import { StepModal } from "./step-modal.tsx";

type ModalProps = { warning: EarlyWarningDto; opened: boolean; onClose: () => void };

/** The secretariat confirms the report deserves follow-up. */
export function VerifyModal({ warning, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const step = useWarningStep(warning.id);
  const form = useFormErrors();
  const [note, setNote] = useState("");

  function submit() {
    const input = form.validate(verifyEarlyWarningInputSchema, { note: blankToUndefined(note) });
    if (input === null) return;
    step.mutate(
      { step: "verify", input },
      {
        onSuccess: () => {
          notifySuccess(t("warnings.verify.done", { code: warning.code }));
          onClose();
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <StepModal
      opened={opened}
      title={t("warnings.verify.title", { code: warning.code })}
      submitLabel={t("warnings.verify.submit")}
      loading={step.isPending}
      formError={form.formError}
      extraErrors={unplacedErrors(form.errors, ["note"])}
      onSubmit={submit}
      onClose={onClose}
    >
      <Text size="sm">{t("warnings.verify.body")}</Text>
      <Textarea
        label={t("warnings.verify.note")}
        description={t("warnings.notes.internal")}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={form.errors.note}
      />
    </StepModal>
  );
}
