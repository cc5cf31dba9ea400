import { ActionIcon, Menu } from "@mantine/core";
import { IconDots, IconKey, IconLockOpen, IconPencil, IconUserCheck, IconUserOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { UserDto } from "../../../shared/users.ts";
import { isLocked } from "./users-api.ts";

export type UserMenuChoice = "edit" | "deactivate" | "activate" | "resetPassword" | "unlock";

/** The actions the server says this caller may take on this user, and no others. */
export function availableUserActions(user: UserDto): UserMenuChoice[] {
  const choices: UserMenuChoice[] = [];
  if (user.abilities.update) choices.push("edit");
  if (user.abilities.resetPassword) choices.push("resetPassword");
  // The DTO has no "unlock" ability; whoever may reset the password may also lift a lock.
  if (isLocked(user) && (user.abilities.resetPassword || user.abilities.update)) choices.push("unlock");
  if (user.abilities.deactivate && user.active) choices.push("deactivate");
  if (user.abilities.activate && !user.active) choices.push("activate");
  return choices;
}

type UserActionsMenuProps = {
  user: UserDto;
  onChoose: (choice: UserMenuChoice, user: UserDto) => void;
};

export function UserActionsMenu({ user, onChoose }: UserActionsMenuProps) {
  const { t } = useTranslation();
  const choices = availableUserActions(user);
  if (choices.length === 0) return null;

  const items: Record<UserMenuChoice, { label: string; icon: React.ReactNode; color?: string }> = {
    edit: { label: t("common.edit"), icon: <IconPencil size={16} aria-hidden /> },
    resetPassword: { label: t("users.resetPassword"), icon: <IconKey size={16} aria-hidden /> },
    unlock: { label: t("users.unlock"), icon: <IconLockOpen size={16} aria-hidden /> },
    deactivate: { label: t("common.deactivate"), icon: <IconUserOff size={16} aria-hidden />, color: "red" },
    activate: { label: t("common.activate"), icon: <IconUserCheck size={16} aria-hidden /> },
  };

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" color="dark" aria-label={t("common.actionsFor", { name: user.name })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {choices.map((choice) => (
          <Menu.Item
            key={choice}
            color={items[choice].color}
            leftSection={items[choice].icon}
            onClick={() => onChoose(choice, user)}
          >
            {items[choice].label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
