import { index, integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import type { QuestionDto } from "../../../shared/prevention-tests.ts";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { preventionActivities } from "./prevention.ts";
import { users } from "./users.ts";

/**
 * Tes pengetahuan of an activity (at most one). The questions are kept whole as JSON: they are
 * written and locked as a set, and answers refer to them by position, which is why they cannot
 * change once the first answer is in.
 */
export const knowledgeTests = pgTable(
  "knowledge_tests",
  {
    id: uuidPk(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => preventionActivities.id, { onDelete: "cascade" }),
    // Security: the secret of the public link (128 random bits); whoever has it may answer.
    token: text("token").notNull(),
    questions: jsonb("questions").$type<QuestionDto[]>().notNull(),
    openPhase: text("open_phase"), // pre | post | null (closed)
    createdById: uuid("created_by_id").references(() => users.id),
    updatedById: uuid("updated_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("knowledge_tests_activity_key").on(t.activityId),
    unique("knowledge_tests_token_key").on(t.token),
    index("knowledge_tests_created_by_idx").on(t.createdById),
    index("knowledge_tests_updated_by_idx").on(t.updatedById),
  ],
);

/**
 * One participant's answers in one phase. No account and no personal data: the participant is
 * a random key their browser keeps (stored here only as a hash), and an optional nickname they
 * typed, encrypted because people do type their full name.
 */
export const knowledgeTestResponses = pgTable(
  "knowledge_test_responses",
  {
    id: uuidPk(),
    testId: uuid("test_id")
      .notNull()
      .references(() => knowledgeTests.id, { onDelete: "cascade" }),
    phase: text("phase").notNull(), // pre | post
    participantKeyHash: text("participant_key_hash").notNull(),
    nicknameEnc: text("nickname_enc"),
    // The option chosen for each question, by position.
    answers: integer("answers").array().notNull(),
    correctCount: integer("correct_count").notNull(),
    questionCount: integer("question_count").notNull(),
    submittedAt: ts("submitted_at").notNull(),
  },
  (t) => [
    // One answer sheet per participant and phase; also the index of the foreign key.
    unique("knowledge_test_responses_participant_key").on(t.testId, t.phase, t.participantKeyHash),
  ],
);
