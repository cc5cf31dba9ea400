import { z } from "zod";
import { listActivitiesQuerySchema } from "./prevention.ts";

/**
 * Tes pengetahuan: a few questions an activity's participants answer on their own phones before
 * (pre) and after (post) the session, so the organiser can show what the session taught.
 */
export const questionKinds = ["multiple_choice", "true_false"] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const testPhases = ["pre", "post"] as const;
export type TestPhase = (typeof testPhases)[number];

export const MAX_QUESTIONS = 20;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 5;
/** A true/false question's answers are indexes like a multiple-choice one's: 0 true, 1 false. */
export const TRUE_ANSWER = 0;
export const FALSE_ANSWER = 1;

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * One question as the organiser writes it. Both kinds share one shape, so the form and the
 * stored record stay simple: a true/false question has no options of its own (the page shows
 * "Benar"/"Salah" in the reader's language) and its correct option is 0 (true) or 1 (false).
 */
export const questionInputSchema = z
  .strictObject({
    kind: z.enum(questionKinds),
    prompt: text(500),
    options: z.array(text(200)).max(MAX_OPTIONS).default([]),
    correctOption: z
      .number()
      .int()
      .min(0)
      .max(MAX_OPTIONS - 1),
  })
  .superRefine((q, ctx) => {
    if (q.kind === "true_false") {
      if (q.options.length > 0)
        ctx.addIssue({ code: "custom", message: "knowledge_test.true_false_no_options", path: ["options"] });
      if (q.correctOption > FALSE_ANSWER)
        ctx.addIssue({
          code: "custom",
          message: "knowledge_test.true_false_answer",
          path: ["correctOption"],
        });
      return;
    }
    if (q.options.length < MIN_OPTIONS) {
      ctx.addIssue({ code: "custom", message: "knowledge_test.options_count", path: ["options"] });
      return;
    }
    if (q.correctOption >= q.options.length)
      ctx.addIssue({
        code: "custom",
        message: "knowledge_test.correct_option_missing",
        path: ["correctOption"],
      });
    const seen = new Set<string>();
    q.options.forEach((option, i) => {
      const key = option.toLocaleLowerCase("id").replace(/\s+/g, " ");
      if (seen.has(key))
        ctx.addIssue({ code: "custom", message: "knowledge_test.duplicate_option", path: ["options", i] });
      seen.add(key);
    });
  });
export type QuestionInput = z.infer<typeof questionInputSchema>;

const questionsSchema = z.array(questionInputSchema).min(1).max(MAX_QUESTIONS);

export const createKnowledgeTestInputSchema = z.strictObject({ questions: questionsSchema });
export type CreateKnowledgeTestInput = z.infer<typeof createKnowledgeTestInputSchema>;

/**
 * A change: the questions (only while nobody has answered), and/or which phase is open. Opening
 * one phase closes the other; null closes both.
 */
export const updateKnowledgeTestInputSchema = z
  .strictObject({
    questions: questionsSchema.optional(),
    openPhase: z.enum(testPhases).nullable().optional(),
  })
  .refine((input) => input.questions !== undefined || input.openPhase !== undefined, {
    message: "knowledge_test.nothing_to_change",
    path: ["openPhase"],
  });
export type UpdateKnowledgeTestInput = z.infer<typeof updateKnowledgeTestInputSchema>;

export const questionSchema = z.object({
  kind: z.enum(questionKinds),
  prompt: z.string(),
  options: z.array(z.string()),
  correctOption: z.number().int(),
});
export type QuestionDto = z.infer<typeof questionSchema>;

/** Percentages (0–100, one decimal); null where nobody answered yet. */
const percent = z.number().nullable();

export const knowledgeTestResultsSchema = z.object({
  preCount: z.number().int(),
  postCount: z.number().int(),
  // Participants whose pre and post answers are known to be the same person's.
  pairedCount: z.number().int(),
  averagePre: percent,
  averagePost: percent,
  // Average post score minus average pre score, over everyone who answered.
  averageGain: percent,
  // The average of each paired participant's own gain.
  averagePairedGain: percent,
  questions: z.array(z.object({ preCorrect: percent, postCorrect: percent })),
});
export type KnowledgeTestResults = z.infer<typeof knowledgeTestResultsSchema>;

/** One participant's scores, for the organiser; the nickname is whatever they chose to type. */
export const testParticipantSchema = z.object({
  nickname: z.string().nullable(),
  pre: percent,
  post: percent,
  gain: percent,
});
export type TestParticipantDto = z.infer<typeof testParticipantSchema>;

export const knowledgeTestSchema = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  // The secret of the public link /tes/<token>; only those who run the activity see it.
  token: z.string().nullable(),
  questionCount: z.number().int(),
  // With the correct answers for those who run the activity; without them for other readers.
  questions: z.array(questionSchema.extend({ correctOption: z.number().int().nullable() })),
  openPhase: z.enum(testPhases).nullable(),
  // Questions can no longer change once someone has answered.
  locked: z.boolean(),
  results: knowledgeTestResultsSchema,
  // Only for those who run the activity.
  participants: z.array(testParticipantSchema).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: z.object({ update: z.boolean() }),
});
export type KnowledgeTestDto = z.infer<typeof knowledgeTestSchema>;

export const knowledgeTestEnvelopeSchema = z.object({
  test: knowledgeTestSchema.nullable(),
  abilities: z.object({ create: z.boolean() }),
});
export type KnowledgeTestEnvelope = z.infer<typeof knowledgeTestEnvelopeSchema>;

// --- the public page ---

/** 128 random bits in base64url, as the server issues them (22 characters). */
export const testTokenParamsSchema = z.strictObject({ token: z.string().min(1).max(64) });

/** What a participant sees: the activity's name and the questions, never the answers. */
export const publicTestSchema = z.object({
  activityTitle: z.string(),
  activityStartsAt: z.iso.datetime(),
  openPhase: z.enum(testPhases).nullable(),
  questionCount: z.number().int(),
  // Only while a phase is open.
  questions: z.array(
    z.object({ kind: z.enum(questionKinds), prompt: z.string(), options: z.array(z.string()) }),
  ),
});
export type PublicTestDto = z.infer<typeof publicTestSchema>;

export const submitTestAnswersInputSchema = z.strictObject({
  phase: z.enum(testPhases),
  // A random key the participant's browser keeps, so their pre and post answers pair up.
  participantKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  nickname: z.string().trim().max(40).nullish(),
  answers: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(MAX_OPTIONS - 1),
    )
    .min(1)
    .max(MAX_QUESTIONS),
});
export type SubmitTestAnswersInput = z.infer<typeof submitTestAnswersInputSchema>;

/**
 * After the pre test the participant learns only that it arrived; after the post test, their
 * score and, per question, whether they were right and which option was.
 */
export const testReceiptSchema = z.object({
  phase: z.enum(testPhases),
  score: percent,
  correctCount: z.number().int().nullable(),
  questionCount: z.number().int(),
  review: z.array(z.object({ correct: z.boolean(), correctOption: z.number().int() })).nullable(),
});
export type TestReceiptDto = z.infer<typeof testReceiptSchema>;

/** A score as a percentage with one decimal. */
export function scorePercent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct * 1000) / total) / 10;
}

// --- exports and the report ---

export const exportFormats = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * The language of a file, when it should differ from the request's Accept-Language (a download
 * started by a link carries the browser's language, not the app's).
 */
export const reportLanguages = ["id", "en"] as const;
export type ReportLanguage = (typeof reportLanguages)[number];
const lang = z.enum(reportLanguages).optional();

/** The activity list's filters, the file format and its language. */
export const exportActivitiesQuerySchema = listActivitiesQuerySchema
  .omit({ cursor: true, limit: true })
  .extend({ format: z.enum(exportFormats), lang });
export type ExportActivitiesQuery = z.infer<typeof exportActivitiesQuerySchema>;

export const exportAttendanceQuerySchema = z.strictObject({ format: z.enum(exportFormats), lang });
export type ExportAttendanceQuery = z.infer<typeof exportAttendanceQuerySchema>;

export const activityReportQuerySchema = z.strictObject({ lang });
