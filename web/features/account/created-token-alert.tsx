import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { CopyValueButton } from "../../ui/copy-value-button.tsx";
import type { CreatedApiToken } from "./account-api.ts";

/** A new token in full, once: afterwards only its prefix is ever shown. */
export function CreatedTokenAlert({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="outline"
      icon={<IconKey aria-hidden />}
      title={t("tokens.createdTitle", { name: token.name })}
    >
      <Stack gap="sm">
        <Text size="sm">{t("tokens.createdWarning")}</Text>
        <Code block style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
          {token.token}
        </Code>
        <Group>
          <CopyValueButton value={token.token} label={t("tokens.copy")} />
          <Button size="xs" variant="default" onClick={onDone}>
            {t("tokens.createdDone")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
