import { Anchor, Progress, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import { paths } from "../../app/paths.ts";
import { ChartCard } from "./chart-card.tsx";
import type { Series } from "./dashboard-charts.tsx";
import { FigureTile } from "./figure-tile.tsx";
import { HorizontalBars } from "./lazy-charts.ts";
import { formatCount, type TableData } from "./table-data.ts";

type SectionProps = { data: DashboardDto; stale: boolean; regionChosen: boolean };

const TABLE_PREVIEW = 10;

function MoreLink({ to, children }: { to: string; children: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      {children} <IconArrowRight size={14} aria-hidden style={{ verticalAlign: "middle" }} />
    </Anchor>
  );
}

/** Held prevention activities: how many, how many people, and which kelurahan they reached. */
export function PreventionSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  const { prevention } = data;
  // Per kecamatan, its kelurahan reached and not yet reached: the gaps stand out at a glance.
  const rows = prevention.perKecamatan.map((k) => {
    const kelurahan = prevention.perKelurahan.filter((l) => l.kecamatanCode === k.code);
    const reached = kelurahan.filter((l) => l.activities > 0).length;
    return { ...k, reached, notReached: kelurahan.length - reached };
  });
  const series: Series[] = [
    { name: "reached", label: t("dashboard.columns.kelurahanReached"), color: "teal.8" },
    { name: "notReached", label: t("dashboard.columns.kelurahanNotReached"), color: "red.3" },
  ];
  const table: TableData = {
    columns: [
      { label: t("dashboard.columns.kecamatan") },
      { label: t("dashboard.columns.kelurahanReached"), kind: "count" },
      { label: t("dashboard.columns.kelurahanNotReached"), kind: "count" },
      { label: t("dashboard.columns.activities"), kind: "count" },
      { label: t("dashboard.columns.peopleReached"), kind: "count" },
    ],
    rows: rows.map((k) => [k.name, k.reached, k.notReached, k.activities, k.peopleReached]),
  };
  const reached =
    prevention.kelurahanTotal > 0
      ? Math.round((prevention.kelurahanReached / prevention.kelurahanTotal) * 100)
      : 0;
  const reachedText = t("dashboard.prevention.kelurahanReached", {
    reached: prevention.kelurahanReached,
    total: prevention.kelurahanTotal,
  });
  return (
    <ChartCard
      name="pencegahan"
      title={t("dashboard.prevention.title")}
      unit={t("dashboard.prevention.unit")}
      table={table}
      legend={series}
      stale={stale}
      empty={prevention.activities === 0}
      emptyText={t("dashboard.prevention.empty")}
      chart={
        <HorizontalBars
          data={rows.map((k) => ({ label: k.name, reached: k.reached, notReached: k.notReached }))}
          series={series}
          format={formatCount}
          stacked
        />
      }
      footer={<MoreLink to={paths.coverage}>{t("dashboard.prevention.coverageLink")}</MoreLink>}
    >
      <SimpleGrid cols={2} spacing="xs">
        <FigureTile
          label={t("dashboard.prevention.activities")}
          value={formatCount(prevention.activities)}
          unit={t("dashboard.units.activities")}
        />
        <FigureTile
          label={t("dashboard.prevention.people")}
          value={formatCount(prevention.peopleReached)}
          unit={t("dashboard.units.people")}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm">{reachedText}</Text>
        <Progress value={reached} color="teal.8" aria-label={reachedText} />
        <Text size="sm">
          {t("dashboard.prevention.schoolsReached", {
            reached: formatCount(prevention.schoolsReached),
            total: formatCount(prevention.schoolCount),
          })}
        </Text>
      </Stack>
    </ChartCard>
  );
}

/** Meetings held in the period and who came, per organisation. */
export function AttendanceSection({ data, stale, regionChosen }: SectionProps) {
  const { t } = useTranslation();
  const { coordination } = data;
  // The organisations that came least first: they are the ones a coordinator calls.
  const rows = [...coordination.attendance].sort(
    (a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.name.localeCompare(b.name, "id"),
  );
  const table: TableData = {
    columns: [
      { label: t("dashboard.columns.organization") },
      { label: t("dashboard.columns.invited"), kind: "count" },
      { label: t("dashboard.columns.attended"), kind: "count" },
      { label: t("dashboard.columns.attendanceRate"), kind: "share" },
    ],
    rows: rows.map((row) => [row.name, row.invited, row.attended, row.rate]),
  };
  return (
    <ChartCard
      name="kehadiran-rapat"
      title={t("dashboard.coordination.attendanceTitle")}
      unit={t("dashboard.coordination.attendanceUnit")}
      table={table}
      stale={stale}
      empty={coordination.meetingsHeld === 0}
      emptyText={t("dashboard.coordination.noMeetings")}
      limit={TABLE_PREVIEW}
      footer={<MoreLink to={paths.coordination}>{t("dashboard.coordination.meetingsLink")}</MoreLink>}
    >
      <FigureTile
        label={t("dashboard.coordination.meetingsHeld")}
        value={formatCount(coordination.meetingsHeld)}
        unit={t("dashboard.units.meetings")}
        detail={regionChosen ? t("dashboard.coordination.notPerArea") : undefined}
      />
    </ChartCard>
  );
}

/** Action items as they stand today, the overdue ones first. */
export function ActionItemsSection({ data, stale, regionChosen }: SectionProps) {
  const { t } = useTranslation();
  const rows = [...data.coordination.actionItems].sort(
    (a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, "id"),
  );
  const overdue = rows.reduce((sum, row) => sum + row.overdue, 0);
  const table: TableData = {
    columns: [
      { label: t("dashboard.columns.organization") },
      { label: t("dashboard.columns.overdue"), kind: "count" },
      { label: t("dashboard.columns.open"), kind: "count" },
      { label: t("dashboard.columns.inProgress"), kind: "count" },
      { label: t("dashboard.columns.done"), kind: "count" },
    ],
    rows: rows.map((row) => [row.name, row.overdue, row.open, row.inProgress, row.done]),
  };
  return (
    <ChartCard
      name="tindak-lanjut"
      title={t("dashboard.coordination.actionItemsTitle")}
      unit={t("dashboard.coordination.actionItemsUnit")}
      table={table}
      stale={stale}
      empty={rows.length === 0}
      emptyText={t("dashboard.coordination.noActionItems")}
      limit={TABLE_PREVIEW}
      footer={<MoreLink to={paths.actionItems}>{t("dashboard.coordination.actionItemsLink")}</MoreLink>}
    >
      <FigureTile
        label={t("dashboard.coordination.overdue")}
        value={formatCount(overdue)}
        unit={t("dashboard.units.actionItems")}
        detail={regionChosen ? t("dashboard.coordination.notPerArea") : t("dashboard.coordination.asOfToday")}
      />
    </ChartCard>
  );
}
