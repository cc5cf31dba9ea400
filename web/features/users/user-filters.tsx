import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/roles.ts";
import { useCan } from "../../app/session-context.tsx";
import { roleOptions } from "../../ui/role-label.ts";
import { useOrganizationOptions } from "../organizations/organizations-api.ts";
import type { UserFilters as Filters } from "./users-api.ts";

type UserFiltersProps = {
  search: string;
  onSearchChange: (value: string) => void;
  filters: Filters;
  onChange: (filters: Filters) => void;
};

export function UserFilters({ search, onSearchChange, filters, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const canReadOrganizations = useCan("organization.read");
  const organizations = useOrganizationOptions(canReadOrganizations);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md">
      <TextInput
        label={t("common.search")}
        placeholder={t("users.searchPlaceholder")}
        leftSection={<IconSearch size={16} aria-hidden />}
        type="search"
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
      />
      <Select<Role>
        label={t("users.role")}
        placeholder={t("common.all")}
        data={roleOptions(t)}
        value={filters.role}
        onChange={(role) => onChange({ ...filters, role })}
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
      />
      {canReadOrganizations ? (
        <Select
          label={t("users.organization")}
          placeholder={t("common.all")}
          data={(organizations.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
          value={filters.organizationId}
          onChange={(organizationId) => onChange({ ...filters, organizationId })}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          nothingFoundMessage={t("common.nothingFound")}
        />
      ) : null}
      <Select<"true" | "false">
        label={t("common.status")}
        placeholder={t("common.all")}
        data={[
          { value: "true", label: t("common.active") },
          { value: "false", label: t("common.inactive") },
        ]}
        value={filters.active}
        onChange={(active) => onChange({ ...filters, active })}
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
      />
    </SimpleGrid>
  );
}
