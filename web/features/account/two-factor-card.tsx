import { Badge, Button, Card, Group, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { totpDisableInputSchema } from "../../../shared/auth.ts";
import { useMe } from "../../app/session-context.tsx";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { type TotpSetup, useDisableTotp, useStartTotpSetup } from "./account-api.ts";
import { RecoveryCodes } from "./recovery-codes.tsx";
import { TotpEnrolment } from "./totp-enrolment.tsx";

type Stage = { name: "idle" } | { name: "enrolling"; setup: TotpSetup } | { name: "codes"; codes: string[] };

export function TwoFactorCard() {
  const { t } = useTranslation();
  const { secondFactor } = useMe();
  const start = useStartTotpSetup();
  const [stage, setStage] = useState<Stage>({ name: "idle" });

  function begin() {
    start.mutate(undefined, {
      onSuccess: (setup) => setStage({ name: "enrolling", setup }),
      onError: (error) => notifyError(t("security.setupFailed"), error.message),
    });
  }

  let body: React.ReactNode;
  if (stage.name === "codes") {
    body = <RecoveryCodes codes={stage.codes} onDone={() => setStage({ name: "idle" })} />;
  } else if (stage.name === "enrolling") {
    body = (
      <TotpEnrolment
        setup={stage.setup}
        onEnabled={(codes) => setStage({ name: "codes", codes })}
        onCancel={() => setStage({ name: "idle" })}
      />
    );
  } else if (secondFactor.enrolled) {
    body = <DisableTotpForm />;
  } else {
    body = (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {secondFactor.required ? t("security.requiredIntro") : t("security.optionalIntro")}
        </Text>
        <Button onClick={begin} loading={start.isPending}>
          {t("security.enable")}
        </Button>
      </Stack>
    );
  }

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t("security.twoFactor")}
        </Title>
        <Badge color={secondFactor.enrolled ? "teal" : "red"} variant="light">
          {secondFactor.enrolled ? t("security.on") : t("security.off")}
        </Badge>
      </Group>
      {body}
    </Card>
  );
}

function DisableTotpForm() {
  const { t } = useTranslation();
  const disable = useDisableTotp();
  const form = useFormErrors();
  const [password, setPassword] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(totpDisableInputSchema, { password });
    if (!input) return;
    disable.mutate(input.password, {
      onSuccess: () => {
        setPassword("");
        notifySuccess(t("security.disabled"));
      },
      onError: form.showApiError,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={360}>
        <Text size="sm">{t("security.enabledIntro")}</Text>
        <FormErrorAlert message={form.formError} />
        <PasswordInput
          label={t("account.currentPassword")}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            form.clearField("password");
          }}
          error={form.errors.password}
          visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
        />
        <Button
          type="submit"
          color="red"
          variant="outline"
          loading={disable.isPending}
          style={{ alignSelf: "flex-start" }}
        >
          {t("security.disable")}
        </Button>
      </Stack>
    </form>
  );
}
