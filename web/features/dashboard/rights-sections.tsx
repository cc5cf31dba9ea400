import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import { formatRupiah } from "../../ui/format-rupiah.ts";
import { ChartCard } from "./chart-card.tsx";
import type { Series } from "./dashboard-charts.tsx";
import { FigureTile } from "./figure-tile.tsx";
import { HorizontalBars } from "./lazy-charts.ts";
import { formatCount, formatDays, formatShare, type TableData } from "./table-data.ts";

type SectionProps = { data: DashboardDto; stale: boolean };

// Bars of rupiah carry a short figure ("108,9 jt"); the table and the CSV carry the full amount.
const compactRupiah = new Intl.NumberFormat("id-ID", { notation: "compact", maximumFractionDigits: 1 });
const shortRupiah = (value: number) => `Rp ${compactRupiah.format(value)}`;

/** Which services the period's victims received, and how soon the first one came. */
export function ServicesSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  const { rights } = data;
  const { firstService } = rights;
  const services = [...rights.services].sort((a, b) => b.victims - a.victims);
  const series: Series[] = [{ name: "share", label: t("dashboard.columns.share"), color: "teal.8" }];
  const table: TableData = {
    columns: [
      { label: t("dashboard.columns.service") },
      { label: t("dashboard.columns.victims"), kind: "count" },
      { label: t("dashboard.columns.sharePercent"), kind: "share" },
    ],
    rows: services.map((service) => [service.label, service.victims, service.share]),
  };
  return (
    <ChartCard
      name="layanan"
      title={t("dashboard.rights.servicesTitle")}
      unit={t("dashboard.rights.servicesUnit", { victims: formatCount(rights.victims) })}
      table={table}
      stale={stale}
      empty={rights.victims === 0 || services.every((service) => service.victims === 0)}
      emptyText={rights.victims === 0 ? t("dashboard.rights.noVictims") : t("dashboard.rights.noServices")}
      chart={
        <HorizontalBars
          data={services.map((service) => ({ label: service.label, share: service.share ?? 0 }))}
          series={series}
          format={(value) => formatShare(value)}
          max={1}
        />
      }
    >
      <SimpleGrid cols={2} spacing="xs">
        <FigureTile
          label={t("dashboard.rights.medianDays")}
          value={formatDays(firstService.medianDays)}
          unit={firstService.medianDays === null ? undefined : t("dashboard.units.days")}
          detail={t("dashboard.rights.measured", {
            count: firstService.measured,
            formatted: formatCount(firstService.measured),
          })}
        />
        <FigureTile
          label={t("dashboard.rights.within7")}
          value={formatShare(firstService.within7DaysShare)}
          detail={t("dashboard.rights.within7Detail", {
            within: formatCount(firstService.within7Days),
            measured: formatCount(firstService.measured),
          })}
        />
      </SimpleGrid>
    </ChartCard>
  );
}

/** Restitution asked for, awarded by a court and paid, in rupiah. */
export function RestitutionSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  const { restitution } = data.rights;
  const steps = [
    { label: t("dashboard.rights.requested"), amount: restitution.requested },
    { label: t("dashboard.rights.awarded"), amount: restitution.awarded },
    { label: t("dashboard.rights.paid"), amount: restitution.paid },
  ];
  const table: TableData = {
    columns: [
      { label: t("dashboard.columns.step") },
      { label: t("dashboard.columns.rupiah"), kind: "rupiah" },
    ],
    rows: steps.map((step) => [step.label, step.amount]),
  };
  const series: Series[] = [{ name: "amount", label: t("dashboard.columns.rupiah"), color: "yellow.9" }];
  return (
    <ChartCard
      name="restitusi"
      title={t("dashboard.rights.restitutionTitle")}
      unit={t("dashboard.units.rupiahUnit")}
      table={table}
      stale={stale}
      empty={restitution.requested === 0 && restitution.awarded === 0 && restitution.paid === 0}
      emptyText={t("dashboard.rights.noRestitution")}
      chart={
        <HorizontalBars
          data={steps.map((step) => ({ label: step.label, amount: step.amount }))}
          series={series}
          format={shortRupiah}
        />
      }
    >
      <SimpleGrid cols={2} spacing="xs">
        <FigureTile
          label={t("dashboard.rights.restitutionVictims")}
          value={formatCount(restitution.victims)}
          unit={t("dashboard.units.victims")}
        />
        <FigureTile
          label={t("dashboard.rights.paidShare")}
          value={formatShare(restitution.paidShare)}
          detail={t("dashboard.rights.paidDetail", {
            paid: formatRupiah(restitution.paid),
            awarded: formatRupiah(restitution.awarded),
          })}
        />
      </SimpleGrid>
    </ChartCard>
  );
}

/** Where the period's cases stand in the legal process, and how many ended in a conviction. */
export function LegalSection({ data, stale }: SectionProps) {
  const { t } = useTranslation();
  const { legal } = data;
  const series: Series[] = [{ name: "cases", label: t("dashboard.columns.cases"), color: "violet.8" }];
  const table: TableData = {
    columns: [
      { label: t("dashboard.columns.stage") },
      { label: t("dashboard.columns.cases"), kind: "count" },
    ],
    rows: legal.stages.map((stage) => [stage.label, stage.cases]),
  };
  return (
    <ChartCard
      name="proses-hukum"
      title={t("dashboard.legal.title")}
      unit={t("dashboard.units.casesUnit")}
      table={table}
      stale={stale}
      empty={
        legal.stages.every((stage) => stage.cases === 0) && legal.convictions === 0 && legal.acquittals === 0
      }
      emptyText={t("dashboard.legal.empty")}
      chart={
        // Verdicts recorded without a stage leave nothing to draw: the card keeps its table.
        legal.stages.some((stage) => stage.cases > 0) ? (
          <HorizontalBars
            data={legal.stages.map((stage) => ({ label: stage.label, cases: stage.cases }))}
            series={series}
            format={formatCount}
          />
        ) : undefined
      }
    >
      <SimpleGrid cols={2} spacing="xs">
        <FigureTile
          label={t("dashboard.legal.convictions")}
          value={formatCount(legal.convictions)}
          unit={t("dashboard.units.cases")}
        />
        <FigureTile
          label={t("dashboard.legal.acquittals")}
          value={formatCount(legal.acquittals)}
          unit={t("dashboard.units.cases")}
        />
      </SimpleGrid>
    </ChartCard>
  );
}
