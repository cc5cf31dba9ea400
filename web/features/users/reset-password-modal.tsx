import { Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { resetPasswordInputSchema, type UserDto } from "../../../shared/users.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useResetPassword } from "./users-api.ts";

type ResetPasswordModalProps = {
  user: UserDto | null;
  onClose: () => void;
};

/** Sets a temporary password that the administrator hands over in person. */
export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t("users.resetPasswordTitle", { name: user.name }) : ""}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {user ? <ResetPasswordForm key={user.id} user={user} onDone={onClose} /> : null}
    </Modal>
  );
}

function ResetPasswordForm({ user, onDone }: { user: UserDto; onDone: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const form = useFormErrors();
  const [password, setPassword] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(resetPasswordInputSchema, { password });
    if (!input) return;
    reset.mutate(
      { id: user.id, password: input.password },
      {
        onSuccess: () => {
          notifySuccess(t("users.passwordReset", { name: user.name }));
          onDone();
        },
        onError: form.showApiError,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t("users.resetPasswordIntro")}</Text>
        <FormErrorAlert message={form.formError} />
        <PasswordInput
          label={t("account.newPassword")}
          description={t("account.passwordHint")}
          required
          autoComplete="new-password"
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            form.clearField("password");
          }}
          error={form.errors.password}
          visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={reset.isPending}>
            {t("users.resetPassword")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
