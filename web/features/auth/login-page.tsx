import { Alert, Anchor, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { DemoBanner } from "../../app/layout/demo-banner.tsx";
import { PublicFrame } from "../../app/layout/public-frame.tsx";
import { paths, safeNextPath } from "../../app/paths.ts";
import { useSessionQuery } from "../../app/session.ts";
import { FullPageLoader } from "../../ui/full-page-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { useSetupStatus } from "./auth-api.ts";
import { LoginForm } from "./login-form.tsx";

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const session = useSessionQuery();
  const setup = useSetupStatus();

  if (session.isPending) return <FullPageLoader />;
  if (session.data) return <Navigate to={next} replace />;

  return (
    <PublicFrame>
      {setup.data?.demo ? <DemoBanner /> : null}
      <PageHeader title={t("auth.title")} description={t("auth.subtitle")} />
      {setup.data?.needsSetup ? (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} mb="md" title={t("setup.neededTitle")}>
          <Text size="sm">{t("setup.neededBody")}</Text>
        </Alert>
      ) : null}
      <LoginForm next={next} />
      <Text size="sm" mt="lg" ta="center">
        {t("intake.public.reportPrompt")}{" "}
        <Anchor component={Link} to={paths.publicReport} fw={600}>
          {t("intake.public.reportLink")}
        </Anchor>
      </Text>
    </PublicFrame>
  );
}
