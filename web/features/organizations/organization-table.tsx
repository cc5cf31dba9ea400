import { ActionIcon, Menu, Stack, Table, Text } from "@mantine/core";
import { IconBuildingOff, IconCircleCheck, IconDots, IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OrganizationDto } from "../../../shared/organizations.ts";
import type { VocabularyTermDto } from "../../../shared/reference.ts";
import { StatusBadge } from "../../ui/status-badge.tsx";
import { termLabel } from "../vocabularies/vocabularies-api.ts";

export type OrganizationChoice = "edit" | "deactivate" | "activate";

type OrganizationTableProps = {
  organizations: OrganizationDto[];
  types: VocabularyTermDto[];
  onChoose: (choice: OrganizationChoice, organization: OrganizationDto) => void;
};

export function OrganizationTable({ organizations, types, onChoose }: OrganizationTableProps) {
  const { t, i18n } = useTranslation();

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("organizations.name")}</Table.Th>
            <Table.Th>{t("organizations.type")}</Table.Th>
            <Table.Th>{t("organizations.region")}</Table.Th>
            <Table.Th>{t("organizations.userCount")}</Table.Th>
            <Table.Th>{t("common.status")}</Table.Th>
            <Table.Th>{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organizations.map((organization) => (
            <Table.Tr key={organization.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {organization.name}
                  </Text>
                  {organization.shortName ? (
                    <Text size="xs" c="dimmed">
                      {organization.shortName}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {termLabel(
                  types.find((term) => term.code === organization.typeCode),
                  organization.typeCode,
                  i18n.language,
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {organization.regionCode}
                </Text>
              </Table.Td>
              <Table.Td>{organization.userCount}</Table.Td>
              <Table.Td>
                <StatusBadge active={organization.active} />
              </Table.Td>
              <Table.Td>
                <OrganizationActions organization={organization} onChoose={onChoose} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OrganizationActions({
  organization,
  onChoose,
}: {
  organization: OrganizationDto;
  onChoose: OrganizationTableProps["onChoose"];
}) {
  const { t } = useTranslation();
  const { abilities } = organization;
  const canDeactivate = abilities.deactivate && organization.active;
  const canActivate = abilities.activate && !organization.active;
  if (!abilities.update && !canDeactivate && !canActivate) return null;

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="dark"
          aria-label={t("common.actionsFor", { name: organization.name })}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {abilities.update ? (
          <Menu.Item
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => onChoose("edit", organization)}
          >
            {t("common.edit")}
          </Menu.Item>
        ) : null}
        {canDeactivate ? (
          <Menu.Item
            color="red"
            leftSection={<IconBuildingOff size={16} aria-hidden />}
            onClick={() => onChoose("deactivate", organization)}
          >
            {t("common.deactivate")}
          </Menu.Item>
        ) : null}
        {canActivate ? (
          <Menu.Item
            leftSection={<IconCircleCheck size={16} aria-hidden />}
            onClick={() => onChoose("activate", organization)}
          >
            {t("common.activate")}
          </Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
