import { Box, Button, Card, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconReportAnalytics } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDateTime } from "../../ui/format-date.ts";
import { todayInJakarta } from "../../ui/format-day.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useArea } from "../prevention/prevention-api.ts";
import { useDashboard, usePreviousTotals } from "./dashboard-api.ts";
import { type DashboardScope, DashboardScopeContext } from "./dashboard-context.ts";
import { DashboardFilters } from "./dashboard-filters.tsx";
import {
  dashboardQuery,
  type DashboardFilters as Filters,
  periodSlug,
  rangeProblem,
  readFilters,
  slug,
  writeFilters,
} from "./dashboard-period.ts";
import { HeadlineSection } from "./headline-section.tsx";
import { LegalSection, RestitutionSection, ServicesSection } from "./rights-sections.tsx";
import { isKelurahanCode, periodLabel } from "./scope-label.ts";
import {
  DestinationSection,
  ExploitationSection,
  FourCellSection,
  OriginSection,
  TrendSection,
} from "./victim-sections.tsx";
import { ActionItemsSection, AttendanceSection, PreventionSection } from "./work-sections.tsx";

/** The periodic reports page, built alongside this one; linked, not imported. */
const REPORTS_PATH = "/laporan";

const rangeMessages = {
  incomplete: "dashboard.filters.rangeIncomplete",
  order: "dashboard.filters.rangeOrder",
  future: "dashboard.filters.rangeFuture",
} as const;

function LoadingCards() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" role="status" aria-label={t("common.loading")}>
      <Skeleton height={180} radius="md" />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {["a", "b", "c", "d"].map((key) => (
          <Card key={key} withBorder radius="md">
            <Skeleton height={20} width="60%" mb="sm" />
            <Skeleton height={220} />
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/**
 * `/dasbor`: the task force's figures for a period and an area, for the coordinator's weekly
 * look and leadership's questions. The filters live in the address; every card can be taken
 * away as a picture or a spreadsheet, and read as a table.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = todayInJakarta();
  const filters = readFilters(params, today);
  const area = useArea();

  const period = filters.period;
  const invalid = period.kind === "range" ? rangeProblem(period.from, period.to, today) : null;
  const query = invalid ? null : dashboardQuery(filters, today);
  const dashboard = useDashboard(query);
  const previous = usePreviousTotals(query);
  const data = dashboard.data;
  const stale = dashboard.isPlaceholderData;

  function change(update: (current: Filters) => Filters) {
    // The address is read again rather than this render's filters: a second change made before
    // the page redrew for the first (a slow phone) keeps the first instead of undoing it.
    const current = readFilters(new URLSearchParams(window.location.search), todayInJakarta());
    // A new entry in the history: the back button returns to the figures seen before.
    setParams(writeFilters(update(current)));
  }

  const regionCode = filters.kelurahan ?? filters.kecamatan;
  const areaName = regionCode
    ? (area.data?.kelurahan.find((k) => k.code === regionCode)?.name ??
      area.data?.kecamatan.find((k) => k.code === regionCode)?.name ??
      (data?.region?.code === regionCode ? data.region.name : regionCode))
    : null;
  const regionText = regionCode
    ? t(isKelurahanCode(regionCode) ? "dashboard.scope.kelurahan" : "dashboard.scope.kecamatan", {
        name: areaName,
      })
    : data
      ? t("dashboard.scope.area", { name: data.area.name })
      : t("dashboard.scope.wholeArea");
  const scopeText = query ? `${periodLabel(query.from, query.to, i18n.language)} · ${regionText}` : "";
  const footer = data
    ? t("dashboard.footer", { source: data.source, cutoff: formatDateTime(data.cutoff, i18n.language) })
    : "";

  const scope: DashboardScope = {
    scope: scopeText,
    footer,
    fileSuffix: `${periodSlug(period)}-${slug(areaName ?? t("dashboard.scope.wholeAreaSlug"))}`,
  };

  const sections = { stale, regionChosen: regionCode !== null };
  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.intro")}
        actions={
          <Button
            component={Link}
            to={REPORTS_PATH}
            variant="default"
            leftSection={<IconReportAnalytics size={18} aria-hidden />}
          >
            {t("dashboard.reportsLink")}
          </Button>
        }
      />
      <DashboardFilters filters={filters} today={today} area={area.data} onChange={change} />
      {scopeText ? (
        <Text fw={600} mb="md" aria-live="polite">
          {scopeText}
        </Text>
      ) : null}
      {invalid ? (
        <Text c="red.9" mb="md">
          {t(rangeMessages[invalid])}
        </Text>
      ) : null}
      {dashboard.isError ? (
        <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : null}
      {dashboard.isPending && query ? <LoadingCards /> : null}
      {data ? (
        <DashboardScopeContext.Provider value={scope}>
          <Box
            // The previous period's figures stay readable, dimmed, while the next one loads.
            style={{ opacity: stale ? 0.55 : 1, transition: "opacity 150ms" }}
            aria-busy={stale}
          >
            <Stack gap="md">
              <HeadlineSection data={data} previous={previous} />
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                <TrendSection data={data} stale={stale} />
                <FourCellSection data={data} stale={stale} />
                <ExploitationSection data={data} stale={stale} />
                <OriginSection data={data} stale={stale} />
                <DestinationSection data={data} stale={stale} />
                <ServicesSection data={data} stale={stale} />
                <RestitutionSection data={data} stale={stale} />
                <LegalSection data={data} stale={stale} />
                <PreventionSection data={data} {...sections} />
                <AttendanceSection data={data} {...sections} />
                <ActionItemsSection data={data} {...sections} />
              </SimpleGrid>
            </Stack>
          </Box>
          <Text size="sm" c="dimmed" mt="lg" component="p">
            {footer}
          </Text>
        </DashboardScopeContext.Provider>
      ) : null}
    </>
  );
}
