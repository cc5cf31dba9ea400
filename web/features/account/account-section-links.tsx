import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { paths } from "../../app/paths.ts";

/** The two halves of "my account", reachable from each other without the user menu. */
export function AccountSectionLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const links = [
    { to: paths.account, label: t("account.title") },
    { to: paths.security, label: t("security.title") },
  ];
  return (
    <Group gap="xs" mb="lg" component="nav" aria-label={t("account.sections")}>
      {links.map((link) => (
        <Button
          key={link.to}
          component={Link}
          to={link.to}
          size="xs"
          variant={pathname === link.to ? "light" : "subtle"}
          aria-current={pathname === link.to ? "page" : undefined}
        >
          {link.label}
        </Button>
      ))}
    </Group>
  );
}
