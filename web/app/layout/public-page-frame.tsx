import { Anchor, Box, Container, Group, Paper, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LanguageSwitch } from "../../ui/language-switch.tsx";
import { paths } from "../paths.ts";
import { useLanguage } from "../use-language.ts";

type PublicPageFrameProps = {
  children: ReactNode;
  /** Shown beside the main card on wide screens and below it on phones (e.g. hotline numbers). */
  aside?: ReactNode;
};

/**
 * The frame of the public pages (complaint form, tracking): like the sign-in frame, with room
 * for a longer form, an aside, and links between the two public pages.
 */
export function PublicPageFrame({ children, aside }: PublicPageFrameProps) {
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
        <Group justify="space-between" wrap="nowrap">
          {/* The public portal's home: a full page load, it is served by the server, not this app. */}
          <Anchor href="/" fw={800} fz="xl" c="black" underline="never">
            {t("app.name")}
          </Anchor>
          <LanguageSwitch value={language} onChange={changeLanguage} />
        </Group>
      </Box>
      <Box component="main" bg="gray.0" mih="calc(100dvh - 57px)">
        <Container size={720} py={{ base: "md", sm: 40 }} px={{ base: "xs", sm: "md" }}>
          <Stack gap="md">
            <Paper withBorder p={{ base: "md", sm: "xl" }} radius="md" bg="white">
              {children}
            </Paper>
            {aside ? <Box component="aside">{aside}</Box> : null}
            <Group component="nav" aria-label={t("intake.public.linksLabel")} gap="lg" justify="center">
              <Anchor component={Link} to={paths.publicReport} size="sm">
                {t("intake.public.reportLink")}
              </Anchor>
              <Anchor component={Link} to={paths.publicTrack} size="sm">
                {t("intake.public.trackLink")}
              </Anchor>
              <Anchor component={Link} to={paths.signIn} size="sm">
                {t("intake.public.staffLink")}
              </Anchor>
            </Group>
          </Stack>
        </Container>
      </Box>
    </>
  );
}
