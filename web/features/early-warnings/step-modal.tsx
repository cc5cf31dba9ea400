import { Button, Group, Modal, Stack } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { usePhoneModal } from "../complaints/use-phone-modal.ts";

type StepModalProps = {
  opened: boolean;
  title: string;
  submitLabel: string;
  loading: boolean;
  formError: string | null;
  extraErrors?: string[];
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
};

/** A step of the flow as a small form in a dialog: full screen on a phone, where the keyboard needs room. */
export function StepModal(props: StepModalProps) {
  const { t } = useTranslation();
  const phoneModal = usePhoneModal();
  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }
  return (
    <Modal
      {...phoneModal}
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert message={props.formError} extra={props.extraErrors} />
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={props.loading}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
