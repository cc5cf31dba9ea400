import { Button, CopyButton } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** Copies a secret shown once (token, recovery codes), confirming in the button itself. */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={2500}>
      {({ copied, copy }) => (
        <Button
          variant={copied ? "filled" : "outline"}
          color={copied ? "teal" : undefined}
          size="xs"
          leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          onClick={copy}
        >
          {copied ? t("common.copied") : label}
        </Button>
      )}
    </CopyButton>
  );
}
