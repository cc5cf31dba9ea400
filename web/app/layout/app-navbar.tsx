import { NavLink, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useMe } from "../session-context.tsx";
import { isNavItemActive, navItems } from "./nav-items.ts";

export function AppNavbar() {
  const { t } = useTranslation();
  const { permissions } = useMe();
  const { pathname } = useLocation();
  const visible = navItems.filter((item) => !item.permission || permissions.includes(item.permission));

  return (
    <Stack gap={2}>
      {visible.map((item) => {
        const active = isNavItemActive(item, pathname);
        return (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={t(item.labelKey)}
            leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
            active={active}
            aria-current={active ? "page" : undefined}
          />
        );
      })}
    </Stack>
  );
}
