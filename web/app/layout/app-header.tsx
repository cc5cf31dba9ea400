import { Anchor, Burger, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { NotificationBell } from "../../features/action-items/notification-bell.tsx";
import { useTaskForces } from "../../features/vocabularies/reference-api.ts";
import { LanguageSwitch } from "../../ui/language-switch.tsx";
import { paths } from "../paths.ts";
import { useCan, useMe } from "../session-context.tsx";
import { useLanguage } from "../use-language.ts";
import { UserMenu } from "./user-menu.tsx";

type AppHeaderProps = {
  navOpened: boolean;
  onToggleNav: () => void;
};

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  const { user } = useMe();
  const canReadReference = useCan("reference.read");
  const taskForces = useTaskForces(canReadReference);
  // Notifications today are about action items: members of the task force get the bell.
  const canFollowUp = useCan("coordination.read");
  const taskForceName = taskForces.data?.items.find((item) => item.id === user.taskForceId)?.name;
  const { language, changeLanguage } = useLanguage();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t("layout.closeNavigation") : t("layout.openNavigation")}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        <Anchor component={Link} to={paths.home} c="black" underline="never" fw={800} fz="xl">
          {t("app.name")}
        </Anchor>
        {taskForceName ? (
          <Text size="sm" c="dimmed" truncate visibleFrom="md">
            {taskForceName}
          </Text>
        ) : null}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {canFollowUp ? <NotificationBell /> : null}
        <LanguageSwitch value={language} onChange={changeLanguage} />
        <UserMenu />
      </Group>
    </Group>
  );
}
