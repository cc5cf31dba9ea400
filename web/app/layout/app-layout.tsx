import { AppShell } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useIsFetching, useIsMutating } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigation } from "react-router";
import { ActivityBar } from "../../ui/activity-bar.tsx";
import { useMe } from "../session-context.tsx";
import { AppHeader } from "./app-header.tsx";
import classes from "./app-layout.module.css";
import { AppNavbar } from "./app-navbar.tsx";
import { DemoBanner } from "./demo-banner.tsx";
import { SecondFactorAlert } from "./second-factor-alert.tsx";

/** The signed-in frame: header, permission-filtered navbar (a drawer on phones), and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const busy = useIsFetching() + useIsMutating() > 0 || navigation.state !== "idle";

  // On a phone the navbar covers the page; picking a destination should reveal it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change on purpose
  useEffect(() => {
    nav.close();
  }, [pathname]);

  const needsSecondFactor = me.secondFactor.required && !me.secondFactor.enrolled;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skipLink}>
        {t("layout.skipToContent")}
      </a>
      <ActivityBar active={busy} />
      <AppShell.Header>
        <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" p="xs" aria-label={t("layout.navigation")}>
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        {me.demo ? <DemoBanner /> : null}
        {needsSecondFactor ? <SecondFactorAlert /> : null}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
