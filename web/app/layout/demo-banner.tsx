import { Box, Text } from "@mantine/core";
import { IconFlask } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** Demo data must never be mistaken for real victims' records, so every page says so. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <Box bg="yellow.2" c="black" px="md" py={6} mb="md" style={{ borderRadius: "var(--mantine-radius-sm)" }}>
      <Text size="sm" fw={700} span style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
        <IconFlask size={16} aria-hidden />
        {t("layout.demoBanner")}
      </Text>
    </Box>
  );
}
