import {
  ActionIcon,
  Button,
  Group,
  Input,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash, IconUsersGroup } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useCan } from "../../app/session-context.tsx";
import type { FieldErrors } from "../../ui/form-errors.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import { useUserOptions } from "../users/users-api.ts";
import { useStructure } from "./coordination-api.ts";

export type ExternalRow = { key: string; name: string; email: string; personTitle: string };
export type InviteeValues = { organizationIds: string[]; userIds: string[]; external: ExternalRow[] };

let nextKey = 0;
export function newExternalRow(): ExternalRow {
  nextKey += 1;
  return { key: `external-${nextKey}`, name: "", email: "", personTitle: "" };
}

export const noInvitees = (): InviteeValues => ({ organizationIds: [], userIds: [], external: [] });

/** The values as the API takes them. */
export function inviteesInput(values: InviteeValues) {
  return {
    organizationIds: values.organizationIds,
    userIds: values.userIds,
    external: values.external.map((row) => ({
      name: row.name.trim(),
      email: row.email.trim(),
      personTitle: row.personTitle.trim() || null,
    })),
  };
}

type InviteePickerProps = {
  value: InviteeValues;
  onChange: (value: InviteeValues) => void;
  errors: FieldErrors;
  /** Path of the invitees in the request ("invitees" in a new meeting, "" when adding later). */
  path: string;
  /** Already invited: left out of the choices. */
  exclude?: { organizationIds: string[]; userIds: string[] };
};

/**
 * Who to invite: member organisations (one tap adds every organisation seated in the task force),
 * people with an account, and outside people by name and email.
 */
export function InviteePicker({ value, onChange, errors, path, exclude }: InviteePickerProps) {
  const { t } = useTranslation();
  const canListUsers = useCan("user.read");
  const organizations = useOrganizationOptions();
  const users = useUserOptions(canListUsers);
  const structure = useStructure(null);
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const firstError = (prefix: string) =>
    Object.entries(errors).find(([field, message]) => message && field.startsWith(at(prefix)))?.[1];
  const orgChoices = (organizations.data?.items ?? [])
    .filter((o) => o.active && !exclude?.organizationIds.includes(o.id))
    .map((o) => ({ value: o.id, label: o.name }));
  const userChoices = (users.data?.items ?? [])
    .filter((u) => u.active && !exclude?.userIds.includes(u.id))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const members = [...new Set((structure.data?.members ?? []).map((m) => m.organizationId))].filter(
    (id) => !exclude?.organizationIds.includes(id),
  );
  const updateExternal = (index: number, patch: Partial<ExternalRow>) =>
    onChange({
      ...value,
      external: value.external.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    });

  return (
    <Stack gap="sm">
      <MultiSelect
        label={t("coordination.invitees.organizations")}
        description={t("coordination.invitees.organizationsHint")}
        data={orgChoices}
        value={value.organizationIds}
        onChange={(organizationIds) => onChange({ ...value, organizationIds })}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t("coordination.invitees.nothingFound")}
        error={firstError("organizationIds")}
      />
      {members.length > 0 ? (
        <Button
          variant="light"
          leftSection={<IconUsersGroup size={16} aria-hidden />}
          onClick={() =>
            onChange({ ...value, organizationIds: [...new Set([...value.organizationIds, ...members])] })
          }
          style={{ alignSelf: "flex-start" }}
        >
          {t("coordination.invitees.allMembers", { count: members.length })}
        </Button>
      ) : null}
      {canListUsers ? (
        <MultiSelect
          label={t("coordination.invitees.users")}
          data={userChoices}
          value={value.userIds}
          onChange={(userIds) => onChange({ ...value, userIds })}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t("coordination.invitees.nothingFound")}
          error={firstError("userIds")}
        />
      ) : null}
      <Input.Wrapper
        label={t("coordination.invitees.external")}
        description={t("coordination.invitees.externalHint")}
      >
        <Stack gap="xs" mt={6}>
          {value.external.map((row, index) => (
            <Paper key={row.key} withBorder p="xs" radius="sm">
              <Group align="flex-end" gap="xs" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }} spacing="xs">
                  <TextInput
                    label={t("coordination.invitees.name")}
                    value={row.name}
                    onChange={(event) => updateExternal(index, { name: event.currentTarget.value })}
                    error={errors[at(`external.${index}.name`)]}
                  />
                  <TextInput
                    label={t("coordination.invitees.email")}
                    type="email"
                    inputMode="email"
                    value={row.email}
                    onChange={(event) => updateExternal(index, { email: event.currentTarget.value })}
                    error={errors[at(`external.${index}.email`)]}
                  />
                  <TextInput
                    label={t("coordination.invitees.personTitle")}
                    value={row.personTitle}
                    onChange={(event) => updateExternal(index, { personTitle: event.currentTarget.value })}
                    error={errors[at(`external.${index}.personTitle`)]}
                  />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={4}
                  onClick={() =>
                    onChange({ ...value, external: value.external.filter((_, i) => i !== index) })
                  }
                  aria-label={t("coordination.invitees.removeExternal", { number: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Paper>
          ))}
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onChange({ ...value, external: [...value.external, newExternalRow()] })}
            style={{ alignSelf: "flex-start" }}
          >
            {t("coordination.invitees.addExternal")}
          </Button>
        </Stack>
      </Input.Wrapper>
    </Stack>
  );
}
