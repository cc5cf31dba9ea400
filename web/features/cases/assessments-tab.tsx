import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { IconClipboardPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AssessmentDto } from "../../../shared/assessments.ts";
import type { CaseDto } from "../../../shared/cases.ts";
import { useFormatDay } from "../../ui/format-day.ts";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { AssessmentForm } from "./assessment-form.tsx";
import { useAssessments } from "./care-api.ts";
import { ChildBadge, RiskBadge } from "./case-badges.tsx";
import { useCasePeople } from "./people-api.ts";

export function AssessmentsTab({ theCase }: { theCase: CaseDto }) {
  const { t } = useTranslation();
  const people = useCasePeople(theCase.id);
  const assessments = useAssessments(theCase.id);
  const [adding, setAdding] = useState<{ casePersonId: string | null } | null>(null);

  if (people.isPending || assessments.isPending) return <InlineLoader />;
  if (people.isError) return <QueryError error={people.error} onRetry={() => void people.refetch()} />;
  if (assessments.isError)
    return <QueryError error={assessments.error} onRetry={() => void assessments.refetch()} />;

  const victims = people.data.items.filter((person) => person.role === "victim");
  const canRecord = theCase.abilities.update && victims.length > 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={640}>
          {t("cases.assessments.intro")}
        </Text>
        {canRecord ? (
          <Button
            leftSection={<IconClipboardPlus size={18} aria-hidden />}
            onClick={() => setAdding({ casePersonId: null })}
          >
            {t("cases.assessments.add")}
          </Button>
        ) : null}
      </Group>
      {victims.length === 0 ? <Text>{t("cases.people.noVictimsYet")}</Text> : null}
      {victims.map((victim) => {
        // The list comes newest first: the first is the victim's current picture.
        const history = assessments.data.items.filter((item) => item.casePersonId === victim.id);
        const [latest, ...earlier] = history;
        return (
          <Card key={victim.id} withBorder component="section" aria-labelledby={`assessment-${victim.id}`}>
            <Group justify="space-between" mb="sm">
              <Group gap="xs">
                <Title order={2} size="h4" ff="monospace" id={`assessment-${victim.id}`}>
                  {victim.code}
                </Title>
                {victim.isChild ? <ChildBadge /> : null}
              </Group>
              {theCase.abilities.update ? (
                <Button size="xs" variant="default" onClick={() => setAdding({ casePersonId: victim.id })}>
                  {t("cases.assessments.addFor", { code: victim.code })}
                </Button>
              ) : null}
            </Group>
            {latest ? (
              <Stack gap="sm">
                <AssessmentView assessment={latest} latest />
                {earlier.length > 0 ? (
                  <details>
                    <summary style={{ cursor: "pointer", minHeight: 32 }}>
                      {t("cases.assessments.history", { count: earlier.length })}
                    </summary>
                    <Stack gap="sm" mt="sm">
                      {earlier.map((item) => (
                        <AssessmentView key={item.id} assessment={item} latest={false} />
                      ))}
                    </Stack>
                  </details>
                ) : null}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t("cases.assessments.none")}
              </Text>
            )}
          </Card>
        );
      })}
      <Modal
        opened={adding !== null}
        onClose={() => setAdding(null)}
        size="lg"
        title={t("cases.assessments.add")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {adding ? (
          <AssessmentForm
            caseId={theCase.id}
            victims={victims}
            casePersonId={adding.casePersonId}
            onDone={() => setAdding(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function AssessmentView({ assessment, latest }: { assessment: AssessmentDto; latest: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Stack
      gap={6}
      pl={latest ? 0 : "sm"}
      style={latest ? undefined : { borderLeft: "2px solid var(--mantine-color-gray-3)" }}
    >
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {latest
            ? t("cases.assessments.latest", { date: formatDay(assessment.assessedOn) })
            : formatDay(assessment.assessedOn)}
        </Text>
        <RiskBadge riskLevel={assessment.riskLevel} />
      </Group>
      {assessment.needs.length > 0 ? (
        <Group gap={4}>
          {assessment.needs.map((need) => (
            <Badge key={need} variant="light" color="blue">
              {t(`cases.needs.${need}`)}
            </Badge>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t("cases.assessments.noNeeds")}
        </Text>
      )}
      {assessment.notes ? (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {assessment.notes}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {t("cases.assessments.by", { name: assessment.assessedByName ?? t("cases.timeline.system") })}
      </Text>
    </Stack>
  );
}
