import { Button, Card, Text, Title } from "@mantine/core";
import { IconLayoutDashboard } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "../../app/paths.ts";

/** On the staff home, the way to the dashboard for those who read the task force's figures. */
export function DashboardHomeCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("dashboard.home.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("dashboard.home.text")}
      </Text>
      <Button
        component={Link}
        to={paths.dashboard}
        leftSection={<IconLayoutDashboard size={18} aria-hidden />}
      >
        {t("dashboard.home.open")}
      </Button>
    </Card>
  );
}
