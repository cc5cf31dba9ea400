import { and, eq, isNull } from "drizzle-orm";
import type { AppContext } from "../app-context.ts";
import { apiTokens, users } from "../db/schema/index.ts";
import { randomToken, sha256Hex } from "../lib/crypto/pseudonym.ts";
import type { UserActor } from "./actor.ts";
import { actorOfUser, actorUserColumns } from "./actor-of-user.ts";

export const API_TOKEN_PREFIX = "ggs_";

/** A new personal API token: the secret is shown once; only its hash and a short prefix are kept. */
export function mintApiToken(): { token: string; prefix: string; tokenHash: string } {
  const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  return { token, prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), tokenHash: sha256Hex(token) };
}

/** The actor behind `Authorization: Bearer <token>`, or null for an unknown, revoked or expired one. */
export async function resolveApiToken(
  ctx: Pick<AppContext, "db" | "config" | "now">,
  token: string,
  ip: string | null,
): Promise<UserActor | null> {
  const [row] = await ctx.db
    .select({
      tokenId: apiTokens.id,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      ...actorUserColumns,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256Hex(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  const now = ctx.now();
  if (!row?.active || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await ctx.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  return actorOfUser(row, { via: "token" }, ctx.config, ip);
}
