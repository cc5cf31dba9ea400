import { useCallback, useEffect, useRef, useState } from "react";
import { solveChallenge } from "../../../shared/proof-of-work.ts";
import { fetchChallenge } from "./public-report-api.ts";

export type Solution = { challengeId: string; nonce: string };
export type ProofOfWorkState = "idle" | "working" | "ready" | "failed";

type Attempt = { promise: Promise<Solution>; freshUntil: number };

// A challenge lives ten minutes on the server; one closer than this to its end is fetched anew,
// so a person who types for a long time is not refused at the last step.
const MARGIN_MS = 90_000;
const CHALLENGE_TTL_MS = 10 * 60_000;

/**
 * The public form's security check, solved in the background: `prepare()` when the person starts
 * typing, so that by the time they press "send" the answer is usually ready; `solution()` waits
 * for it (or starts it); `discard()` after the server has spent or refused it.
 */
export function useProofOfWork() {
  const [state, setState] = useState<ProofOfWorkState>("idle");
  const attempt = useRef<Attempt | null>(null);
  const controller = useRef<AbortController | null>(null);
  const failedInBackground = useRef(false);

  // Leaving the page stops the hashing loop.
  useEffect(() => () => controller.current?.abort(), []);

  const solution = useCallback((): Promise<Solution> => {
    const current = attempt.current;
    if (current && current.freshUntil > Date.now()) return current.promise;
    failedInBackground.current = false;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const next: Attempt = { freshUntil: Date.now() + CHALLENGE_TTL_MS - MARGIN_MS, promise: solve() };
    async function solve(): Promise<Solution> {
      const challenge = await fetchChallenge(abort.signal);
      // The server's clock decides expiry; a device clock set wrong only makes us refetch sooner.
      next.freshUntil = Math.min(next.freshUntil, Date.parse(challenge.expiresAt) - MARGIN_MS);
      const nonce = await solveChallenge(challenge.challengeId, challenge.difficulty, {
        signal: abort.signal,
      });
      return { challengeId: challenge.challengeId, nonce };
    }
    attempt.current = next;
    setState("working");
    next.promise.then(
      () => {
        if (attempt.current === next) setState("ready");
      },
      () => {
        if (attempt.current !== next) return;
        attempt.current = null;
        setState("failed");
      },
    );
    return next.promise;
  }, []);

  const prepare = useCallback(() => {
    if (attempt.current || failedInBackground.current) return;
    // A failure here is reported when the person sends the form, not on every key they press.
    solution().catch(() => {
      failedInBackground.current = true;
    });
  }, [solution]);

  const discard = useCallback(() => {
    attempt.current = null;
    setState("idle");
  }, []);

  return { state, prepare, solution, discard };
}
