import { Anchor, Tabs } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { paths } from "../../app/paths.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { ContactsPanel } from "./contacts-panel.tsx";
import { EntryList } from "./entry-list.tsx";
import { MaterialsPanel } from "./materials-panel.tsx";
import { MenuPanel } from "./menu-panel.tsx";

const tabs = ["halaman", "berita", "materi", "menu", "kontak"] as const;
type Tab = (typeof tabs)[number];

/** The secretariat's desk for the public portal: pages, news, materials, menu and directory. */
export function PortalAdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab: param } = useParams();
  const tab: Tab = tabs.includes(param as Tab) ? (param as Tab) : "halaman";
  return (
    <>
      <PageHeader
        title={t("portal.title")}
        description={t("portal.description")}
        actions={
          // A full page load: the portal is server-rendered, not a page of this app.
          <Anchor href="/" target="_blank" rel="noopener">
            {t("portal.openSite")} <IconExternalLink size={14} aria-hidden />
          </Anchor>
        }
      />
      <Tabs
        value={tab}
        onChange={(next) => navigate(paths.portalAdmin(next ?? "halaman"))}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`portal.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="halaman">
          <EntryList kind="page" />
        </Tabs.Panel>
        <Tabs.Panel value="berita">
          <EntryList kind="news" />
        </Tabs.Panel>
        <Tabs.Panel value="materi">
          <MaterialsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="menu">
          <MenuPanel />
        </Tabs.Panel>
        <Tabs.Panel value="kontak">
          <ContactsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
