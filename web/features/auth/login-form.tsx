import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { loginInputSchema } from "../../../shared/auth.ts";
import { isApiError } from "../../app/api-client.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { blankToUndefined } from "../../ui/form-errors.ts";
import { useLogin } from "./auth-api.ts";

type Step = "credentials" | "totp" | "recovery";

/** Email and password, then (when the server asks) a 6-digit code or a recovery code. */
export function LoginForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const login = useLogin();
  const form = useFormErrors();
  const [step, setStep] = useState<Step>("credentials");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  const [recoveryCode, setRecoveryCode] = useState("");
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Moving focus to the new field tells keyboard and screen-reader users the step changed.
    if (step !== "credentials") codeInput.current?.focus();
  }, [step]);

  function changeStep(target: Step) {
    form.reset();
    setTotp("");
    setRecoveryCode("");
    setStep(target);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      email: email.trim(),
      password,
      totp: step === "totp" ? blankToUndefined(totp) : undefined,
      recoveryCode: step === "recovery" ? blankToUndefined(recoveryCode) : undefined,
    };
    // The schema treats both codes as optional, but on these steps one is what we ask for.
    const codeMissing =
      (step === "totp" && !blankToUndefined(totp)) ||
      (step === "recovery" && !blankToUndefined(recoveryCode));
    if (codeMissing) {
      form.setErrors({ [step === "totp" ? "totp" : "recoveryCode"]: t("validation.required") });
      return;
    }
    const parsed = form.validate(loginInputSchema, input);
    if (!parsed) return;
    login.mutate(parsed, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        if (isApiError(error, "second_factor_required")) {
          changeStep("totp");
          return;
        }
        if (isApiError(error, "second_factor_invalid")) {
          form.setErrors({ [step === "recovery" ? "recoveryCode" : "totp"]: error.message });
          return;
        }
        form.showApiError(error);
      },
    });
  }

  // Every field here is required, so no asterisks: the labels read exactly "Email", "Kata sandi".
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={form.formError} />
        {step === "credentials" ? (
          <>
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="username"
              inputMode="email"
              required
              withAsterisk={false}
              value={email}
              onChange={(event) => {
                setEmail(event.currentTarget.value);
                form.clearField("email");
              }}
              error={form.errors.email}
            />
            <PasswordInput
              label={t("auth.password")}
              autoComplete="current-password"
              required
              withAsterisk={false}
              value={password}
              onChange={(event) => {
                setPassword(event.currentTarget.value);
                form.clearField("password");
              }}
              error={form.errors.password}
              visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
            />
          </>
        ) : null}
        {step === "totp" ? (
          <>
            <Text size="sm">{t("auth.totpIntro")}</Text>
            <TextInput
              ref={codeInput}
              label={t("auth.totp")}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              withAsterisk={false}
              value={totp}
              onChange={(event) => {
                setTotp(event.currentTarget.value.replace(/\D/g, ""));
                form.clearField("totp");
              }}
              error={form.errors.totp}
            />
          </>
        ) : null}
        {step === "recovery" ? (
          <>
            <Text size="sm">{t("auth.recoveryIntro")}</Text>
            <TextInput
              ref={codeInput}
              label={t("auth.recoveryCode")}
              autoComplete="off"
              required
              withAsterisk={false}
              value={recoveryCode}
              onChange={(event) => {
                setRecoveryCode(event.currentTarget.value);
                form.clearField("recoveryCode");
              }}
              error={form.errors.recoveryCode}
            />
          </>
        ) : null}
        <Button type="submit" fullWidth loading={login.isPending}>
          {step === "credentials" ? t("auth.submit") : t("auth.verify")}
        </Button>
        {step === "totp" ? (
          <Anchor component="button" type="button" size="sm" onClick={() => changeStep("recovery")}>
            {t("auth.useRecoveryCode")}
          </Anchor>
        ) : null}
        {step === "recovery" ? (
          <Anchor component="button" type="button" size="sm" onClick={() => changeStep("totp")}>
            {t("auth.useTotp")}
          </Anchor>
        ) : null}
        {step !== "credentials" ? (
          <Anchor component="button" type="button" size="sm" onClick={() => changeStep("credentials")}>
            {t("auth.backToCredentials")}
          </Anchor>
        ) : null}
      </Stack>
    </form>
  );
}
