import { Alert, Button, Code, Group, SimpleGrid, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { CopyValueButton } from "../../ui/copy-value-button.tsx";

/** The one and only showing of the recovery codes; the server keeps only their hashes. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert
        color="red"
        variant="outline"
        icon={<IconAlertTriangle aria-hidden />}
        title={t("security.codesTitle")}
      >
        {t("security.codesWarning")}
      </Alert>
      <SimpleGrid
        cols={{ base: 2, sm: 3 }}
        spacing="xs"
        maw={480}
        aria-label={t("security.codesTitle")}
        role="list"
      >
        {codes.map((code) => (
          <Code key={code} fz="md" ta="center" py={6} role="listitem">
            {code}
          </Code>
        ))}
      </SimpleGrid>
      <Group>
        <CopyValueButton value={codes.join("\n")} label={t("security.copyCodes")} />
        <Button onClick={onDone}>{t("security.codesSaved")}</Button>
      </Group>
    </Stack>
  );
}
