import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import { ChartCard } from "./chart-card.tsx";
import type { Series } from "./dashboard-charts.tsx";
import { Columns, HorizontalBars, TrendLines } from "./lazy-charts.ts";
import { formatCount, type TableData } from "./table-data.ts";

type SectionProps = { data: DashboardDto; stale: boolean };

/** A long list (origins, destinations) draws its largest rows; the table and CSV keep them all. */
const CHART_ROWS = 10;

export function TrendSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  const series: Series[] = [
    { name: "victims", label: t("dashboard.columns.victims"), color: "blue.8" },
    { name: "cases", label: t("dashboard.columns.cases"), color: "orange.8" },
  ];
  const table: TableData = {
    columns: [
      { label: t("dashboard.columns.year") },
      { label: t("dashboard.columns.victims"), kind: "count" },
      { label: t("dashboard.columns.victimsChange"), kind: "share" },
      { label: t("dashboard.columns.cases"), kind: "count" },
      { label: t("dashboard.columns.casesChange"), kind: "share" },
    ],
    rows: data.trend.map((row) => [
      String(row.year),
      row.victims,
      row.victimsChange,
      row.cases,
      row.casesChange,
    ]),
  };
  return (
    <ChartCard
      name="tren"
      title={t("dashboard.trend.title")}
      unit={t("dashboard.trend.unit")}
      table={table}
      legend={series}
      stale={stale}
      empty={data.trend.every((row) => row.victims === 0 && row.cases === 0)}
      chart={
        <TrendLines
          data={data.trend.map((row) => ({ year: String(row.year), victims: row.victims, cases: row.cases }))}
          series={series}
          format={formatCount}
        />
      }
    />
  );
}

export function FourCellSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  const sexes = [...new Set(data.fourCell.map((cell) => cell.sex))];
  const ages = (["child", "adult", null] as const).filter((age) =>
    data.fourCell.some((cell) => cell.childStatus === age),
  );
  const sexLabel = (sex: string | null) =>
    sex === "female" || sex === "male" ? t(`dashboard.fourCell.${sex}`) : t("dashboard.fourCell.sexUnknown");
  const ageKey = (age: "child" | "adult" | null) => age ?? "unknown";
  const ageLabel = (age: "child" | "adult" | null) => t(`dashboard.fourCell.${ageKey(age)}`);
  const count = (sex: string | null, age: string | null) =>
    data.fourCell
      .filter((cell) => cell.sex === sex && cell.childStatus === age)
      .reduce((sum, cell) => sum + cell.victims, 0);
  const series: Series[] = ages.map((age) => ({
    name: ageKey(age),
    label: ageLabel(age),
    color: age === "child" ? "grape.8" : age === "adult" ? "cyan.9" : "gray.6",
  }));
  const table: TableData = {
    columns: [
      { label: t("dashboard.columns.sex") },
      ...ages.map((age) => ({ label: ageLabel(age), kind: "count" as const })),
      { label: t("dashboard.columns.total"), kind: "count" },
    ],
    rows: sexes.map((sex) => [
      sexLabel(sex),
      ...ages.map((age) => count(sex, age)),
      ages.reduce((sum, age) => sum + count(sex, age), 0),
    ]),
  };
  return (
    <ChartCard
      name="jenis-kelamin-usia"
      title={t("dashboard.fourCell.title")}
      unit={t("dashboard.units.victimsUnit")}
      table={table}
      legend={series}
      stale={stale}
      empty={data.fourCell.every((cell) => cell.victims === 0)}
      chart={
        <Columns
          dataKey="sex"
          data={sexes.map((sex) => ({
            sex: sexLabel(sex),
            ...Object.fromEntries(ages.map((age) => [ageKey(age), count(sex, age)])),
          }))}
          series={series}
          format={formatCount}
        />
      }
    />
  );
}

type Breakdown = { code: string | null; label: string; victims: number; cases?: number };

type BreakdownProps = {
  stale: boolean;
  name: string;
  title: string;
  rows: Breakdown[];
  labelColumn: string;
  withCases?: boolean;
  color: string;
};

/** Victims by one dimension, largest first, as lying bars. */
function BreakdownCard({ stale, name, title, rows, labelColumn, withCases, color }: BreakdownProps) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => b.victims - a.victims);
  const shown = sorted.filter((row) => row.victims > 0).slice(0, CHART_ROWS);
  const series: Series[] = [{ name: "victims", label: t("dashboard.columns.victims"), color }];
  const table: TableData = {
    columns: [
      { label: labelColumn },
      { label: t("dashboard.columns.victims"), kind: "count" },
      ...(withCases ? [{ label: t("dashboard.columns.cases"), kind: "count" as const }] : []),
    ],
    rows: sorted.map((row) => [row.label, row.victims, ...(withCases ? [row.cases ?? 0] : [])]),
  };
  return (
    <ChartCard
      name={name}
      title={title}
      unit={t("dashboard.units.victimsUnit")}
      table={table}
      stale={stale}
      empty={shown.length === 0}
      chart={
        <HorizontalBars
          data={shown.map((row) => ({ label: row.label, victims: row.victims }))}
          series={series}
          format={formatCount}
        />
      }
    >
      {sorted.length > shown.length && shown.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t("dashboard.card.topRows", { shown: shown.length, total: sorted.length })}
        </Text>
      ) : null}
    </ChartCard>
  );
}

export function ExploitationSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  return (
    <BreakdownCard
      stale={stale}
      name="bentuk-eksploitasi"
      title={t("dashboard.exploitation.title")}
      labelColumn={t("dashboard.columns.exploitation")}
      rows={data.exploitation}
      withCases
      color="red.8"
    />
  );
}

export function OriginSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  return (
    <BreakdownCard
      stale={stale}
      name="daerah-asal"
      title={t("dashboard.origin.title")}
      labelColumn={t("dashboard.columns.origin")}
      rows={data.origin}
      color="indigo.8"
    />
  );
}

export function DestinationSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  return (
    <BreakdownCard
      stale={stale}
      name="negara-tujuan"
      title={t("dashboard.destination.title")}
      labelColumn={t("dashboard.columns.destination")}
      rows={data.destination}
      color="teal.8"
    />
  );
}
