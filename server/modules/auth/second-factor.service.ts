import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { verifyPassword } from "../../auth/passwords.ts";
import { newRecoveryCodes, newTotpSecret, totpUri, verifyTotp } from "../../auth/totp.ts";
import { recoveryCodes, sessions, users } from "../../db/schema/index.ts";
import { decryptField, encryptField } from "../../lib/crypto/field-encryption.ts";
import { invalidField } from "../../lib/errors.ts";
import { totpContext } from "./auth.service.ts";

const pendingContext = (userId: string) => `users.totp_pending:${userId}`;

/** Starts TOTP enrolment: a new secret, kept encrypted as pending until a code proves the phone has it. */
export async function startTotpSetup(ctx: AppContext, actor: UserActor) {
  const secret = newTotpSecret();
  await ctx.db
    .update(users)
    .set({ totpPendingEnc: encryptField(ctx.keyring, secret, pendingContext(actor.userId)) })
    .where(eq(users.id, actor.userId));
  const otpauthUrl = totpUri(secret, actor.email);
  const qrSvg = await QRCode.toString(otpauthUrl, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret, otpauthUrl, qrSvg };
}

/** Turns TOTP on once the code matches; returns recovery codes, shown this once only. */
export async function enableTotp(ctx: AppContext, actor: UserActor, code: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.totpPendingEnc) throw invalidField("code", "field.totp_not_started");
  const secret = decryptField(ctx.keyring, user.totpPendingEnc, pendingContext(user.id));
  if (!verifyTotp(secret, code)) throw invalidField("code", "field.totp_code_wrong");
  const { codes, hashes } = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        totpSecretEnc: encryptField(ctx.keyring, secret, totpContext(user.id)),
        totpPendingEnc: null,
        totpEnabledAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId: user.id, codeHash })));
    // The code just typed proves the second factor for the session that typed it.
    if (actor.sessionId)
      await tx.update(sessions).set({ secondFactorVerified: true }).where(eq(sessions.id, actor.sessionId));
    await recordAudit(tx, actor, {
      event: "auth.second_factor_enabled",
      recordType: "user",
      recordId: user.id,
    });
  });
  return { recoveryCodes: codes };
}

/** Turns TOTP off after the password is confirmed; sessions lose what needed the second factor. */
export async function disableTotp(ctx: AppContext, actor: UserActor, password: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    throw invalidField("password", "field.current_password_wrong");
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecretEnc: null, totpPendingEnc: null, totpEnabledAt: null, updatedAt: ctx.now() })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.update(sessions).set({ secondFactorVerified: false }).where(eq(sessions.userId, user.id));
    await recordAudit(tx, actor, {
      event: "auth.second_factor_disabled",
      recordType: "user",
      recordId: user.id,
    });
  });
}
