import { Box, Center, Container } from "@mantine/core";
import { useEffect } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import { i18n, storedLanguage } from "../i18n/i18n.ts";
import { FullPageLoader } from "../ui/full-page-loader.tsx";
import { QueryError } from "../ui/query-error.tsx";
import { paths } from "./paths.ts";
import { useSessionQuery } from "./session.ts";
import { SessionProvider } from "./session-context.tsx";

/** Lets only signed-in users through; others go to sign in and come back afterwards. */
export function RequireSession() {
  const session = useSessionQuery();
  const location = useLocation();
  const me = session.data;

  useEffect(() => {
    // Without a choice on this device, the profile's language applies (e.g. after a reload).
    if (me && !storedLanguage() && i18n.language !== me.user.locale) void i18n.changeLanguage(me.user.locale);
  }, [me]);

  if (session.isPending) return <FullPageLoader />;
  if (session.isError && me === undefined) {
    return (
      <Box component="main">
        <Container size="sm" py="xl">
          <Center>
            <QueryError error={session.error} onRetry={() => void session.refetch()} />
          </Center>
        </Container>
      </Box>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const target = next === paths.home ? paths.signIn : `${paths.signIn}?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return (
    <SessionProvider me={me}>
      <Outlet />
    </SessionProvider>
  );
}
