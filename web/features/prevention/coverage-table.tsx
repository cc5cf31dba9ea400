import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CoverageDto, KelurahanCoverage } from "../../../shared/prevention-coverage.ts";
import { paths } from "../../app/paths.ts";
import { useTerms } from "../complaints/use-terms.ts";

/** "12 (5 perkiraan)": people reached, saying how many of them are estimates. */
function PeopleCell({ row }: { row: Pick<KelurahanCoverage, "peopleReached" | "peopleEstimated"> }) {
  const { t } = useTranslation();
  return (
    <>
      {row.peopleReached.toLocaleString("id-ID")}
      {row.peopleEstimated > 0 ? (
        <Text span size="xs" c="dimmed" display="block">
          {t("prevention.coverage.ofWhichEstimated", { count: row.peopleEstimated })}
        </Text>
      ) : null}
    </>
  );
}

const perThousand = (value: number | null) => (value === null ? "–" : value.toLocaleString("id-ID"));

/**
 * Every kelurahan under its kecamatan, the ones with no held activity in red; from a gap (or
 * any row) the secretariat plans the next activity there in one tap.
 */
export function CoverageTable({ coverage, gapsOnly }: { coverage: CoverageDto; gapsOnly: boolean }) {
  const { t } = useTranslation();
  const targetGroups = useTerms("target_group");
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder aria-label={t("prevention.coverage.tableLabel", { year: coverage.year })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={180}>
              {t("prevention.coverage.kelurahan")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("prevention.coverage.activities")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("prevention.coverage.people")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("prevention.coverage.perThousand")}
            </Table.Th>
            <Table.Th scope="col">{t("prevention.coverage.targetGroups")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("prevention.coverage.schools")}
            </Table.Th>
            {coverage.abilities.plan ? <Table.Th scope="col">{t("common.actions")}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coverage.kecamatan.map((k) => {
            const rows = coverage.kelurahan.filter(
              (l) => l.kecamatanCode === k.code && (!gapsOnly || l.activitiesHeld === 0),
            );
            if (rows.length === 0) return null;
            return (
              <Fragment key={k.code}>
                <Table.Tr bg="var(--mantine-color-gray-1)">
                  <Table.Th scope="rowgroup">
                    {t("prevention.coverage.kecamatanRow", { name: k.name })}
                    <Text span size="xs" c="dimmed" display="block" fw={400}>
                      {t("prevention.coverage.reachedOf", {
                        reached: k.kelurahanReached,
                        total: k.kelurahanCount,
                      })}
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right" fw={700}>
                    {k.activitiesHeld}
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    <PeopleCell row={k} />
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {perThousand(k.perThousand)}
                  </Table.Td>
                  <Table.Td />
                  <Table.Td ta="right" fw={700}>
                    {k.schoolsReached}/{k.schoolCount}
                  </Table.Td>
                  {coverage.abilities.plan ? <Table.Td /> : null}
                </Table.Tr>
                {rows.map((l) => {
                  const gap = l.activitiesHeld === 0;
                  return (
                    <Table.Tr key={l.code} bg={gap ? "var(--mantine-color-red-0)" : undefined}>
                      <Table.Th scope="row" fw={500}>
                        <Group gap={6}>
                          {l.name}
                          {gap ? (
                            <Badge color="red" variant="light" size="sm">
                              {t("prevention.coverage.none")}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Th>
                      <Table.Td ta="right">{l.activitiesHeld}</Table.Td>
                      <Table.Td ta="right">
                        <PeopleCell row={l} />
                      </Table.Td>
                      <Table.Td ta="right">
                        {perThousand(l.perThousand)}
                        {l.population !== null ? (
                          <Text span size="xs" c="dimmed" display="block">
                            {t("prevention.coverage.population", {
                              count: l.population,
                              formatted: l.population.toLocaleString("id-ID"),
                              year: l.populationYear,
                            })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {l.targetGroupCodes.map((code) => targetGroups.label(code)).join(", ") || "–"}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {l.schoolsReached}/{l.schoolCount}
                      </Table.Td>
                      {coverage.abilities.plan ? (
                        <Table.Td>
                          <Button
                            component={Link}
                            to={`${paths.newActivity}?status=planned&regionCode=${encodeURIComponent(l.code)}`}
                            size="xs"
                            variant={gap ? "filled" : "default"}
                            leftSection={<IconCalendarPlus size={14} aria-hidden />}
                            aria-label={t("prevention.coverage.planIn", { name: l.name })}
                          >
                            {t("prevention.coverage.plan")}
                          </Button>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  );
                })}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
