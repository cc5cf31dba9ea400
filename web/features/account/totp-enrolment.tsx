import { Box, Button, Code, Group, Image, List, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { totpEnableInputSchema } from "../../../shared/auth.ts";
import { useFormErrors } from "../../app/use-form-errors.ts";
import { CopyValueButton } from "../../ui/copy-value-button.tsx";
import { FormErrorAlert } from "../../ui/form-error-alert.tsx";
import { type TotpSetup, useEnableTotp } from "./account-api.ts";

type TotpEnrolmentProps = {
  setup: TotpSetup;
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
};

/** Scan the QR code (or type the secret), then prove it works with a first code. */
export function TotpEnrolment({ setup, onEnabled, onCancel }: TotpEnrolmentProps) {
  const { t } = useTranslation();
  const enable = useEnableTotp();
  const form = useFormErrors();
  const [code, setCode] = useState("");
  // Security: shown through <img>, the server's SVG can never run script in this page.
  const qrSource = `data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(totpEnableInputSchema, { code: code.trim() });
    if (!input) return;
    enable.mutate(input.code, {
      onSuccess: (result) => onEnabled(result.recoveryCodes),
      onError: (error) => form.showApiError(error),
    });
  }

  return (
    <Stack gap="md">
      <List type="ordered" size="sm" spacing="xs">
        <List.Item>{t("security.stepInstall")}</List.Item>
        <List.Item>{t("security.stepScan")}</List.Item>
        <List.Item>{t("security.stepCode")}</List.Item>
      </List>
      <Box
        p="sm"
        w={232}
        style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}
        bg="white"
      >
        <Image src={qrSource} alt={t("security.qrAlt")} w={208} h={208} fit="contain" />
      </Box>
      <Stack gap={4}>
        <Text size="sm">{t("security.manualSecret")}</Text>
        <Group gap="sm">
          <Code fz="md" style={{ wordBreak: "break-all" }} data-testid="totp-secret">
            {setup.secret}
          </Code>
          <CopyValueButton value={setup.secret} label={t("security.copySecret")} />
        </Group>
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={320}>
          <FormErrorAlert message={form.formError} />
          <TextInput
            label={t("auth.totp")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={code}
            onChange={(event) => {
              setCode(event.currentTarget.value.replace(/\D/g, ""));
              form.clearField("code");
            }}
            error={form.errors.code}
          />
          <Group>
            <Button type="submit" loading={enable.isPending}>
              {t("security.confirmEnable")}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
