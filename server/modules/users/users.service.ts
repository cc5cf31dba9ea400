import { and, eq } from "drizzle-orm";
import type { CreateUserInput, ListUsersQuery, UpdateUserInput } from "../../../shared/users.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { deleteSessionsOfUser } from "../../auth/sessions.ts";
import type { Db } from "../../db/database.ts";
import { organizations, users } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { invalidField } from "../../lib/errors.ts";
import { type UserAction, userPolicy, visibleUsersWhere } from "./users.policy.ts";
import { presentUser } from "./users.presenter.ts";
import { emailTaken, findUser, listUsersPage } from "./users.repository.ts";

/** The organisation a user is placed in must be an active one of the actor's task force. */
async function checkOrganization(db: Db, actor: UserActor, organizationId: string) {
  const [org] = await db
    .select({ active: organizations.active })
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), eq(organizations.taskForceId, actor.taskForceId)));
  if (!org) throw invalidField("organizationId", "field.organization_unknown");
  if (!org.active) throw invalidField("organizationId", "field.organization_inactive");
}

async function loadAuthorized(db: Db, actor: UserActor, id: string, action: UserAction) {
  const row = await findUser(db, id);
  authorize(actor, userPolicy, action, row, "user");
  return row;
}

export async function listUsers(ctx: AppContext, actor: UserActor, query: ListUsersQuery) {
  const after = decodeCursor(query.cursor, 2);
  const rows = await listUsersPage(
    ctx.db,
    {
      visible: visibleUsersWhere(actor),
      q: query.q,
      role: query.role,
      organizationId: query.organizationId,
      active: query.active === undefined ? undefined : query.active === "true",
    },
    after,
    query.limit,
  );
  const page = pageOf(rows, query.limit, (r) => [r.name, r.id]);
  return { items: page.items.map((r) => presentUser(actor, r)), nextCursor: page.nextCursor };
}

export async function getUser(ctx: AppContext, actor: UserActor, id: string) {
  return presentUser(actor, await loadAuthorized(ctx.db, actor, id, "read"));
}

/** Creates an account in the actor's task force, with one role and one organisation. */
export async function createUser(ctx: AppContext, actor: UserActor, input: CreateUserInput) {
  if (await emailTaken(ctx.db, input.email)) throw invalidField("email", "field.email_taken");
  await checkOrganization(ctx.db, actor, input.organizationId);
  const passwordHash = await hashPassword(input.password);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        organizationId: input.organizationId,
        taskForceId: actor.taskForceId,
        locale: input.locale,
        passwordHash,
      })
      .returning({ id: users.id });
    await recordAudit(tx, actor, {
      event: "user.created",
      recordType: "user",
      recordId: row!.id,
      data: { email: input.email, role: input.role, organizationId: input.organizationId },
    });
    return row!.id;
  });
  return getUser(ctx, actor, id);
}

export async function updateUser(ctx: AppContext, actor: UserActor, id: string, input: UpdateUserInput) {
  const before = await loadAuthorized(ctx.db, actor, id, "update");
  if (input.email && (await emailTaken(ctx.db, input.email, id)))
    throw invalidField("email", "field.email_taken");
  if (input.role && input.role !== before.role && id === actor.userId)
    throw invalidField("role", "field.cannot_demote_self");
  if (input.organizationId && input.organizationId !== before.organizationId) {
    await checkOrganization(ctx.db, actor, input.organizationId);
  }
  const changes = Object.fromEntries(
    Object.entries(input)
      .filter(([field, value]) => before[field as keyof typeof before] !== value)
      .map(([field, value]) => [field, { from: before[field as keyof typeof before], to: value }]),
  );
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...input, updatedAt: ctx.now() })
      .where(eq(users.id, id));
    await recordAudit(tx, actor, {
      event: "user.updated",
      recordType: "user",
      recordId: id,
      data: { changes },
    });
  });
  return getUser(ctx, actor, id);
}

/** Deactivates an account and ends its sessions. Records it wrote keep pointing at it. */
export async function setUserActive(ctx: AppContext, actor: UserActor, id: string, active: boolean) {
  await loadAuthorized(ctx.db, actor, id, active ? "activate" : "deactivate");
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ active, updatedAt: ctx.now() }).where(eq(users.id, id));
    if (!active) await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, actor, {
      event: active ? "user.activated" : "user.deactivated",
      recordType: "user",
      recordId: id,
    });
  });
  return getUser(ctx, actor, id);
}

/** An administrator sets a new password (e.g. a forgotten one); the user's sessions end. */
export async function resetUserPassword(ctx: AppContext, actor: UserActor, id: string, password: string) {
  await loadAuthorized(ctx.db, actor, id, "resetPassword");
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: ctx.now(),
        failedLoginCount: 0,
        lockedUntil: null,
        updatedAt: ctx.now(),
      })
      .where(eq(users.id, id));
    await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, actor, { event: "user.password_reset", recordType: "user", recordId: id });
  });
  return getUser(ctx, actor, id);
}

export async function unlockUser(ctx: AppContext, actor: UserActor, id: string) {
  await loadAuthorized(ctx.db, actor, id, "update");
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, id));
    await recordAudit(tx, actor, { event: "user.unlocked", recordType: "user", recordId: id });
  });
  return getUser(ctx, actor, id);
}
