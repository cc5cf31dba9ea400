import {
  Accordion,
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconLock, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityDto } from "../../../shared/prevention.ts";
import type { KnowledgeTestDto, TestPhase } from "../../../shared/prevention-tests.ts";
import { ConfirmModal } from "../../ui/confirm-modal.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { useDeleteKnowledgeTest, useKnowledgeTest, useUpdateKnowledgeTest } from "./knowledge-test-api.ts";
import { QuestionEditor } from "./question-editor.tsx";
import { useOptionLabels } from "./question-labels.ts";
import { TestLinkPanel } from "./test-link-panel.tsx";
import { TestResults } from "./test-results.tsx";

type PhaseChoice = TestPhase | "closed";

/**
 * The knowledge test on an activity's page: for the organiser, writing the questions, opening
 * the pre and post phases and sharing the link; for everyone who reads the activity, the scores
 * before and after and what the session changed.
 */
export function KnowledgeTestSection({ activity }: { activity: Pick<ActivityDto, "id" | "title"> }) {
  const { t } = useTranslation();
  const query = useKnowledgeTest(activity.id);
  const [editing, setEditing] = useState(false);
  const test = query.data?.test ?? null;

  let body: React.ReactNode;
  if (query.isPending) body = <InlineLoader />;
  else if (query.error) body = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!test) {
    body = (
      <Stack gap="sm" align="flex-start">
        <Text>{t("knowledgeTest.section.none")}</Text>
        {query.data?.abilities.create ? (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(true)}>
            {t("knowledgeTest.section.create")}
          </Button>
        ) : null}
      </Stack>
    );
  } else
    body = (
      <TestBody
        activityId={activity.id}
        activityTitle={activity.title}
        test={test}
        onEdit={() => setEditing(true)}
      />
    );

  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      radius="md"
      component="section"
      aria-labelledby="knowledge-test-title"
    >
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="knowledge-test-title">
            {t("knowledgeTest.section.title")}
          </Title>
          {test ? (
            <Badge
              color={test.openPhase ? "teal" : "gray"}
              variant="light"
              size="lg"
              data-testid="test-state"
            >
              {test.openPhase
                ? t(`knowledgeTest.phase.${test.openPhase}Open`)
                : t("knowledgeTest.phase.closed")}
            </Badge>
          ) : null}
        </Group>
        {body}
      </Stack>
      {editing ? (
        <QuestionEditor
          activityId={activity.id}
          questions={test?.questions.map(withAnswer) ?? null}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Paper>
  );
}

// Only those who may edit reach the editor, and they always see the correct answers.
const withAnswer = (q: KnowledgeTestDto["questions"][number]) => ({
  ...q,
  correctOption: q.correctOption ?? 0,
});

type TestBodyProps = {
  activityId: string;
  activityTitle: string;
  test: KnowledgeTestDto;
  onEdit: () => void;
};

function TestBody({ activityId, activityTitle, test, onEdit }: TestBodyProps) {
  const { t } = useTranslation();
  const optionsOf = useOptionLabels();
  const update = useUpdateKnowledgeTest(activityId);
  const remove = useDeleteKnowledgeTest(activityId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const runs = test.abilities.update;
  const phase: PhaseChoice = test.openPhase ?? "closed";
  const phaseLabel = test.openPhase
    ? t(`knowledgeTest.phase.${test.openPhase}Open`)
    : t("knowledgeTest.phase.closed");

  function choosePhase(next: PhaseChoice) {
    update.mutate(
      { openPhase: next === "closed" ? null : next },
      {
        onSuccess: () => notifySuccess(t(`knowledgeTest.section.phaseChanged.${next}`)),
        onError: (error) => notifyError(t("knowledgeTest.section.phaseFailed"), error.message),
      },
    );
  }

  return (
    <Stack gap="md">
      {runs ? (
        <Stack gap={6}>
          <Text fw={600} id="test-phase-label">
            {t("knowledgeTest.section.phaseLabel")}
          </Text>
          <SegmentedControl
            fullWidth
            value={phase}
            disabled={update.isPending}
            onChange={(value) => choosePhase(value as PhaseChoice)}
            aria-labelledby="test-phase-label"
            data={[
              { value: "closed", label: t("knowledgeTest.phase.closedShort") },
              { value: "pre", label: t("knowledgeTest.phase.preShort") },
              { value: "post", label: t("knowledgeTest.phase.postShort") },
            ]}
          />
          <Text size="sm" c="dimmed">
            {t("knowledgeTest.section.phaseHint")}
          </Text>
        </Stack>
      ) : null}
      {runs && test.token ? (
        <TestLinkPanel token={test.token} activityTitle={activityTitle} phaseLabel={phaseLabel} />
      ) : null}
      <TestResults test={test} />
      <Accordion variant="contained">
        <Accordion.Item value="questions">
          <Accordion.Control>
            {t("knowledgeTest.section.questions", { count: test.questionCount })}
          </Accordion.Control>
          <Accordion.Panel>
            <List type="ordered" spacing="sm">
              {test.questions.map((q, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a test's questions never move, so the position is their identity.
                <List.Item key={`${i}-${q.prompt}`}>
                  <Text size="sm">{q.prompt}</Text>
                  <Text size="xs" c="dimmed">
                    {optionsOf(q)
                      .map((option, o) => (o === q.correctOption ? `✓ ${option}` : option))
                      .join(" · ")}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      {runs ? (
        <Stack gap="xs">
          {test.locked ? (
            <Alert color="gray" icon={<IconLock aria-hidden />}>
              {t("knowledgeTest.section.locked")}
            </Alert>
          ) : null}
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              disabled={test.locked}
              onClick={onEdit}
            >
              {t("knowledgeTest.section.edit")}
            </Button>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setConfirmDelete(true)}
            >
              {t("knowledgeTest.section.delete")}
            </Button>
          </Group>
        </Stack>
      ) : null}
      <ConfirmModal
        opened={confirmDelete}
        title={t("knowledgeTest.section.deleteTitle")}
        message={t("knowledgeTest.section.deleteMessage", {
          count: test.results.preCount + test.results.postCount,
        })}
        confirmLabel={t("knowledgeTest.section.deleteConfirm")}
        danger
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirmDelete(false);
              notifySuccess(t("knowledgeTest.section.deleted"));
            },
          })
        }
      />
    </Stack>
  );
}
