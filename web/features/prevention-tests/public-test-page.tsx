import { Alert, Badge, Button, Group, Radio, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconAlertCircle, IconRefresh, IconSend, IconZoomQuestion } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { PublicTestDto, TestPhase } from "../../../shared/prevention-tests.ts";
import { isApiError } from "../../app/api-client.ts";
import { PublicPageFrame } from "../../app/layout/public-page-frame.tsx";
import { InlineLoader } from "../../ui/inline-loader.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { type ParticipantMemory, recallParticipant, rememberParticipant } from "./participant-memory.ts";
import { usePublicTest, useSubmitAnswers } from "./public-test-api.ts";
import { TestReceipt } from "./public-test-receipt.tsx";
import { useOptionLabels } from "./question-labels.ts";

/**
 * `/tes/:token`: where participants answer a knowledge test on their own phones, with no account.
 * One question after another with large choices; the phase the organiser opened decides what
 * is asked. Light on purpose: this page loads by itself and pulls nothing else.
 */
export function PublicTestPage() {
  const { t, i18n } = useTranslation();
  const { token = "" } = useParams();
  const test = usePublicTest(token);
  const [memory, setMemory] = useState<ParticipantMemory>(() => recallParticipant(token));

  const remember = (next: ParticipantMemory) => {
    setMemory(next);
    rememberParticipant(token, next);
  };

  const checkAgain = (
    <Button
      variant="default"
      size="md"
      leftSection={<IconRefresh size={18} aria-hidden />}
      loading={test.isFetching}
      onClick={() => void test.refetch()}
    >
      {t("knowledgeTest.public.checkAgain")}
    </Button>
  );

  let body: React.ReactNode;
  if (test.isPending) body = <InlineLoader />;
  else if (isApiError(test.error, "not_found")) {
    body = (
      <Alert
        color="gray"
        icon={<IconZoomQuestion aria-hidden />}
        title={t("knowledgeTest.public.unknownTitle")}
      >
        {test.error.message}
      </Alert>
    );
  } else if (test.error) body = <QueryError error={test.error} onRetry={() => void test.refetch()} />;
  else {
    const data = test.data!;
    const phase = data.openPhase;
    const when = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "id-ID", {
      timeZone: "Asia/Jakarta",
      dateStyle: "long",
    }).format(new Date(data.activityStartsAt));
    body = (
      <Stack gap="lg">
        <Stack gap={4}>
          <Text size="sm" fw={600} c="dimmed">
            {t("knowledgeTest.public.kicker")}
          </Text>
          <Title order={1} size="h2">
            {data.activityTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {when}
          </Text>
          <Group mt={4}>
            <Badge size="lg" color={phase ? "teal" : "gray"} variant="light" data-testid="test-phase">
              {phase ? t(`knowledgeTest.public.open.${phase}`) : t("knowledgeTest.public.closed")}
            </Badge>
          </Group>
        </Stack>
        {memory.postReceipt && (!phase || memory.sent[phase]) ? (
          <TestReceipt
            receipt={memory.postReceipt}
            answers={memory.postAnswers}
            questions={memory.postQuestions ?? []}
          />
        ) : null}
        {!phase ? (
          <Stack gap="sm" align="flex-start">
            <Text>{t("knowledgeTest.public.waitOpen")}</Text>
            {checkAgain}
          </Stack>
        ) : memory.sent[phase] ? (
          phase === "pre" ? (
            <Stack gap="sm" align="flex-start">
              <Alert color="teal" title={t("knowledgeTest.public.preSentTitle")} w="100%">
                {t("knowledgeTest.public.preSent")}
              </Alert>
              {checkAgain}
            </Stack>
          ) : null
        ) : (
          <AnswerForm
            key={phase}
            token={token}
            test={data}
            phase={phase}
            memory={memory}
            onSent={remember}
            onPhaseClosed={() => void test.refetch()}
          />
        )}
      </Stack>
    );
  }
  return <PublicPageFrame>{body}</PublicPageFrame>;
}

type AnswerFormProps = {
  token: string;
  test: PublicTestDto;
  phase: TestPhase;
  memory: ParticipantMemory;
  onSent: (memory: ParticipantMemory) => void;
  onPhaseClosed: () => void;
};

function AnswerForm({ token, test, phase, memory, onSent, onPhaseClosed }: AnswerFormProps) {
  const { t } = useTranslation();
  const optionsOf = useOptionLabels();
  const submit = useSubmitAnswers(token);
  const [nickname, setNickname] = useState(memory.nickname);
  const [answers, setAnswers] = useState<(number | null)[]>(() => test.questions.map(() => null));
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const missing = answers.filter((a) => a === null).length;

  function send(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setProblem(null);
    if (missing > 0) {
      // Bring the first unanswered question into view: on a phone it may be far above.
      document.getElementById(`question-${answers.indexOf(null)}`)?.scrollIntoView({ block: "center" });
      return;
    }
    const chosen = answers as number[];
    submit.mutate(
      { phase, participantKey: memory.key, nickname: nickname.trim() || null, answers: chosen },
      {
        onSuccess: (receipt) =>
          onSent({
            ...memory,
            nickname: nickname.trim(),
            sent: { ...memory.sent, [phase]: true },
            ...(phase === "post"
              ? { postReceipt: receipt, postQuestions: test.questions, postAnswers: chosen }
              : {}),
          }),
        onError: (error) => {
          const reason = isApiError(error, "conflict")
            ? (error.details as { reason?: string } | null)?.reason
            : null;
          // Sent before from this phone (another tab, a double tap): the answers are in.
          if (reason === "already_answered") {
            onSent({ ...memory, nickname: nickname.trim(), sent: { ...memory.sent, [phase]: true } });
          }
          // The organiser moved on: the page shows what is open now, with the message above it.
          if (reason === "phase_closed") onPhaseClosed();
          setProblem(error.message);
        },
      },
    );
  }

  return (
    <form onSubmit={send} noValidate>
      <Stack gap="xl">
        <Text>{t(`knowledgeTest.public.intro.${phase}`, { count: test.questionCount })}</Text>
        <TextInput
          size="md"
          label={t("knowledgeTest.public.nickname")}
          description={t("knowledgeTest.public.nicknameHint")}
          value={nickname}
          maxLength={40}
          autoComplete="off"
          onChange={(event) => setNickname(event.currentTarget.value)}
        />
        {test.questions.map((question, index) => (
          <Radio.Group
            // biome-ignore lint/suspicious/noArrayIndexKey: a test's questions never move, so the position is their identity.
            key={`${index}-${question.prompt}`}
            id={`question-${index}`}
            label={`${index + 1}. ${question.prompt}`}
            size="md"
            styles={{ label: { fontSize: "var(--mantine-font-size-lg)", marginBottom: 8 } }}
            value={answers[index] === null ? null : String(answers[index])}
            onChange={(value) =>
              setAnswers((current) => current.map((a, i) => (i === index ? Number(value) : a)))
            }
            error={tried && answers[index] === null ? t("knowledgeTest.public.answerThis") : undefined}
          >
            <Stack gap="sm">
              {optionsOf(question).map((option, optionIndex) => (
                <Radio.Card key={option} value={String(optionIndex)} p="md" radius="md" mih={52}>
                  <Group wrap="nowrap" gap="md">
                    <Radio.Indicator size="md" />
                    <Text size="md">{option}</Text>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        ))}
        {tried && missing > 0 ? (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {t("knowledgeTest.public.missing", { count: missing })}
          </Alert>
        ) : null}
        {problem ? (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {problem}
          </Alert>
        ) : null}
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={submit.isPending}
          leftSection={<IconSend aria-hidden />}
        >
          {t(`knowledgeTest.public.submit.${phase}`)}
        </Button>
      </Stack>
    </form>
  );
}
