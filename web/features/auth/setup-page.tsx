import { Alert, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { setupInputSchema } from "../../../shared/auth.ts";
import { PublicFrame } from "../../app/layout/public-frame.tsx";
import { paths } from "../../app/paths.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { unplacedErrors } from "../../ui/form-errors.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useCompleteSetup, useSetupStatus } from "./auth-api.ts";

const fields = ["token", "name", "email", "password", "confirmPassword"] as const;

/** Creates the first administrator, from the one-time link the server prints on first start. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = useSetupStatus();
  const complete = useCompleteSetup();
  const form = useFormErrors();
  const [values, setValues] = useState({
    token: params.get("token") ?? "",
    name: "",
    email: "",
    password: "",
    confirmPassword: "",
  });

  function change(field: (typeof fields)[number], value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const { confirmPassword, ...input } = values;
    const parsed = form.validate(setupInputSchema, input);
    if (!parsed) return;
    if (confirmPassword !== values.password) {
      form.setErrors({ confirmPassword: t("validation.passwordsDiffer") });
      return;
    }
    complete.mutate(parsed, {
      onSuccess: () => {
        notifySuccess(t("setup.done"));
        navigate(paths.home, { replace: true });
      },
      onError: form.showApiError,
    });
  }

  let body: React.ReactNode;
  if (status.isPending) body = <InlineLoader />;
  else if (status.isError) body = <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  else if (!status.data.needsSetup) {
    body = (
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />}>
        <Text size="sm" mb="sm">
          {t("setup.alreadyDone")}
        </Text>
        <Button component={Link} to={paths.signIn} size="xs">
          {t("auth.submit")}
        </Button>
      </Alert>
    );
  } else {
    body = (
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert message={form.formError} extra={unplacedErrors(form.errors, fields)} />
          <TextInput
            label={t("setup.token")}
            description={t("setup.tokenHint")}
            required
            autoComplete="off"
            value={values.token}
            onChange={(event) => change("token", event.currentTarget.value)}
            error={form.errors.token}
          />
          <TextInput
            label={t("users.name")}
            required
            autoComplete="name"
            value={values.name}
            onChange={(event) => change("name", event.currentTarget.value)}
            error={form.errors.name}
          />
          <TextInput
            label={t("auth.email")}
            type="email"
            required
            autoComplete="username"
            value={values.email}
            onChange={(event) => change("email", event.currentTarget.value)}
            error={form.errors.email}
          />
          <PasswordInput
            label={t("account.newPassword")}
            description={t("account.passwordHint")}
            required
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => change("password", event.currentTarget.value)}
            error={form.errors.password}
            visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
          />
          <PasswordInput
            label={t("account.confirmPassword")}
            required
            autoComplete="new-password"
            value={values.confirmPassword}
            onChange={(event) => change("confirmPassword", event.currentTarget.value)}
            error={form.errors.confirmPassword}
            visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
          />
          <Button type="submit" loading={complete.isPending}>
            {t("setup.submit")}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <PublicFrame>
      <PageHeader title={t("setup.title")} description={t("setup.intro")} />
      {body}
    </PublicFrame>
  );
}
