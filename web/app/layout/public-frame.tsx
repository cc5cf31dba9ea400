import { Box, Container, Group, Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../ui/language-switch.tsx";
import { useLanguage } from "../use-language.ts";

/** The frame of pages seen before signing in: app name, language switch, one centred card. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  return (
    <>
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Group justify="space-between">
          <Text fw={800} fz="xl">
            {t("app.name")}
          </Text>
          <LanguageSwitch value={language} onChange={changeLanguage} />
        </Group>
      </Box>
      <Box component="main" bg="gray.0" mih="calc(100dvh - 57px)">
        <Container size={460} py={{ base: "md", sm: 48 }} px="md">
          <Paper withBorder p={{ base: "md", sm: "xl" }} radius="md" bg="white">
            {children}
          </Paper>
        </Container>
      </Box>
    </>
  );
}
