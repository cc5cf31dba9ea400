import { Badge, Card, Group, Table, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useHealth } from "./health-api.ts";

export function HealthCard() {
  const { t } = useTranslation();
  const health = useHealth();

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t("home.health")}
        </Title>
        {health.data ? (
          <Badge color={health.data.status === "ok" ? "teal" : "red"} variant="light">
            {health.data.status === "ok" ? t("home.healthOk") : t("home.healthDegraded")}
          </Badge>
        ) : null}
      </Group>
      {health.isPending ? <InlineLoader /> : null}
      {health.isError ? <QueryError error={health.error} onRetry={() => void health.refetch()} /> : null}
      {health.data ? (
        <Table variant="vertical" withRowBorders={false}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={140}>{t("home.database")}</Table.Th>
              <Table.Td>
                {health.data.database === "postgres"
                  ? t("home.databasePostgres")
                  : health.data.database === "embedded"
                    ? t("home.databaseEmbedded")
                    : health.data.database}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t("home.version")}</Table.Th>
              <Table.Td>{health.data.version}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      ) : null}
    </Card>
  );
}
