import "@mantine/charts/styles.css";
import { BarChart, LineChart } from "@mantine/charts";
import { useElementSize } from "@mantine/hooks";
import { Text as SvgText, type YAxisTickContentProps } from "recharts";

/**
 * The dashboard's three kinds of chart, in one module so the chart library loads once, after the
 * figures. Every chart is sized for a 360 px phone first: bars lie down so long Indonesian labels
 * wrap beside them, value axes carry few ticks, and each bar carries its number.
 */

export type Series = { name: string; label: string; color: string };
type Row = Record<string, string | number>;

const ROW_HEIGHT = 46;
// Room for "1.250" beside a vertical value axis.
const COUNT_AXIS_WIDTH = 48;
// The legend lists the series in the order given (victims before cases), not alphabetically.
const inSeriesOrder = { itemSorter: null };
// No growing bars: a slow phone draws once, and a PNG taken at once shows the whole figure.
const still = { isAnimationActive: false };
const LINES_PER_LABEL = 3;

/** A category label wrapped onto up to three lines beside its bar, cut with an ellipsis beyond. */
function WrappedTick(props: YAxisTickContentProps & { labelWidth: number }) {
  return (
    <SvgText
      x={Number(props.x) - 4}
      y={props.y}
      width={props.labelWidth}
      maxLines={LINES_PER_LABEL}
      textAnchor="end"
      verticalAnchor="middle"
      fontSize={12}
      fill="currentColor"
    >
      {String(props.payload.value)}
    </SvgText>
  );
}

type HorizontalBarsProps = {
  data: Row[];
  series: Series[];
  format: (value: number) => string;
  /** The value axis's upper end, e.g. 1 for shares; the data's maximum otherwise. */
  max?: number;
  /** Series stacked into one bar (reached and not yet reached), without numbers on the bars. */
  stacked?: boolean;
};

/** Categories down the side, bars across: readable on a phone however long the labels are. */
export function HorizontalBars({ data: allRows, series, format, max, stacked }: HorizontalBarsProps) {
  const { ref, width } = useElementSize();
  // Rows with nothing in them are left to the table: on a phone they only push the others apart.
  const data = allRows.filter((row) => series.some((s) => Number(row[s.name] ?? 0) > 0));
  // The number at the end of the longest bar needs room on the right: about 7 px a character.
  const longestValue = Math.max(
    0,
    ...data.flatMap((row) => series.map((s) => format(Number(row[s.name] ?? 0)).length)),
  );
  // The labels take up to two fifths of the width, never so little that a word is cut in two.
  const axisWidth = Math.min(200, Math.max(96, Math.round(width * 0.4)));
  const legend = series.length > 1;
  const barsPerRow = stacked ? 1 : series.length;
  return (
    <div ref={ref}>
      <BarChart
        h={data.length * ROW_HEIGHT * Math.max(1, barsPerRow * 0.7) + (legend ? 70 : 40)}
        data={data}
        dataKey="label"
        orientation="vertical"
        type={stacked ? "stacked" : "default"}
        series={series}
        valueFormatter={format}
        withBarValueLabel={!stacked}
        barProps={still}
        withLegend={legend}
        legendProps={inSeriesOrder}
        withTooltip={false}
        tickLine="none"
        gridAxis="y"
        yAxisProps={{
          width: axisWidth,
          interval: 0,
          tick: (tick: YAxisTickContentProps) => <WrappedTick {...tick} labelWidth={axisWidth - 8} />,
        }}
        xAxisProps={{ tickCount: 3, allowDecimals: false, domain: [0, max ?? "auto"] }}
        barChartProps={{
          accessibilityLayer: false,
          margin: { right: stacked ? 16 : longestValue * 7 + 12, left: 0 },
        }}
      />
    </div>
  );
}

type ColumnsProps = { data: Row[]; dataKey: string; series: Series[]; format: (value: number) => string };

/** A few categories side by side, each with its series as bars (sex × child or adult). */
export function Columns({ data, dataKey, series, format }: ColumnsProps) {
  return (
    <BarChart
      h={260}
      data={data}
      dataKey={dataKey}
      series={series}
      valueFormatter={format}
      withBarValueLabel
      barProps={still}
      withLegend
      legendProps={inSeriesOrder}
      withTooltip={false}
      tickLine="none"
      gridAxis="x"
      yAxisProps={{ tickCount: 4, allowDecimals: false, width: COUNT_AXIS_WIDTH }}
      xAxisProps={{ interval: 0 }}
      barChartProps={{ accessibilityLayer: false, margin: { top: 16 } }}
    />
  );
}

type TrendProps = { data: Row[]; series: Series[]; format: (value: number) => string };

/** Years across, one line per unit, each point labelled with its number. */
export function TrendLines({ data, series, format }: TrendProps) {
  return (
    <LineChart
      h={260}
      data={data}
      dataKey="year"
      series={series}
      valueFormatter={format}
      curveType="linear"
      withLegend
      legendProps={inSeriesOrder}
      withPointLabels
      lineProps={still}
      tickLine="none"
      gridAxis="x"
      yAxisProps={{ tickCount: 4, allowDecimals: false, width: COUNT_AXIS_WIDTH }}
      xAxisProps={{ interval: 0, padding: { left: 16, right: 16 } }}
      lineChartProps={{ accessibilityLayer: false, margin: { top: 16, right: 8 } }}
    />
  );
}
