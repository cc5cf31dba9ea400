import { useTranslation } from "react-i18next";
import type { QuestionKind } from "../../../shared/prevention-tests.ts";

/**
 * The choices a question offers, in order: its own options, or "Benar"/"Salah" in the reader's
 * language for a true/false question (whose answers 0 and 1 mean true and false).
 */
export function useOptionLabels() {
  const { t } = useTranslation();
  return (question: { kind: QuestionKind; options: readonly string[] }): string[] =>
    question.kind === "true_false"
      ? [t("knowledgeTest.true"), t("knowledgeTest.false")]
      : [...question.options];
}
