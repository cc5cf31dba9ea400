import { Modal } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OrganizationDto } from "../../../shared/organizations.ts";
import { OrganizationForm } from "./organization-form.tsx";

type OrganizationFormModalProps = {
  opened: boolean;
  /** The organisation to edit, or null to create one. */
  organization: OrganizationDto | null;
  onClose: () => void;
};

export function OrganizationFormModal({ opened, organization, onClose }: OrganizationFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={
        organization
          ? t("organizations.editTitle", { name: organization.name })
          : t("organizations.createTitle")
      }
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? (
        <OrganizationForm key={organization?.id ?? "new"} organization={organization} onDone={onClose} />
      ) : null}
    </Modal>
  );
}
