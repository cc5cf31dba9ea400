import { eq, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { hashPassword } from "../../auth/passwords.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { appSettings, organizations, users } from "../../db/schema/index.ts";
import { HOME_TASK_FORCE_CODE, SECRETARIAT_ORG_NAME } from "../../db/seed/reference-seed.ts";
import { randomToken, sha256Hex } from "../../lib/crypto/pseudonym.ts";
import { AppError, invalidField } from "../../lib/errors.ts";

const SETUP_KEY = "setup_token_hash";

export async function hasAnyUser(db: Db): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM users) AS found`);
  return rows[0]?.found === true;
}

/**
 * On a database without users, issues the one-time setup token behind the link printed at
 * start-up. Only its hash is stored; a new start issues a new link and voids the old one.
 */
export async function issueSetupToken(db: Db): Promise<string | null> {
  if (await hasAnyUser(db)) return null;
  const token = randomToken(24);
  await db
    .insert(appSettings)
    .values({ key: SETUP_KEY, value: { hash: sha256Hex(token) } })
    .onConflictDoUpdate({
      target: appSettings.key,
      set: { value: { hash: sha256Hex(token) }, updatedAt: new Date() },
    });
  return token;
}

/** Creates the first administrator with the setup link's token; closed once any user exists. */
export async function completeSetup(
  ctx: AppContext,
  input: { token: string; name: string; email: string; password: string },
  ip: string | null,
) {
  if (await hasAnyUser(ctx.db)) throw new AppError("setup_closed", "error.setup_closed");
  const [stored] = await ctx.db.select().from(appSettings).where(eq(appSettings.key, SETUP_KEY));
  const expected = (stored?.value as { hash?: string } | undefined)?.hash;
  if (!expected || expected !== sha256Hex(input.token))
    throw invalidField("token", "field.setup_token_invalid");
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id, taskForceId: organizations.taskForceId })
      .from(organizations)
      .where(eq(organizations.name, SECRETARIAT_ORG_NAME))
      .limit(1);
    if (!org) throw new Error(`reference data missing: ${SECRETARIAT_ORG_NAME} of ${HOME_TASK_FORCE_CODE}`);
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        role: "admin",
        organizationId: org.id,
        taskForceId: org.taskForceId,
        passwordHash,
      })
      .returning({ id: users.id });
    await tx.delete(appSettings).where(eq(appSettings.key, SETUP_KEY));
    await recordAudit(tx, null, {
      event: "setup.completed",
      taskForceId: org.taskForceId,
      recordType: "user",
      recordId: user!.id,
      ip,
      data: { email: input.email },
    });
    return user!;
  });
}
