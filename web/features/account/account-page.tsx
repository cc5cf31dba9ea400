import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../ui/page-header.tsx";
import { CalendarFeedCard } from "../coordination/calendar-feed-card.tsx";
import { AccountSectionLinks } from "./account-section-links.tsx";
import { ChangePasswordCard } from "./change-password-card.tsx";
import { ProfileCard } from "./profile-card.tsx";

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.intro")} />
      <AccountSectionLinks />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ProfileCard />
        <ChangePasswordCard />
        <CalendarFeedCard />
      </SimpleGrid>
    </>
  );
}
