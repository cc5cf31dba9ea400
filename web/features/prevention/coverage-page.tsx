import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, Title } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CoverageDto } from "../../../shared/prevention-coverage.ts";
import { paths } from "../../app/paths.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { CoverageTable } from "./coverage-table.tsx";
import { PopulationModal } from "./population-modal.tsx";
import { useCoverage } from "./prevention-api.ts";
import { SchoolCoverage } from "./school-coverage.tsx";
import { currentYear, yearOptions } from "./years.ts";

// The chart library is most of this page's weight: the figures and the table come first, the chart after.
const CoverageChart = lazy(() => import("./coverage-chart.tsx").then((m) => ({ default: m.CoverageChart })));

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2}>
        {value}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}

function Totals({ coverage }: { coverage: CoverageDto }) {
  const { t } = useTranslation();
  const { totals } = coverage;
  const n = (value: number) => value.toLocaleString("id-ID");
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <Stat
        label={t("prevention.coverage.kelurahanReached")}
        value={`${totals.kelurahanReached}/${totals.kelurahanCount}`}
        detail={t("prevention.coverage.gapsLeft", { count: totals.kelurahanCount - totals.kelurahanReached })}
      />
      <Stat
        label={t("prevention.coverage.schoolsReached")}
        value={`${totals.schoolsReached}/${totals.schoolCount}`}
      />
      <Stat
        label={t("prevention.coverage.activitiesHeld")}
        value={n(totals.activitiesHeld)}
        detail={
          totals.activitiesWithoutKelurahan > 0
            ? t("prevention.coverage.withoutKelurahan", { count: totals.activitiesWithoutKelurahan })
            : undefined
        }
      />
      <Stat
        label={t("prevention.coverage.peopleReached")}
        value={n(totals.peopleReached)}
        detail={[
          t("prevention.coverage.uniqueListed", {
            count: totals.peopleListed,
            formatted: n(totals.peopleListed),
          }),
          t("prevention.coverage.estimated", {
            count: totals.peopleEstimated,
            formatted: n(totals.peopleEstimated),
          }),
          totals.perThousand === null
            ? null
            : t("prevention.coverage.perThousandDetail", { value: totals.perThousand }),
        ]
          .filter(Boolean)
          .join(" · ")}
      />
    </SimpleGrid>
  );
}

/** `/pencegahan/cakupan`: where prevention reached in a year, where it did not, and a way to plan there. */
export function CoveragePage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(currentYear());
  const [gapsOnly, setGapsOnly] = useState(false);
  const [editingPopulation, setEditingPopulation] = useState(false);
  const coverage = useCoverage(year);
  const data = coverage.data;

  return (
    <>
      <Anchor component={Link} to={paths.prevention} size="sm">
        {t("prevention.detail.back")}
      </Anchor>
      <PageHeader
        title={t("prevention.coverage.title")}
        description={t("prevention.coverage.intro")}
        actions={
          data?.abilities.editPopulation ? (
            <Button
              variant="default"
              leftSection={<IconUsers size={18} aria-hidden />}
              onClick={() => setEditingPopulation(true)}
            >
              {t("prevention.population.open")}
            </Button>
          ) : null
        }
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t("prevention.filters.year")}
          data={yearOptions(0)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={140}
        />
      </Group>
      {coverage.isPending ? <InlineLoader /> : null}
      {coverage.isError ? (
        <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : null}
      {data ? (
        <Stack gap="xl">
          <Totals coverage={data} />
          <section aria-labelledby="coverage-chart-title">
            <Title order={2} size="h3" id="coverage-chart-title" mb="sm">
              {t("prevention.coverage.chartTitle")}
            </Title>
            <Suspense fallback={<InlineLoader />}>
              <CoverageChart kecamatan={data.kecamatan} />
            </Suspense>
          </section>
          <section aria-labelledby="coverage-table-title">
            <Group justify="space-between" mb="sm" align="flex-end">
              <Title order={2} size="h3" id="coverage-table-title">
                {t("prevention.coverage.tableTitle")}
              </Title>
              <Switch
                label={t("prevention.coverage.gapsOnly")}
                checked={gapsOnly}
                onChange={(event) => setGapsOnly(event.currentTarget.checked)}
              />
            </Group>
            <Text size="sm" c="dimmed" mb="xs">
              {t("prevention.coverage.tableHint")}
            </Text>
            <CoverageTable coverage={data} gapsOnly={gapsOnly} />
          </section>
          <section aria-labelledby="coverage-schools-title">
            <Title order={2} size="h3" id="coverage-schools-title" mb="sm">
              {t("prevention.coverage.schoolsTitle")}
            </Title>
            <SchoolCoverage year={year} canPlan={data.abilities.plan} />
          </section>
        </Stack>
      ) : null}
      {editingPopulation ? (
        <PopulationModal opened initialYear={year} onClose={() => setEditingPopulation(false)} />
      ) : null}
    </>
  );
}
