import { and, eq, isNull } from "drizzle-orm";
import type { Role } from "../../shared/roles.ts";
import type { AppContext } from "../app-context.ts";
import { apiTokens, users } from "../db/schema/index.ts";
import { randomToken, sha256Hex } from "../lib/crypto/pseudonym.ts";
import type { Locale } from "../lib/messages.ts";
import type { UserActor } from "./actor.ts";
import { effectivePermissions } from "./session-permissions.ts";

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
      userId: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      organizationId: users.organizationId,
      taskForceId: users.taskForceId,
      locale: users.locale,
      active: users.active,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256Hex(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  const now = ctx.now();
  if (!row || !row.active || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await ctx.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  return {
    kind: "user",
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    organizationId: row.organizationId,
    taskForceId: row.taskForceId,
    locale: row.locale as Locale,
    // Security: a token is one factor; it never unlocks what needs a verified second factor.
    permissions: effectivePermissions(row.role as Role, "never", ctx.config.secondFactorRoles),
    via: "token",
    sessionId: null,
    secondFactorEnrolled: row.totpEnabledAt !== null,
    secondFactorVerified: false,
    ip,
  };
}
