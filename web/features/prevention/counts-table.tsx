import { Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type AgeBand, ageBands, countFieldOf, type ParticipantCounts } from "../../../shared/prevention.ts";

/** Participants by sex and age band, with totals; "perkiraan" when they are counted heads, not names. */
export function CountsTable({ counts, estimate }: { counts: ParticipantCounts; estimate: boolean }) {
  const { t } = useTranslation();
  const row = (band: AgeBand) => counts[countFieldOf("female", band)] + counts[countFieldOf("male", band)];
  const female = ageBands.reduce((sum, band) => sum + counts[countFieldOf("female", band)], 0);
  const male = ageBands.reduce((sum, band) => sum + counts[countFieldOf("male", band)], 0);
  return (
    <>
      <Group gap="xs" mb={4}>
        <Text fw={600}>{t("prevention.counts.title")}</Text>
        <Badge variant="light" color={estimate ? "yellow" : "teal"}>
          {estimate ? t("prevention.counts.estimate") : t("prevention.counts.listed")}
        </Badge>
      </Group>
      <Table.ScrollContainer minWidth={320}>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("prevention.counts.ageBand")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("prevention.sex.female")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("prevention.sex.male")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("prevention.counts.sum")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ageBands.map((band) => (
              <Table.Tr key={band}>
                <Table.Th scope="row" fw={400}>
                  {t(`prevention.ageBands.${band}`)}
                </Table.Th>
                <Table.Td ta="right">{counts[countFieldOf("female", band)]}</Table.Td>
                <Table.Td ta="right">{counts[countFieldOf("male", band)]}</Table.Td>
                <Table.Td ta="right">{row(band)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t("prevention.counts.sum")}</Table.Th>
              <Table.Td ta="right">{female}</Table.Td>
              <Table.Td ta="right">{male}</Table.Td>
              <Table.Td ta="right">{female + male}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
