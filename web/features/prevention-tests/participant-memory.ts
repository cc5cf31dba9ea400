import type { PublicTestDto, TestPhase, TestReceiptDto } from "../../../shared/prevention-tests.ts";

/**
 * What this phone remembers about one test: the random key that pairs its pre and post answers,
 * the nickname typed, and what it has already sent. Kept in localStorage, so no account and no
 * personal data are needed; a phone that lost it can still pair by the same nickname.
 */
export type ParticipantMemory = {
  key: string;
  nickname: string;
  sent: Partial<Record<TestPhase, true>>;
  postReceipt: TestReceiptDto | null;
  // The post test's questions and this phone's answers, to show them beside the correct ones
  // even after the organiser closes the test.
  postQuestions: PublicTestDto["questions"] | null;
  postAnswers: number[] | null;
};

const storageKey = (token: string) => `gugus.tes.${token}`;

/** 16 random bytes in base64url: the same alphabet the server accepts. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

export function recallParticipant(token: string): ParticipantMemory {
  try {
    const stored = JSON.parse(
      window.localStorage.getItem(storageKey(token)) ?? "null",
    ) as ParticipantMemory | null;
    if (stored && typeof stored.key === "string" && /^[A-Za-z0-9_-]{16,64}$/.test(stored.key)) {
      return { ...blank(stored.key), ...stored };
    }
  } catch {
    // Storage refused or spoiled: start afresh; only the pairing by key is lost.
  }
  return blank(newKey());
}

const blank = (key: string): ParticipantMemory => ({
  key,
  nickname: "",
  sent: {},
  postReceipt: null,
  postQuestions: null,
  postAnswers: null,
});

export function rememberParticipant(token: string, memory: ParticipantMemory): void {
  try {
    window.localStorage.setItem(storageKey(token), JSON.stringify(memory));
  } catch {
    // Private browsing may refuse storage; the answers were still sent.
  }
}
