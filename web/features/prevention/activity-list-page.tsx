import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconChartBar, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { paths } from "../../app/paths.ts";
import { useCan } from "../../app/session-context.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useTerms } from "../complaints/use-terms.ts";
import { ActivitiesExportMenu } from "../prevention-tests/activities-export-menu.tsx";
import { ActivityCard } from "./activity-card.tsx";
import { ActivityFilters } from "./activity-filters.tsx";
import { type ActivityFilters as Filters, useActivities } from "./prevention-api.ts";
import { useSchool } from "./schools-api.ts";

const noFilters: Filters = {
  year: null,
  typeCode: null,
  status: null,
  regionCode: null,
  organizerOrganizationId: null,
  schoolId: null,
};

/** `/pencegahan`: the task force's activities, coming plans first, then what was done. */
export function ActivityListPage() {
  const { t } = useTranslation();
  const canRecord = useCan("prevention.manage");
  const [params] = useSearchParams();
  // The schools registry links here for one school's activities.
  const [filters, setFilters] = useState<Filters>({ ...noFilters, schoolId: params.get("schoolId") });
  const school = useSchool(filters.schoolId);
  const list = useActivities(filters);
  const types = useTerms("prevention_activity_type");
  const activities = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filters).some((value) => value !== null);

  return (
    <>
      <PageHeader
        title={t("prevention.list.title")}
        description={t("prevention.list.intro")}
        actions={
          <>
            <Button
              component={Link}
              to={paths.coverage}
              variant="default"
              leftSection={<IconChartBar size={18} aria-hidden />}
            >
              {t("prevention.coverage.title")}
            </Button>
            <ActivitiesExportMenu filters={filters} />
            {canRecord ? (
              <Button
                component={Link}
                to={paths.newActivity}
                leftSection={<IconPlus size={18} aria-hidden />}
              >
                {t("prevention.list.record")}
              </Button>
            ) : null}
          </>
        }
      />
      <ActivityFilters filters={filters} onChange={setFilters} />
      {filters.schoolId ? (
        <Alert color="blue" mb="md">
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t("prevention.list.atSchool", { name: school.data?.name ?? "…" })}</Text>
            <Button size="xs" variant="default" onClick={() => setFilters({ ...filters, schoolId: null })}>
              {t("prevention.list.allSchools")}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {list.isPending ? <InlineLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && activities.length === 0 ? (
        <Text py="md">{filtered ? t("prevention.list.emptyFiltered") : t("prevention.list.empty")}</Text>
      ) : null}
      {activities.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("prevention.list.listLabel")}
        >
          {activities.map((activity) => (
            <ActivityCard key={activity.id} activity={activity} typeLabel={types.label(activity.typeCode)} />
          ))}
        </Stack>
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}
