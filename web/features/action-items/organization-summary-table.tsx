import { Anchor, Badge, ScrollArea, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OrganizationSummaryDto } from "../../../shared/action-items.ts";

type Props = {
  summary: OrganizationSummaryDto;
  /** Opens the list of one organisation's items. */
  onPick: (organizationId: string) => void;
};

/** Per owner organisation: open, under way, overdue, done and the share done on time. */
export function OrganizationSummaryTable({ summary, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "id-ID", {
    style: "percent",
    maximumFractionDigits: 0,
  });
  if (summary.rows.length === 0) return <Text py="md">{t("followUp.summary.empty")}</Text>;
  return (
    <ScrollArea type="auto" offsetScrollbars="x">
      <Table striped highlightOnHover miw={560} captionSide="top">
        <Table.Caption>{t("followUp.summary.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("followUp.summary.organization")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("followUp.status.open")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("followUp.status.in_progress")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("followUp.summary.overdue")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("followUp.status.done")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("followUp.summary.onTime")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.rows.map((row) => (
            <Table.Tr key={row.organization.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onPick(row.organization.id)}
                  ta="left"
                >
                  {row.organization.shortName ?? row.organization.name}
                </Anchor>
              </Table.Th>
              <Table.Td ta="right">{row.open}</Table.Td>
              <Table.Td ta="right">{row.inProgress}</Table.Td>
              <Table.Td ta="right">
                {row.overdue > 0 ? (
                  <Badge color="red.8" variant="filled">
                    {row.overdue}
                  </Badge>
                ) : (
                  0
                )}
              </Table.Td>
              <Table.Td ta="right">{row.done}</Table.Td>
              <Table.Td ta="right">{row.onTimeRate === null ? "—" : percent.format(row.onTimeRate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
