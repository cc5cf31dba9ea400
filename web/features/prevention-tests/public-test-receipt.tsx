import { Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { PublicTestDto, TestReceiptDto } from "../../../shared/prevention-tests.ts";
import { useOptionLabels } from "./question-labels.ts";

type TestReceiptProps = {
  receipt: TestReceiptDto;
  answers: number[] | null;
  // Only while a phase is open does the page have the questions to show beside the answers.
  questions: PublicTestDto["questions"];
};

/** The participant's score after the post test, and which answers were right. */
export function TestReceipt({ receipt, answers, questions }: TestReceiptProps) {
  const { t, i18n } = useTranslation();
  const optionsOf = useOptionLabels();
  const score = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "id-ID", {
    maximumFractionDigits: 1,
  }).format(receipt.score ?? 0);
  return (
    <Paper withBorder p="md" radius="md" bg="teal.0">
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600}>{t("knowledgeTest.public.thanks")}</Text>
          <Title order={2} size="h1" data-testid="test-score">
            {t("knowledgeTest.public.score", { score })}
          </Title>
          <Text>
            {t("knowledgeTest.public.correctCount", {
              correct: receipt.correctCount ?? 0,
              total: receipt.questionCount,
            })}
          </Text>
        </Stack>
        {receipt.review && questions.length === receipt.review.length ? (
          <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
            {receipt.review.map((item, i) => {
              const options = optionsOf(questions[i]!);
              const mine = answers?.[i];
              return (
                <Stack key={questions[i]!.prompt} component="li" gap={2}>
                  <Text fw={600}>
                    <ThemeIcon
                      size="sm"
                      radius="xl"
                      color={item.correct ? "teal" : "red"}
                      mr={6}
                      style={{ verticalAlign: "middle" }}
                      role="img"
                      aria-label={
                        item.correct ? t("knowledgeTest.public.right") : t("knowledgeTest.public.wrong")
                      }
                    >
                      {item.correct ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
                    </ThemeIcon>
                    {i + 1}. {questions[i]!.prompt}
                  </Text>
                  {!item.correct && mine !== undefined ? (
                    <Text size="sm">
                      {t("knowledgeTest.public.yourAnswer", { answer: options[mine] ?? "–" })}
                    </Text>
                  ) : null}
                  <Text size="sm">
                    {t("knowledgeTest.public.rightAnswer", { answer: options[item.correctOption] ?? "–" })}
                  </Text>
                </Stack>
              );
            })}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
