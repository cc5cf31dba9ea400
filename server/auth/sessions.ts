import { eq, sql } from "drizzle-orm";
import type { AppContext } from "../app-context.ts";
import type { Db } from "../db/database.ts";
import { sessions, users } from "../db/schema/index.ts";
import { randomToken, sha256Hex } from "../lib/crypto/pseudonym.ts";
import type { UserActor } from "./actor.ts";
import { actorOfUser, actorUserColumns } from "./actor-of-user.ts";

export const SESSION_COOKIE = "gugus_session";

// Writing last_seen_at on every request would turn every read into a write; once a minute is
// precise enough for a 30-minute idle limit. A shorter limit is touched a quarter as often as it
// lasts, or a session in constant use would still run out (GUGUS_SESSION_IDLE_MINUTES may be 1).
const TOUCH_INTERVAL_MS = 60_000;

/** Opens a session; the caller sets the returned token in the cookie. Only its hash is stored. */
export async function createSession(
  db: Db,
  ctx: Pick<AppContext, "config" | "now">,
  input: { userId: string; secondFactorVerified: boolean; ip: string | null; userAgent: string | null },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = randomToken(32);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionMaxMs);
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: sha256Hex(token),
      userId: input.userId,
      secondFactorVerified: input.secondFactorVerified,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    })
    .returning({ id: sessions.id });
  return { id: row!.id, token, expiresAt };
}

const lookupColumns = {
  sessionId: sessions.id,
  secondFactorVerified: sessions.secondFactorVerified,
  lastSeenAt: sessions.lastSeenAt,
  expiresAt: sessions.expiresAt,
  ...actorUserColumns,
};

// The lookup runs on every request: a named prepared statement spares PostgreSQL parsing and
// planning it each time. One per database handle.
const preparedLookups = new WeakMap<Db, ReturnType<typeof prepareLookup>>();

function prepareLookup(db: Db) {
  return db
    .select(lookupColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder("tokenHash")))
    .limit(1)
    .prepare("gugus_session_lookup");
}

/**
 * The actor behind a session cookie, or null when the token is unknown, idle too long, past its
 * absolute limit, or its user was deactivated. An expired session is deleted on sight.
 */
export async function resolveSession(
  ctx: Pick<AppContext, "db" | "config" | "now">,
  token: string,
  ip: string | null,
): Promise<UserActor | null> {
  let lookup = preparedLookups.get(ctx.db);
  if (!lookup) {
    lookup = prepareLookup(ctx.db);
    preparedLookups.set(ctx.db, lookup);
  }
  const [row] = await lookup.execute({ tokenHash: sha256Hex(token) });
  if (!row) return null;
  const now = ctx.now().getTime();
  const idle = now - row.lastSeenAt.getTime() > ctx.config.sessionIdleMs;
  if (idle || now >= row.expiresAt.getTime() || !row.active) {
    await ctx.db.delete(sessions).where(eq(sessions.id, row.sessionId));
    return null;
  }
  if (now - row.lastSeenAt.getTime() > Math.min(TOUCH_INTERVAL_MS, ctx.config.sessionIdleMs / 4)) {
    await ctx.db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, row.sessionId));
  }
  return actorOfUser(
    row,
    { via: "session", sessionId: row.sessionId, secondFactorVerified: row.secondFactorVerified },
    ctx.config,
    ip,
  );
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Security: after a password change or reset, every open session of the user must end. */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions past their absolute limit; run at start-up and now and then. */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < ${now}`);
}
