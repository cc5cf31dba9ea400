import { Button, Card, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { changePasswordInputSchema } from "../../../shared/auth.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useChangePassword } from "./account-api.ts";

const empty = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordCard() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useFormErrors();
  const [values, setValues] = useState(empty);

  function update(field: keyof typeof empty, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(changePasswordInputSchema, {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    if (!input) return;
    if (values.confirmPassword !== values.newPassword) {
      form.setErrors({ confirmPassword: t("validation.passwordsDiffer") });
      return;
    }
    change.mutate(input, {
      onSuccess: () => {
        setValues(empty);
        notifySuccess(t("account.passwordChanged"));
      },
      onError: form.showApiError,
    });
  }

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("account.changePassword")}
      </Title>
      <Text size="sm" mb="md">
        {t("account.changePasswordIntro")}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert message={form.formError} />
          <PasswordInput
            label={t("account.currentPassword")}
            required
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={(event) => update("currentPassword", event.currentTarget.value)}
            error={form.errors.currentPassword}
            visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
          />
          <PasswordInput
            label={t("account.newPassword")}
            description={t("account.passwordHint")}
            required
            autoComplete="new-password"
            value={values.newPassword}
            onChange={(event) => update("newPassword", event.currentTarget.value)}
            error={form.errors.newPassword}
            visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
          />
          <PasswordInput
            label={t("account.confirmPassword")}
            required
            autoComplete="new-password"
            value={values.confirmPassword}
            onChange={(event) => update("confirmPassword", event.currentTarget.value)}
            error={form.errors.confirmPassword}
            visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
          />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: "flex-start" }}>
            {t("account.changePassword")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
