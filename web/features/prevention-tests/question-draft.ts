import type { QuestionDto, QuestionInput, QuestionKind } from "../../../shared/prevention-tests.ts";

/** A question as the editor holds it: options always present (kept when switching kinds). */
export type QuestionDraft = {
  kind: QuestionKind;
  prompt: string;
  options: string[];
  correctOption: number | null;
};

export const emptyQuestion = (kind: QuestionKind = "multiple_choice"): QuestionDraft => ({
  kind,
  prompt: "",
  options: kind === "multiple_choice" ? ["", "", ""] : [],
  correctOption: null,
});

export function draftsOf(questions: readonly QuestionDto[] | undefined): QuestionDraft[] {
  if (!questions?.length) return [emptyQuestion()];
  return questions.map((q) => ({
    kind: q.kind,
    prompt: q.prompt,
    options: q.kind === "multiple_choice" ? [...q.options] : [],
    correctOption: q.correctOption,
  }));
}

/**
 * The drafts as the API takes them. Empty option rows are dropped (a phone form offers three
 * blanks; two may be enough) and the correct option follows its row; an unmarked answer is
 * sent as -1 so validation names it. `optionRows` maps each sent option back to its row, so a
 * problem the server names by position lands on the right input.
 */
export function inputOf(drafts: readonly QuestionDraft[]): {
  input: { questions: QuestionInput[] };
  optionRows: number[][];
} {
  const optionRows: number[][] = [];
  const questions = drafts.map((d): QuestionInput => {
    if (d.kind === "true_false") {
      optionRows.push([]);
      return { kind: d.kind, prompt: d.prompt, options: [], correctOption: d.correctOption ?? -1 };
    }
    const kept = d.options.map((text, row) => ({ text, row })).filter((o) => o.text.trim() !== "");
    optionRows.push(kept.map((o) => o.row));
    const correct = kept.findIndex((o) => o.row === d.correctOption);
    return { kind: d.kind, prompt: d.prompt, options: kept.map((o) => o.text), correctOption: correct };
  });
  return { input: { questions }, optionRows };
}

/**
 * "questions.2.options.1" as the editor's own key ("2.options.3" when row 3 was the second
 * option sent); other paths keep their question and field ("2.prompt"); "questions" is "form".
 */
export function draftKeyOf(path: readonly (string | number)[], optionRows: number[][]): string {
  const [, question, field, option] = path;
  if (question === undefined) return "form";
  if (field === "options" && option !== undefined) {
    return `${question}.options.${optionRows[Number(question)]?.[Number(option)] ?? option}`;
  }
  return field === undefined ? `${question}` : `${question}.${String(field)}`;
}
