import { Badge, Button, Grid, Paper, Select, Stack, Switch, Text } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "../../app/paths.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { LoadMoreButton } from "../../ui/load-more-button.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useTerms } from "../complaints/use-terms.ts";
import { useAreaFilterOptions } from "./activity-filters.tsx";
import { useSchoolCoverage } from "./prevention-api.ts";

/** Schools and their reach in the year; narrowed to an area, or to those nothing reached yet. */
export function SchoolCoverage({ year, canPlan }: { year: number; canPlan: boolean }) {
  const { t } = useTranslation();
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [gapsOnly, setGapsOnly] = useState(true);
  const schools = useSchoolCoverage(year, regionCode, gapsOnly);
  const areaOptions = useAreaFilterOptions();
  const targetGroups = useTerms("target_group");
  const items = schools.data?.pages.flatMap((page) => page.items) ?? [];
  const total = schools.data?.pages[0]?.total ?? 0;

  return (
    <Stack gap="sm">
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t("prevention.filters.area")}
            placeholder={t("common.all")}
            data={areaOptions}
            value={regionCode}
            onChange={setRegionCode}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            nothingFoundMessage={t("common.nothingFound")}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Switch
            label={t("prevention.coverage.schoolsGapsOnly")}
            checked={gapsOnly}
            onChange={(event) => setGapsOnly(event.currentTarget.checked)}
          />
        </Grid.Col>
      </Grid>
      {schools.isPending ? <InlineLoader /> : null}
      {schools.isError ? <QueryError error={schools.error} onRetry={() => void schools.refetch()} /> : null}
      {schools.isSuccess ? (
        <Text size="sm" c="dimmed">
          {t("prevention.coverage.schoolsShown", { count: total })}
        </Text>
      ) : null}
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: "none" }}>
        {items.map((s) => (
          <Paper
            component="li"
            key={s.id}
            withBorder
            px="sm"
            py={6}
            radius="sm"
            bg={s.activitiesHeld === 0 ? "var(--mantine-color-red-0)" : undefined}
          >
            <Grid gap="xs" align="center">
              <Grid.Col span={{ base: 12, sm: canPlan ? 8 : 12 }}>
                <Text fw={600}>
                  {s.name}{" "}
                  {s.activitiesHeld === 0 ? (
                    <Badge color="red" variant="light" size="sm">
                      {t("prevention.coverage.none")}
                    </Badge>
                  ) : null}
                </Text>
                <Text size="sm" c="dimmed">
                  {[
                    t(`prevention.schoolLevels.${s.level}`),
                    s.regionName,
                    t("prevention.coverage.schoolReach", {
                      activities: s.activitiesHeld,
                      people: s.peopleReached,
                    }),
                    s.targetGroupCodes.map((code) => targetGroups.label(code)).join(", "),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </Grid.Col>
              {canPlan ? (
                <Grid.Col span={{ base: 12, sm: 4 }} ta="right">
                  <Button
                    component={Link}
                    to={`${paths.newActivity}?status=planned&regionCode=${encodeURIComponent(s.regionCode)}&schoolId=${s.id}`}
                    size="xs"
                    variant={s.activitiesHeld === 0 ? "filled" : "default"}
                    leftSection={<IconCalendarPlus size={14} aria-hidden />}
                    aria-label={t("prevention.coverage.planIn", { name: s.name })}
                  >
                    {t("prevention.coverage.plan")}
                  </Button>
                </Grid.Col>
              ) : null}
            </Grid>
          </Paper>
        ))}
      </Stack>
      <LoadMoreButton
        hasMore={schools.hasNextPage}
        loading={schools.isFetchingNextPage}
        onLoadMore={() => void schools.fetchNextPage()}
      />
    </Stack>
  );
}
