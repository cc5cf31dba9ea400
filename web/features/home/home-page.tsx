import { Card, SimpleGrid, Table, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCan, useMe } from "../../app/session-context.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { roleLabel } from "../../ui/role-label.ts";
import { DashboardHomeCard } from "../dashboard/dashboard-home-card.tsx";
import { useOrganization } from "../organizations/organizations-api.ts";
import { useTaskForces } from "../vocabularies/reference-api.ts";
import { HealthCard } from "./health-card.tsx";

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useMe();
  // The session names the organisation only by id; roles without organisation.read see no name.
  const organization = useOrganization(user.organizationId, useCan("organization.read"));
  const taskForces = useTaskForces(useCan("reference.read"));
  const taskForce = taskForces.data?.items.find((item) => item.id === user.taskForceId);
  const readsStatistics = useCan("statistics.read");

  return (
    <>
      <PageHeader title={t("home.welcome", { name: user.name })} description={t("home.intro")} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t("home.you")}
          </Title>
          <Table variant="vertical" withRowBorders={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={140}>{t("users.role")}</Table.Th>
                <Table.Td>{roleLabel(user.role, t)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("users.organization")}</Table.Th>
                <Table.Td>
                  {organization.isLoading
                    ? t("common.loading")
                    : (organization.data?.name ?? t("common.notAvailable"))}
                </Table.Td>
              </Table.Tr>
              {taskForce ? (
                <Table.Tr>
                  <Table.Th>{t("home.taskForce")}</Table.Th>
                  <Table.Td>{taskForce.name}</Table.Td>
                </Table.Tr>
              ) : null}
              <Table.Tr>
                <Table.Th>{t("auth.email")}</Table.Th>
                <Table.Td>{user.email}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
        <HealthCard />
        {readsStatistics ? <DashboardHomeCard /> : null}
      </SimpleGrid>
    </>
  );
}
