import { Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../ui/page-header.tsx";
import { paths } from "./paths.ts";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("errors.notFoundTitle")} />
      <Text mb="lg">{t("errors.notFoundBody")}</Text>
      <Button component={Link} to={paths.home}>
        {t("errors.backHome")}
      </Button>
    </>
  );
}
