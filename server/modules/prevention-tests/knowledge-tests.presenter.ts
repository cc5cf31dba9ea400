import type { KnowledgeTestDto, TestPhase } from "../../../shared/prevention-tests.ts";
import { decryptField } from "../../lib/crypto/field-encryption.ts";
import type { Keyring } from "../../lib/crypto/keyring.ts";
import type { KnowledgeTestRow, ResponseRow } from "./knowledge-tests.repository.ts";
import { participantScores, type ScoredSheet, testResults } from "./test-scoring.ts";

/** Where a participant's nickname is bound (see server/db/encrypted-columns.ts). */
export const nicknameContext = (responseId: string) => `knowledge_test_responses.nickname:${responseId}`;

/** The answer sheets with their nicknames opened, for pairing and for the organiser's list. */
export function openSheets(keyring: Keyring, rows: readonly ResponseRow[]): ScoredSheet[] {
  return rows.map((r) => ({
    phase: r.phase as TestPhase,
    participantKeyHash: r.participantKeyHash,
    nickname: r.nicknameEnc ? decryptField(keyring, r.nicknameEnc, nicknameContext(r.id)) : null,
    answers: r.answers,
    correctCount: r.correctCount,
    questionCount: r.questionCount,
    submittedAt: r.submittedAt,
  }));
}

/**
 * A test as the activity page shows it. Those who run the activity (`runs`) get the link's
 * token, the correct answers and each participant's scores; other readers see the questions
 * and the aggregate results only.
 */
export function presentKnowledgeTest(
  test: KnowledgeTestRow,
  sheets: readonly ScoredSheet[],
  runs: boolean,
): KnowledgeTestDto {
  return {
    id: test.id,
    activityId: test.activityId,
    token: runs ? test.token : null,
    questionCount: test.questions.length,
    questions: test.questions.map((q) => ({ ...q, correctOption: runs ? q.correctOption : null })),
    openPhase: (test.openPhase as TestPhase | null) ?? null,
    locked: sheets.length > 0,
    results: testResults(test.questions, sheets),
    participants: runs ? participantScores(sheets) : null,
    createdAt: test.createdAt.toISOString(),
    updatedAt: test.updatedAt.toISOString(),
    abilities: { update: runs },
  };
}
