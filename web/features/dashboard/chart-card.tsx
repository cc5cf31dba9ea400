import {
  ActionIcon,
  Box,
  Button,
  Card,
  Group,
  Menu,
  parseThemeColor,
  Skeleton,
  Stack,
  Text,
  Title,
  useMantineTheme,
} from "@mantine/core";
import { IconDownload, IconFileSpreadsheet, IconPhoto, IconTable } from "@tabler/icons-react";
import { type ReactNode, Suspense, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { csvBlob } from "../../ui/csv-file.ts";
import { notifyError } from "../../ui/notify.ts";
import { saveFile } from "../../ui/save-file.ts";
import { chartToPng } from "../../ui/svg-to-png.ts";
import { useDashboardScope } from "./dashboard-context.ts";
import { DataTable } from "./data-table.tsx";
import { type TableData, tableToCsvRows } from "./table-data.ts";

export type LegendEntry = { label: string; color: string };

type ChartCardProps = {
  /** Short and Indonesian, it names the downloads: "tren" → gugus-dasbor-tren-2024-gambir.png. */
  name: string;
  title: string;
  /** The unit every figure of the card counts, e.g. "Satuan: korban". */
  unit?: string;
  table: TableData;
  /** Series and their theme colours ("teal.7"), drawn into the PNG (the on-screen legend is HTML). */
  legend?: readonly LegendEntry[];
  /** Nothing counted: the card says so instead of drawing an empty chart. */
  empty?: boolean;
  emptyText?: string;
  /** The chart; a card without one shows its table and offers the CSV only. */
  chart?: ReactNode;
  /** Figures above the chart. */
  children?: ReactNode;
  /** Notes and links below. */
  footer?: ReactNode;
  /** Rows a table-only card shows before "show all"; the CSV always holds every row. */
  limit?: number;
  /** While the next period loads the old figures stay, but are not offered for download. */
  stale?: boolean;
};

/**
 * One section of the dashboard: a title with its unit, a chart with the same figures as a table
 * one tap away, and downloads (PNG of the chart, CSV of the table) that carry the period, region,
 * source and cut-off with them.
 */
export function ChartCard(props: ChartCardProps) {
  const { name, title, unit, table, legend, empty, emptyText, chart, children, footer, stale, limit } = props;
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const scope = useDashboardScope();
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const fileName = (extension: string) =>
    `gugus-dasbor-${name}${scope.fileSuffix ? `-${scope.fileSuffix}` : ""}.${extension}`;

  async function downloadPng() {
    const svg = chartRef.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) return;
    // The on-screen legend is HTML laid over the top of the SVG; the picture draws its own.
    const legendBox = chartRef.current?.querySelector(".recharts-legend-wrapper")?.getBoundingClientRect();
    // 20 px are kept: the top tick's label and the highest point's number stand above the plot.
    const skipTop = legendBox ? legendBox.bottom - svg.getBoundingClientRect().top - 20 : 0;
    setDrawing(true);
    try {
      const blob = await chartToPng(svg, {
        title,
        subtitle: [scope.scope, unit].filter(Boolean).join(" · "),
        footer: scope.footer,
        skipTop,
        legend: legend?.map((entry) => ({
          label: entry.label,
          color: parseThemeColor({ color: entry.color, theme }).value,
        })),
      });
      saveFile(blob, fileName("png"));
    } catch (error) {
      notifyError(t("dashboard.card.pngFailed"), error instanceof Error ? error.message : String(error));
    } finally {
      setDrawing(false);
    }
  }

  function downloadCsv() {
    const { header, rows } = tableToCsvRows(table);
    saveFile(csvBlob(header, rows), fileName("csv"));
  }

  const titleId = `${id}-title`;
  const tableId = `${id}-table`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            {unit ? (
              <Text size="sm" c="dimmed">
                {unit}
              </Text>
            ) : null}
          </Stack>
          {empty ? null : (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="default"
                  size="lg"
                  loading={drawing}
                  disabled={stale}
                  aria-label={t("dashboard.card.downloads", { title })}
                >
                  <IconDownload size={18} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {chart ? (
                  <Menu.Item
                    leftSection={<IconPhoto size={16} aria-hidden />}
                    onClick={() => void downloadPng()}
                  >
                    {t("dashboard.card.png")}
                  </Menu.Item>
                ) : null}
                <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={downloadCsv}>
                  {t("dashboard.card.csv")}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {children}
        {empty ? (
          <Text size="sm" py="md">
            {emptyText ?? t("dashboard.card.empty")}
          </Text>
        ) : chart ? (
          <>
            {/* The chart is a picture of the table below; the table is what screen readers read. */}
            <Box ref={chartRef} role="img" aria-label={t("dashboard.card.chartLabel", { title })}>
              <Suspense fallback={<Skeleton height={220} radius="sm" />}>{chart}</Suspense>
            </Box>
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconTable size={16} aria-hidden />}
                aria-expanded={showTable}
                aria-controls={tableId}
                onClick={() => setShowTable((shown) => !shown)}
              >
                {showTable ? t("dashboard.card.hideTable") : t("dashboard.card.showTable")}
              </Button>
            </Group>
            <div id={tableId} hidden={!showTable}>
              <DataTable table={table} caption={title} />
            </div>
          </>
        ) : (
          <DataTable id={tableId} table={table} caption={title} limit={limit} />
        )}
        {footer}
      </Stack>
    </Card>
  );
}
