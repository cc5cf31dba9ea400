import { Anchor, Box } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { paths } from "../../app/paths.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { WarningForm } from "./warning-form.tsx";

/** `/kewaspadaan/baru`: the phone form of an early warning. */
export function NewWarningPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Box maw={640}>
      <Anchor component={Link} to={paths.warnings} size="sm" mb="sm" display="inline-flex" style={{ gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t("warnings.detail.back")}
      </Anchor>
      <PageHeader title={t("warnings.form.title")} description={t("warnings.form.intro")} />
      <WarningForm
        onFiled={(warning) => {
          notifySuccess(t("warnings.form.filed", { code: warning.code }));
          navigate(paths.warning(warning.id));
        }}
      />
    </Box>
  );
}
