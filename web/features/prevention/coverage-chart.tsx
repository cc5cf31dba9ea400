import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { KecamatanCoverage } from "../../../shared/prevention-coverage.ts";

/**
 * Per kecamatan, its kelurahan reached and not yet reached, stacked: the gaps stand out at a
 * glance. The table below carries the same figures for screen readers and exact reading.
 */
export function CoverageChart({ kecamatan }: { kecamatan: KecamatanCoverage[] }) {
  const { t } = useTranslation();
  const data = kecamatan.map((k) => ({
    kecamatan: k.name,
    reached: k.kelurahanReached,
    gap: k.kelurahanCount - k.kelurahanReached,
  }));
  return (
    <figure style={{ margin: 0 }}>
      <BarChart
        h={Math.max(220, kecamatan.length * 34)}
        data={data}
        dataKey="kecamatan"
        orientation="vertical"
        type="stacked"
        yAxisProps={{ width: 110 }}
        series={[
          { name: "reached", label: t("prevention.coverage.chartReached"), color: "teal.7" },
          { name: "gap", label: t("prevention.coverage.chartGap"), color: "red.3" },
        ]}
        withLegend
        tickLine="none"
        gridAxis="x"
        // The table carries the figures for keyboards and screen readers: the chart takes no focus.
        barChartProps={{ accessibilityLayer: false }}
        aria-hidden
      />
      <Text component="figcaption" size="sm" c="dimmed" mt={4}>
        {t("prevention.coverage.chartCaption")}
      </Text>
    </figure>
  );
}
