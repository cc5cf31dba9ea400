import { AppShell } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useIsFetching, useIsMutating } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
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
  // Below the "sm" breakpoint (48em) the closed navbar is only moved off-screen; `inert` keeps
  // keyboard and screen-reader users from landing on links they cannot see.
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const busy = useIsFetching() + useIsMutating() > 0 || navigation.state !== "idle";

  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change on purpose
  useEffect(() => {
    // On a phone the navbar covers the page; picking a destination should reveal it.
    nav.close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A screen reader should start reading the new page, not stay on the link just used
    // (which, on a phone, has just become inert along with the closed navbar).
    document.getElementById("main-content")?.focus({ preventScroll: true });
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
      <AppShell.Navbar
        id="app-navbar"
        p="xs"
        aria-label={t("layout.navigation")}
        inert={isPhone && !navOpened}
      >
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        {me.demo ? <DemoBanner /> : null}
        {needsSecondFactor ? <SecondFactorAlert /> : null}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
