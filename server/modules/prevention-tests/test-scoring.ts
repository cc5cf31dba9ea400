import {
  type KnowledgeTestResults,
  type QuestionDto,
  scorePercent,
  type TestPhase,
} from "../../../shared/prevention-tests.ts";

/** One answer sheet as the results need it. */
export type ScoredSheet = {
  phase: TestPhase;
  participantKeyHash: string;
  nickname: string | null;
  answers: number[];
  correctCount: number;
  questionCount: number;
  submittedAt: Date;
};

/** Which answers of a sheet were right, question by question. */
export function markAnswers(questions: readonly QuestionDto[], answers: readonly number[]): boolean[] {
  return questions.map((q, i) => answers[i] === q.correctOption);
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

const exactScore = (s: ScoredSheet) => (s.questionCount === 0 ? 0 : (s.correctCount * 100) / s.questionCount);

/** A nickname as two sheets of one person would agree on it: no case, accents or extra spaces. */
function nicknameKey(nickname: string | null): string | null {
  if (!nickname) return null;
  const key = nickname
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("id")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return key || null;
}

export type Pair = { pre: ScoredSheet | null; post: ScoredSheet | null };

/**
 * Pairs each participant's pre and post sheets. The browser's key decides first. A phone that
 * lost its key (another browser, cleared storage) still pairs when its nickname matches exactly
 * one unpaired sheet of the other phase and no other sheet of its own: two "Budi"s stay apart.
 */
export function pairSheets(sheets: readonly ScoredSheet[]): Pair[] {
  const pre = sheets.filter((s) => s.phase === "pre");
  const post = sheets.filter((s) => s.phase === "post");
  const postByKey = new Map(post.map((s) => [s.participantKeyHash, s]));
  const pairs: Pair[] = [];
  const loosePre: ScoredSheet[] = [];
  const pairedPost = new Set<ScoredSheet>();
  for (const p of pre) {
    const match = postByKey.get(p.participantKeyHash);
    if (match) {
      pairs.push({ pre: p, post: match });
      pairedPost.add(match);
    } else loosePre.push(p);
  }
  const loosePost = post.filter((s) => !pairedPost.has(s));
  const byNickname = (list: ScoredSheet[]) => {
    const groups = new Map<string, ScoredSheet[]>();
    for (const s of list) {
      const key = nicknameKey(s.nickname);
      if (key) groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    return groups;
  };
  const preGroups = byNickname(loosePre);
  const postGroups = byNickname(loosePost);
  const matched = new Set<ScoredSheet>();
  for (const [key, pres] of preGroups) {
    const posts = postGroups.get(key);
    if (pres.length === 1 && posts?.length === 1) {
      pairs.push({ pre: pres[0]!, post: posts[0]! });
      matched.add(pres[0]!).add(posts[0]!);
    }
  }
  for (const s of loosePre) if (!matched.has(s)) pairs.push({ pre: s, post: null });
  for (const s of loosePost) if (!matched.has(s)) pairs.push({ pre: null, post: s });
  return pairs;
}

/**
 * The figures the activity shows: counts, average scores, the gain over everyone and over the
 * paired participants, and the share answering each question correctly before and after.
 */
export function testResults(
  questions: readonly QuestionDto[],
  sheets: readonly ScoredSheet[],
): KnowledgeTestResults {
  const pre = sheets.filter((s) => s.phase === "pre");
  const post = sheets.filter((s) => s.phase === "post");
  const pairs = pairSheets(sheets).filter((p) => p.pre && p.post);
  const averagePre = mean(pre.map(exactScore));
  const averagePost = mean(post.map(exactScore));
  const pairedGain = mean(pairs.map((p) => exactScore(p.post!) - exactScore(p.pre!)));
  const shareCorrect = (list: ScoredSheet[], i: number) =>
    list.length === 0
      ? null
      : oneDecimal(
          (list.filter((s) => s.answers[i] === questions[i]!.correctOption).length * 100) / list.length,
        );
  return {
    preCount: pre.length,
    postCount: post.length,
    pairedCount: pairs.length,
    averagePre: averagePre === null ? null : oneDecimal(averagePre),
    averagePost: averagePost === null ? null : oneDecimal(averagePost),
    averageGain: averagePre === null || averagePost === null ? null : oneDecimal(averagePost - averagePre),
    averagePairedGain: pairedGain === null ? null : oneDecimal(pairedGain),
    questions: questions.map((_, i) => ({
      preCorrect: shareCorrect(pre, i),
      postCorrect: shareCorrect(post, i),
    })),
  };
}

/** Each participant's scores, paired ones first, then by when they first answered. */
export function participantScores(sheets: readonly ScoredSheet[]) {
  const firstAt = (p: Pair) => (p.pre ?? p.post)!.submittedAt.getTime();
  return pairSheets(sheets)
    .sort(
      (a, b) =>
        Number(Boolean(b.pre && b.post)) - Number(Boolean(a.pre && a.post)) || firstAt(a) - firstAt(b),
    )
    .map((p) => {
      const pre = p.pre ? scorePercent(p.pre.correctCount, p.pre.questionCount) : null;
      const post = p.post ? scorePercent(p.post.correctCount, p.post.questionCount) : null;
      return {
        nickname: p.pre?.nickname ?? p.post?.nickname ?? null,
        pre,
        post,
        gain: p.pre && p.post ? oneDecimal(exactScore(p.post) - exactScore(p.pre)) : null,
      };
    });
}
