import { and, desc, eq, isNull } from "drizzle-orm";
import type { ApiTokenDto } from "../../../shared/auth.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { mintApiToken } from "../../auth/api-tokens.ts";
import { apiTokens } from "../../db/schema/index.ts";
import { notFound } from "../../lib/errors.ts";

type TokenRow = typeof apiTokens.$inferSelect;

function present(row: TokenRow): ApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** The caller's own tokens that still work; revoked ones stay in the table for the audit trail. */
export async function listApiTokens(ctx: AppContext, actor: UserActor) {
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return { items: rows.map(present) };
}

/** Issues a personal API token for integrations; the secret is returned once and never stored. */
export async function createApiToken(
  ctx: AppContext,
  actor: UserActor,
  input: { name: string; expiresInDays?: number },
) {
  const { token, prefix, tokenHash } = mintApiToken();
  const now = ctx.now();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.userId, name: input.name, prefix, tokenHash, createdAt: now, expiresAt })
      .returning();
    await recordAudit(tx, actor, {
      event: "auth.api_token_created",
      recordType: "api_token",
      recordId: row!.id,
      data: { name: input.name, prefix },
    });
    return { ...present(row!), token };
  });
}

export async function revokeApiToken(ctx: AppContext, actor: UserActor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.now() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    // Someone else's token, or one already revoked, is simply not found.
    if (!row) throw notFound();
    await recordAudit(tx, actor, { event: "auth.api_token_revoked", recordType: "api_token", recordId: id });
  });
}
