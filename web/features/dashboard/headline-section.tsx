import { Card, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { DashboardDto } from "../../../shared/dashboard.ts";
import { formatCount, formatShare } from "./table-data.ts";

type Change = { previous: number | null; current: number };

/** "Naik 12%": the change against the same days a year earlier, or what stands in for it. */
function ChangeLine({ previous, current }: Change) {
  const { t } = useTranslation();
  if (previous === null) return null;
  const formatted = formatCount(previous);
  let text: string;
  let Icon = IconArrowRight;
  if (previous === current) text = t("dashboard.headline.same", { previous: formatted });
  else if (previous === 0) {
    Icon = IconArrowUpRight;
    text = t("dashboard.headline.fromZero");
  } else {
    const change = Math.abs(current - previous) / previous;
    Icon = current > previous ? IconArrowUpRight : IconArrowDownRight;
    text = t(current > previous ? "dashboard.headline.up" : "dashboard.headline.down", {
      percent: formatShare(change),
      previous: formatted,
    });
  }
  // More victims found is not plainly bad (better identification) nor fewer plainly good: the
  // arrow says the direction in a neutral colour and the words say the rest.
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Icon size={18} aria-hidden style={{ flexShrink: 0, marginTop: 1 }} />
      <Text size="sm">{text}</Text>
    </Group>
  );
}

function Figure({
  label,
  value,
  unit,
  change,
}: {
  label: string;
  value: number;
  unit: string;
  change: Change;
}) {
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={label}>
      <Text size="sm" c="dimmed" aria-hidden>
        {label}
      </Text>
      <Group gap={6} align="baseline">
        <Text fz={32} fw={700} lh={1.2}>
          {formatCount(value)}
        </Text>
        <Text size="md">{unit}</Text>
      </Group>
      <ChangeLine {...change} />
    </Paper>
  );
}

function ZeroCase({ zeroCase }: { zeroCase: DashboardDto["zeroCase"] }) {
  const { t } = useTranslation();
  const without = t("dashboard.headline.kelurahanWithout", {
    count: zeroCase.kelurahanWithoutCases,
    total: zeroCase.kelurahanTotal,
  });
  const share = zeroCase.kelurahanTotal > 0 ? zeroCase.kelurahanWithoutCases / zeroCase.kelurahanTotal : 0;
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {t("dashboard.headline.zeroCase", { year: zeroCase.year })}
      </Text>
      <Text fw={700} fz="lg">
        {without}
      </Text>
      <Progress value={Math.round(share * 100)} color="teal.8" size="lg" my={6} aria-label={without} />
      <Text size="sm">
        {t("dashboard.headline.casesThisYear", {
          year: zeroCase.year,
          cases: formatCount(zeroCase.cases),
          previousYear: zeroCase.year - 1,
          previous: formatCount(zeroCase.previousCases),
        })}
      </Text>
      {zeroCase.kelurahanWithCases.length > 0 ? (
        <details>
          <summary>
            <Text span size="sm">
              {t("dashboard.headline.withCases", { count: zeroCase.kelurahanWithCases.length })}
            </Text>
          </summary>
          <List size="sm" mt={4}>
            {zeroCase.kelurahanWithCases.map((k) => (
              <List.Item key={k.code}>
                {t("dashboard.headline.kelurahanCases", { name: k.name, cases: formatCount(k.cases) })}
              </List.Item>
            ))}
          </List>
        </details>
      ) : null}
    </Paper>
  );
}

type HeadlineProps = {
  data: DashboardDto;
  previous: { victims: number | null; cases: number | null };
};

/** The three figures leadership asks for first: victims, cases, and how close the area is to zero cases. */
export function HeadlineSection({ data, previous }: HeadlineProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="dashboard-headline-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dashboard-headline-title">
          {t("dashboard.headline.title")}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Figure
            label={t("dashboard.headline.victims")}
            value={data.totals.victims}
            unit={t("dashboard.units.victims")}
            change={{ previous: previous.victims, current: data.totals.victims }}
          />
          <Figure
            label={t("dashboard.headline.cases")}
            value={data.totals.cases}
            unit={t("dashboard.units.cases")}
            change={{ previous: previous.cases, current: data.totals.cases }}
          />
          <ZeroCase zeroCase={data.zeroCase} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
