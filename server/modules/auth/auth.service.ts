import { and, eq, isNull } from "drizzle-orm";
import type { LoginInput } from "../../../shared/auth.ts";
import type { AppContext } from "../../app-context.ts";
import { type AccountRef, recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { burnVerificationTime, hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { createSession, deleteSession, deleteSessionsOfUser } from "../../auth/sessions.ts";
import { hashRecoveryCode, verifyTotp } from "../../auth/totp.ts";
import { recoveryCodes, users } from "../../db/schema/index.ts";
import { decryptField } from "../../lib/crypto/field-encryption.ts";
import { AppError, invalidField } from "../../lib/errors.ts";
import type { Locale } from "../../lib/messages.ts";
import { formatWib } from "../../lib/wib.ts";

export type RequestOrigin = { ip: string | null; userAgent: string | null; locale: Locale };

type UserRow = typeof users.$inferSelect;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function accountRef(user: UserRow, origin: RequestOrigin): AccountRef {
  return { kind: "account", userId: user.id, name: user.name, taskForceId: user.taskForceId, ip: origin.ip };
}

export function totpContext(userId: string): string {
  return `users.totp_secret:${userId}`;
}

async function recordFailure(
  ctx: AppContext,
  user: UserRow,
  origin: RequestOrigin,
  reason: string,
): Promise<never> {
  const now = ctx.now();
  const failures = user.failedLoginCount + 1;
  const lock = failures >= ctx.config.loginMaxFailures;
  const lockedUntil = lock ? new Date(now.getTime() + ctx.config.loginLockMs) : null;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLoginCount: lock ? 0 : failures, lockedUntil })
      .where(eq(users.id, user.id));
    await recordAudit(tx, null, {
      event: "auth.sign_in_failed",
      taskForceId: user.taskForceId,
      recordType: "user",
      recordId: user.id,
      ip: origin.ip,
      data: { reason, failures },
    });
    if (lockedUntil) {
      await recordAudit(tx, null, {
        event: "auth.account_locked",
        taskForceId: user.taskForceId,
        recordType: "user",
        recordId: user.id,
        ip: origin.ip,
        data: { until: lockedUntil.toISOString() },
      });
    }
  });
  // Security: each failure in a row answers more slowly, so guessing gets expensive before the lock.
  await sleep(Math.min(ctx.config.loginSlowdownMs * 2 ** (failures - 1), 8000));
  if (lockedUntil) throw lockedError(lockedUntil, origin.locale);
  throw new AppError(
    reason === "password" ? "invalid_credentials" : "second_factor_invalid",
    reason === "password" ? "error.invalid_credentials" : "error.second_factor_invalid",
  );
}

function lockedError(until: Date, locale: Locale): AppError {
  return new AppError("account_locked", "error.account_locked", {
    params: { until: formatWib(until, locale) },
    details: { lockedUntil: until.toISOString() },
  });
}

/** Checks the second factor of a user who has one: a TOTP code or an unused recovery code. */
async function checkSecondFactor(ctx: AppContext, user: UserRow, input: LoginInput, origin: RequestOrigin) {
  if (!input.totp && !input.recoveryCode)
    throw new AppError("second_factor_required", "error.second_factor_required");
  if (input.totp) {
    const secret = decryptField(ctx.keyring, user.totpSecretEnc!, totpContext(user.id));
    if (!verifyTotp(secret, input.totp)) await recordFailure(ctx, user, origin, "totp");
    return;
  }
  const [code] = await ctx.db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(
      and(
        eq(recoveryCodes.userId, user.id),
        eq(recoveryCodes.codeHash, hashRecoveryCode(input.recoveryCode!)),
        isNull(recoveryCodes.usedAt),
      ),
    );
  if (!code) return recordFailure(ctx, user, origin, "recovery_code");
  await ctx.db.transaction(async (tx) => {
    await tx.update(recoveryCodes).set({ usedAt: ctx.now() }).where(eq(recoveryCodes.id, code.id));
    await recordAudit(tx, null, {
      event: "auth.recovery_code_used",
      taskForceId: user.taskForceId,
      recordType: "user",
      recordId: user.id,
      ip: origin.ip,
    });
  });
}

/**
 * Signs a user in: password, then the second factor when the user has one. The same answer for an
 * unknown email and a wrong password; failures in a row slow down, then lock the account.
 */
export async function login(ctx: AppContext, input: LoginInput, origin: RequestOrigin) {
  const email = input.email.trim().toLowerCase();
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user?.active) {
    await burnVerificationTime(input.password);
    await recordAudit(ctx.db, null, {
      event: "auth.sign_in_failed",
      taskForceId: user?.taskForceId ?? null,
      ip: origin.ip,
      data: { reason: user ? "inactive" : "unknown_email", email: email.slice(0, 254) },
    });
    throw new AppError("invalid_credentials", "error.invalid_credentials");
  }
  if (user.lockedUntil && user.lockedUntil > ctx.now()) {
    await recordAudit(ctx.db, null, {
      event: "auth.sign_in_failed",
      taskForceId: user.taskForceId,
      recordType: "user",
      recordId: user.id,
      ip: origin.ip,
      data: { reason: "locked" },
    });
    throw lockedError(user.lockedUntil, origin.locale);
  }
  if (!(await verifyPassword(user.passwordHash, input.password)))
    await recordFailure(ctx, user, origin, "password");

  const hasSecondFactor = user.totpEnabledAt !== null && user.totpSecretEnc !== null;
  if (hasSecondFactor) await checkSecondFactor(ctx, user, input, origin);

  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: ctx.now() })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, ctx, {
      userId: user.id,
      secondFactorVerified: hasSecondFactor,
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
    await recordAudit(tx, accountRef(user, origin), {
      event: "auth.signed_in",
      taskForceId: user.taskForceId,
      recordType: "user",
      recordId: user.id,
      ip: origin.ip,
      data: { via: "password", secondFactor: hasSecondFactor },
    });
    return session;
  });
}

export async function logout(ctx: AppContext, actor: UserActor): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (actor.sessionId) await deleteSession(tx, actor.sessionId);
    await recordAudit(tx, actor, { event: "auth.signed_out", recordType: "user", recordId: actor.userId });
  });
}

/** Changes the caller's password and ends all their sessions; a fresh one replaces the current. */
export async function changePassword(
  ctx: AppContext,
  actor: UserActor,
  input: { currentPassword: string; newPassword: string },
  origin: RequestOrigin,
) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidField("currentPassword", "field.current_password_wrong");
  }
  if (input.currentPassword === input.newPassword) throw invalidField("newPassword", "field.password_reused");
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: ctx.now(), updatedAt: ctx.now() })
      .where(eq(users.id, user.id));
    await deleteSessionsOfUser(tx, user.id);
    const session = await createSession(tx, ctx, {
      userId: user.id,
      secondFactorVerified: actor.secondFactorVerified,
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
    await recordAudit(tx, actor, { event: "auth.password_changed", recordType: "user", recordId: user.id });
    return session;
  });
}

export async function updatePreferences(ctx: AppContext, actor: UserActor, input: { locale: Locale }) {
  await ctx.db
    .update(users)
    .set({ locale: input.locale, updatedAt: ctx.now() })
    .where(eq(users.id, actor.userId));
}
