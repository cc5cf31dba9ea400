import { Alert, Progress, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { useAttendanceRates } from "./coordination-api.ts";

function percent(rate: number | null, language: string): string {
  if (rate === null) return "–";
  return new Intl.NumberFormat(language === "en" ? "en-GB" : "id-ID", {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(rate);
}

/**
 * How often each organisation came to the meetings it was invited to, per year and in all,
 * lowest first: the ones the secretariat should call before the next meeting.
 */
export function AttendanceRates() {
  const { t, i18n } = useTranslation();
  const rates = useAttendanceRates(true);
  if (rates.isPending) return <InlineLoader />;
  if (rates.isError) return <QueryError error={rates.error} onRetry={() => void rates.refetch()} />;
  const { years, rows } = rates.data;
  if (rows.length === 0) return <Alert color="gray">{t("coordination.rates.empty")}</Alert>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("coordination.rates.intro")}
      </Text>
      {/* Focusable, so a keyboard can scroll the table sideways on a phone. */}
      <Table.ScrollContainer
        minWidth={420}
        type="native"
        tabIndex={0}
        role="region"
        aria-label={t("coordination.rates.caption")}
      >
        <Table striped verticalSpacing="xs">
          <Table.Caption>{t("coordination.rates.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("coordination.rates.organization")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("coordination.rates.invited")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("coordination.rates.attended")}
              </Table.Th>
              <Table.Th scope="col">{t("coordination.rates.rate")}</Table.Th>
              {years.map((year) => (
                <Table.Th key={year} scope="col" ta="right">
                  {year}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t("coordination.rates.walkIns")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.organizationId}>
                <Table.Th scope="row" fw={500}>
                  {row.organizationName}
                </Table.Th>
                <Table.Td ta="right">{row.total.invited}</Table.Td>
                <Table.Td ta="right">{row.total.attended}</Table.Td>
                <Table.Td miw={110}>
                  <Text size="sm" fw={700}>
                    {percent(row.total.rate, i18n.language)}
                  </Text>
                  {row.total.rate !== null ? (
                    <Progress
                      value={row.total.rate * 100}
                      size="sm"
                      color={row.total.rate < 0.5 ? "red" : row.total.rate < 0.8 ? "yellow" : "teal"}
                      aria-hidden
                    />
                  ) : null}
                </Table.Td>
                {years.map((year) => {
                  const cell = row.byYear.find((y) => y.year === year);
                  return (
                    <Table.Td key={year} ta="right">
                      {cell && cell.invited > 0 ? `${cell.attended}/${cell.invited}` : "–"}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right">{row.walkIns}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
