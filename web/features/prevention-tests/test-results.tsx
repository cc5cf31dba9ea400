import { Accordion, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { KnowledgeTestDto } from "../../../shared/prevention-tests.ts";

/** Numbers as the reader writes them: "37,5" in Indonesian, "37.5" in English. */
function useNumbers() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "id-ID", {
    maximumFractionDigits: 1,
  });
  return {
    percent: (value: number | null) => (value === null ? "–" : `${format.format(value)}%`),
    points: (value: number | null) =>
      value === null ? "–" : `${value > 0 ? "+" : ""}${format.format(value)}`,
  };
}

function Figure({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} data-testid={testId}>
        {value}
      </Text>
      {detail ? <Text size="sm">{detail}</Text> : null}
    </Paper>
  );
}

/** What the test shows about the activity: averages before and after, the gain, each question. */
export function TestResults({ test }: { test: KnowledgeTestDto }) {
  const { t } = useTranslation();
  const { percent, points } = useNumbers();
  const r = test.results;
  if (r.preCount + r.postCount === 0) {
    return <Text c="dimmed">{t("knowledgeTest.results.none")}</Text>;
  }
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure
          label={t("knowledgeTest.results.pre")}
          value={percent(r.averagePre)}
          detail={t("knowledgeTest.results.responses", { count: r.preCount })}
          testId="average-pre"
        />
        <Figure
          label={t("knowledgeTest.results.post")}
          value={percent(r.averagePost)}
          detail={t("knowledgeTest.results.responses", { count: r.postCount })}
          testId="average-post"
        />
        <Figure
          label={t("knowledgeTest.results.gain")}
          value={points(r.averageGain)}
          detail={t("knowledgeTest.results.pointsUnit")}
          testId="average-gain"
        />
        <Figure
          label={t("knowledgeTest.results.pairedGain")}
          value={points(r.averagePairedGain)}
          detail={t("knowledgeTest.results.paired", { count: r.pairedCount })}
          testId="paired-gain"
        />
      </SimpleGrid>
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
        {test.questions.map((q, i) => {
          const shares = r.questions[i];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a test's questions never move, so the position is their identity.
            <Stack key={`${i}-${q.prompt}`} component="li" gap={4}>
              <Text size="sm" fw={600}>
                {i + 1}. {q.prompt}
              </Text>
              {(["pre", "post"] as const).map((phase) => {
                const value = phase === "pre" ? shares?.preCorrect : shares?.postCorrect;
                const label = t(`knowledgeTest.results.correct.${phase}`, { value: percent(value ?? null) });
                return (
                  <Group key={phase} gap="xs" wrap="nowrap">
                    <Text size="xs" w={130} style={{ flexShrink: 0 }}>
                      {label}
                    </Text>
                    <Progress
                      value={value ?? 0}
                      color={phase === "pre" ? "gray.5" : "teal"}
                      size="lg"
                      style={{ flex: 1 }}
                      aria-label={label}
                    />
                  </Group>
                );
              })}
            </Stack>
          );
        })}
      </Stack>
      {test.participants && test.participants.length > 0 ? (
        <Accordion variant="contained">
          <Accordion.Item value="participants">
            <Accordion.Control>
              {t("knowledgeTest.results.participants", { count: test.participants.length })}
            </Accordion.Control>
            <Accordion.Panel>
              <Table.ScrollContainer minWidth={320}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("knowledgeTest.results.nickname")}</Table.Th>
                      <Table.Th ta="right">{t("knowledgeTest.results.preShort")}</Table.Th>
                      <Table.Th ta="right">{t("knowledgeTest.results.postShort")}</Table.Th>
                      <Table.Th ta="right">{t("knowledgeTest.results.gainShort")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {test.participants.map((p, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own.
                      <Table.Tr key={i}>
                        <Table.Td>{p.nickname ?? t("knowledgeTest.results.anonymous")}</Table.Td>
                        <Table.Td ta="right">{percent(p.pre)}</Table.Td>
                        <Table.Td ta="right">{percent(p.post)}</Table.Td>
                        <Table.Td ta="right">{points(p.gain)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      ) : null}
    </Stack>
  );
}
