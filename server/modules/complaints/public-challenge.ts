import { createHash } from "node:crypto";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { PublicChallenge } from "../../../shared/complaints.ts";
import { hasLeadingZeroBits, proofOfWorkInput } from "../../../shared/proof-of-work.ts";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { publicChallenges } from "../../db/schema/index.ts";
import { randomToken } from "../../lib/crypto/pseudonym.ts";

/** Long enough to write a complaint after opening the form; a stale page asks for a new one. */
export const CHALLENGE_TTL_MS = 10 * 60_000;

/**
 * A new proof-of-work challenge for the public form. No third-party service: the puzzle is made
 * and checked here, and stored so that each solution is spent once.
 */
export async function issueChallenge(ctx: AppContext): Promise<PublicChallenge> {
  const now = ctx.now();
  // Housekeeping on the way: a challenge past its expiry can no longer be spent, spent or not.
  await ctx.db.delete(publicChallenges).where(lt(publicChallenges.expiresAt, now));
  const challengeId = randomToken(16);
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  await ctx.db.insert(publicChallenges).values({ id: challengeId, expiresAt });
  return { challengeId, difficulty: ctx.config.publicFormDifficulty, expiresAt: expiresAt.toISOString() };
}

/** Whether the nonce solves the challenge at this difficulty (pure: no database). */
export function isSolved(challengeId: string, nonce: string, difficulty: number): boolean {
  const hash = createHash("sha256").update(proofOfWorkInput(challengeId, nonce), "utf8").digest();
  return hasLeadingZeroBits(hash, difficulty);
}

/**
 * Marks the challenge spent, in the caller's transaction, if it exists, is unspent and has not
 * expired: one conditional UPDATE, so two requests racing with one solution cannot both win.
 */
export async function spendChallenge(tx: Db, challengeId: string, now: Date): Promise<boolean> {
  const spent = await tx
    .update(publicChallenges)
    .set({ spentAt: now })
    .where(
      and(
        eq(publicChallenges.id, challengeId),
        isNull(publicChallenges.spentAt),
        gt(publicChallenges.expiresAt, now),
      ),
    )
    .returning({ id: publicChallenges.id });
  return spent.length > 0;
}
