import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UserDto } from "../../../shared/users.ts";
import { useFormatDateTime } from "../../ui/format-date.ts";
import { roleLabel } from "../../ui/role-label.ts";
import { StatusBadge } from "../../ui/status-badge.tsx";
import { UserActionsMenu, type UserMenuChoice } from "./user-actions-menu.tsx";
import { isLocked } from "./users-api.ts";

type UserTableProps = {
  users: UserDto[];
  onChoose: (choice: UserMenuChoice, user: UserDto) => void;
};

export function UserTable({ users, onChoose }: UserTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("users.name")}</Table.Th>
            <Table.Th>{t("users.role")}</Table.Th>
            <Table.Th>{t("users.organization")}</Table.Th>
            <Table.Th>{t("common.status")}</Table.Th>
            <Table.Th>{t("users.lastLogin")}</Table.Th>
            <Table.Th>{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {user.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{roleLabel(user.role, t)}</Table.Td>
              <Table.Td>{user.organizationName}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <StatusBadge active={user.active} />
                  {isLocked(user) ? (
                    <Badge color="red" variant="light">
                      {t("users.locked")}
                    </Badge>
                  ) : null}
                  {user.secondFactorEnabled ? (
                    <Badge color="blue" variant="light">
                      {t("users.twoFactorOn")}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("users.neverSignedIn")}
                </Text>
              </Table.Td>
              <Table.Td>
                <UserActionsMenu user={user} onChoose={onChoose} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
