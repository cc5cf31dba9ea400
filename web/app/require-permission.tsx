import { Alert } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import type { Permission } from "../../shared/permissions.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { useCan } from "./session-context.tsx";

/** Hides a whole section from a role that lacks its permission (the server refuses it anyway). */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { t } = useTranslation();
  const allowed = useCan(permission);
  if (allowed) return <Outlet />;
  return (
    <>
      <PageHeader title={t("errors.forbiddenTitle")} />
      <Alert color="gray" icon={<IconLock aria-hidden />}>
        {t("errors.forbiddenBody")}
      </Alert>
    </>
  );
}
