import { Box, Button, Container, Group, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { PageHeader } from "../ui/page-header.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { paths } from "./paths.ts";

function isChunkLoadError(error: unknown): boolean {
  // After a new release the old page's lazy chunks are gone; a reload fetches the new ones.
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  );
}

/** Catches what a page throws while rendering, inside the shell; offers a retry, not a blank screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const message = isChunkLoadError(error) ? t("errors.newVersion") : t("errors.pageCrashed");
  return (
    <>
      <PageHeader title={t("errors.pageErrorTitle")} />
      <Text mb="lg">{message}</Text>
      <Group>
        <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => window.location.reload()}>
          {t("common.retry")}
        </Button>
        <Button component={Link} to={paths.home} variant="default" reloadDocument>
          {t("errors.backHome")}
        </Button>
      </Group>
    </>
  );
}

/** The same outside the shell (sign-in, setup), where the page must provide its own <main>. */
export function RootErrorPage() {
  return (
    <Box component="main">
      <Container size="sm" py="xl">
        <RouteErrorPage />
      </Container>
    </Box>
  );
}
