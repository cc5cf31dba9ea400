import { Button, Menu, Text } from "@mantine/core";
import { IconChevronDown, IconLogout, IconShieldLock, IconUserCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLogout } from "../../features/auth/auth-api.ts";
import { notifyError } from "../../ui/notify.ts";
import { roleLabel } from "../../ui/role-label.ts";
import { paths } from "../paths.ts";
import { useMe } from "../session-context.tsx";

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useMe();
  const logout = useLogout();

  function signOut() {
    logout.mutate(undefined, {
      onError: (error) => notifyError(t("auth.signOutFailed"), error.message),
    });
  }

  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          data-testid="user-menu"
          aria-label={t("layout.userMenu", { name: user.name })}
          leftSection={<IconUserCircle size={22} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          px="xs"
        >
          <Text span size="sm" maw={160} truncate visibleFrom="sm">
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.name} · {roleLabel(user.role, t)}
        </Menu.Label>
        <Menu.Item component={Link} to={paths.account} leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t("layout.profile")}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to={paths.security}
          leftSection={<IconShieldLock size={16} aria-hidden />}
        >
          {t("layout.security")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={signOut}
          disabled={logout.isPending}
        >
          {t("auth.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
