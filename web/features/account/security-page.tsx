import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../ui/page-header.tsx";
import { AccountSectionLinks } from "./account-section-links.tsx";
import { ApiTokensCard } from "./api-tokens-card.tsx";
import { TwoFactorCard } from "./two-factor-card.tsx";

export function SecurityPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("security.title")} description={t("security.intro")} />
      <AccountSectionLinks />
      <Stack gap="md">
        <TwoFactorCard />
        <ApiTokensCard />
      </Stack>
    </>
  );
}
