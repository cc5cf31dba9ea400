import { Box, Center, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Shown while the session or a page's code loads; lives outside the shell, so it is its own main. */
export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Box component="main">
      <Center mih="100dvh" role="status">
        <Loader aria-hidden />
        <Text ml="sm">{t("common.loading")}</Text>
      </Center>
    </Box>
  );
}
