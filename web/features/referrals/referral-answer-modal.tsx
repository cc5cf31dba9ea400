import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { completeReferralInputSchema, declineReferralInputSchema } from "../../../shared/referrals.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined, unplacedErrors } from "../../ui/form-errors.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useAnswerReferral } from "./referrals-api.ts";

type Kind = "decline" | "complete";

type ReferralAnswerModalProps = {
  referralId: string;
  kind: Kind | null;
  onClose: () => void;
};

/** Declining needs a reason the sender can act on; completing takes an optional closing note. */
export function ReferralAnswerModal({ referralId, kind, onClose }: ReferralAnswerModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={kind !== null}
      onClose={onClose}
      title={kind ? t(`intake.referral.${kind}.title`) : ""}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {kind ? <AnswerForm key={kind} referralId={referralId} kind={kind} onDone={onClose} /> : null}
    </Modal>
  );
}

function AnswerForm({ referralId, kind, onDone }: { referralId: string; kind: Kind; onDone: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerReferral(referralId);
  const form = useFormErrors();
  const [text, setText] = useState("");
  const field = kind === "decline" ? "reason" : "note";

  function submit(event: FormEvent) {
    event.preventDefault();
    const onError = form.showApiError;
    const onSuccess = () => {
      notifySuccess(t(`intake.referral.${kind}.done`));
      onDone();
    };
    if (kind === "decline") {
      const input = form.validate(declineReferralInputSchema, { reason: text });
      if (!input) return;
      answer.mutate({ action: "decline", reason: input.reason }, { onSuccess, onError });
      return;
    }
    const input = form.validate(completeReferralInputSchema, { note: blankToUndefined(text) });
    if (input === null) return;
    answer.mutate({ action: "complete", note: input?.note ?? null }, { onSuccess, onError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, [field])} />
        <Text size="sm">{t(`intake.referral.${kind}.intro`)}</Text>
        <Textarea
          label={t(`intake.referral.${kind}.field`)}
          required={kind === "decline"}
          autosize
          minRows={3}
          maxRows={10}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            form.clearField(field);
          }}
          error={form.errors[field]}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color={kind === "decline" ? "red" : undefined} loading={answer.isPending}>
            {t(`intake.referral.${kind}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
