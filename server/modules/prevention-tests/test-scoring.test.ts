import { describe, expect, it } from "vitest";
import type { QuestionDto, TestPhase } from "../../../shared/prevention-tests.ts";
import { pairSheets, participantScores, type ScoredSheet, testResults } from "./test-scoring.ts";

const questions: QuestionDto[] = [
  { kind: "true_false", prompt: "P1", options: [], correctOption: 0 },
  { kind: "true_false", prompt: "P2", options: [], correctOption: 1 },
  { kind: "multiple_choice", prompt: "P3", options: ["a", "b", "c"], correctOption: 2 },
];

let clock = 0;
function sheet(
  phase: TestPhase,
  key: string,
  answers: number[],
  nickname: string | null = null,
): ScoredSheet {
  const correctCount = answers.filter((a, i) => a === questions[i]!.correctOption).length;
  return {
    phase,
    participantKeyHash: key,
    nickname,
    answers,
    correctCount,
    questionCount: questions.length,
    submittedAt: new Date(Date.UTC(2026, 2, 10, 2, clock++)),
  };
}

describe("pairing a participant's pre and post answers", () => {
  it("pairs by the browser's key first", () => {
    const pairs = pairSheets([sheet("pre", "k1", [0, 0, 0]), sheet("post", "k1", [0, 1, 2])]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.pre?.participantKeyHash).toBe("k1");
    expect(pairs[0]!.post?.participantKeyHash).toBe("k1");
  });

  it("pairs a phone that lost its key by a nickname only one unpaired sheet of each phase carries", () => {
    const pairs = pairSheets([
      sheet("pre", "k1", [0, 0, 0], "Dewi S."),
      sheet("post", "k9", [0, 1, 2], "  dewi s "),
      sheet("pre", "k2", [0, 0, 0], "Budi"),
      sheet("pre", "k3", [1, 0, 0], "budi"),
      sheet("post", "k8", [0, 1, 0], "Budi"),
    ]);
    const dewi = pairs.find((p) => p.pre?.participantKeyHash === "k1")!;
    expect(dewi.post?.participantKeyHash).toBe("k9");
    // Two pre-test "Budi"s: which one answered the post test cannot be told, so none is paired.
    expect(pairs.filter((p) => p.pre && p.post)).toHaveLength(1);
    expect(pairs).toHaveLength(4);
  });

  it("never pairs a sheet already paired by key with another by nickname", () => {
    const pairs = pairSheets([
      sheet("pre", "k1", [0, 0, 0], "Ani"),
      sheet("post", "k1", [0, 1, 2], "Ani"),
      sheet("post", "k2", [0, 1, 2], "Ani"),
    ]);
    expect(pairs.filter((p) => p.pre && p.post).map((p) => p.post!.participantKeyHash)).toEqual(["k1"]);
    expect(pairs.filter((p) => !p.pre).map((p) => p.post!.participantKeyHash)).toEqual(["k2"]);
  });
});

describe("the results of a test", () => {
  it("are empty, not zero, before anyone answers", () => {
    expect(testResults(questions, [])).toEqual({
      preCount: 0,
      postCount: 0,
      pairedCount: 0,
      averagePre: null,
      averagePost: null,
      averageGain: null,
      averagePairedGain: null,
      questions: [
        { preCorrect: null, postCorrect: null },
        { preCorrect: null, postCorrect: null },
        { preCorrect: null, postCorrect: null },
      ],
    });
  });

  it("average exact scores and round once, at the end", () => {
    // 1/3, 2/3 and 3/3: 33.33…, 66.66…, 100; the mean is 66.66… → 66.7, not the mean of rounded values.
    const results = testResults(questions, [
      sheet("pre", "k1", [0, 0, 0]),
      sheet("pre", "k2", [0, 1, 0]),
      sheet("pre", "k3", [0, 1, 2]),
      sheet("post", "k1", [0, 1, 2]),
    ]);
    expect(results.averagePre).toBe(66.7);
    expect(results.averagePost).toBe(100);
    expect(results.averageGain).toBe(33.3);
    // k1 went from 1/3 to 3/3.
    expect(results.averagePairedGain).toBe(66.7);
    expect(results.questions).toEqual([
      { preCorrect: 100, postCorrect: 100 },
      { preCorrect: 66.7, postCorrect: 100 },
      { preCorrect: 33.3, postCorrect: 100 },
    ]);
  });

  it("list paired participants first, then the others in the order they answered", () => {
    const scores = participantScores([
      sheet("pre", "k1", [0, 0, 0], "Satu"),
      sheet("pre", "k2", [0, 1, 2], "Dua"),
      sheet("post", "k3", [0, 1, 2]),
      sheet("post", "k2", [1, 0, 0]),
    ]);
    expect(scores).toEqual([
      { nickname: "Dua", pre: 100, post: 0, gain: -100 },
      { nickname: "Satu", pre: 33.3, post: null, gain: null },
      { nickname: null, pre: null, post: 100, gain: null },
    ]);
  });
});
