import { Button, Group, Modal, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type ConfirmModalProps = {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before a step that locks people out or hides data, such as deactivating an account. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Text mb="md">{props.message}</Text>
      {props.error ? (
        <Text c="red.9" size="sm" mb="md" role="alert">
          {props.error}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onClose}>
          {t("common.cancel")}
        </Button>
        <Button color={props.danger ? "red" : undefined} loading={props.loading} onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
