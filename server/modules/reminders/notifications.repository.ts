import { and, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { NotificationKind } from "../../../shared/action-items.ts";
import { roles } from "../../../shared/roles.ts";
import { permissionsOfRole } from "../../auth/roles.ts";
import type { Db } from "../../db/database.ts";
import { notifications, users } from "../../db/schema/index.ts";

// The roles whose members can act on an action item of their organisation.
const reportingRoles = roles.filter((role) => permissionsOfRole(role).includes("action_item.update"));

export type Recipient = { id: string; name: string; email: string; locale: "id" | "en" };

/**
 * Who hears about an organisation's action item: its active members who can report on it, and
 * the named person responsible (a user of the organisation).
 */
export async function itemRecipients(
  db: Db,
  organizationId: string,
  ownerUserId: string | null,
): Promise<Recipient[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        or(
          and(eq(users.organizationId, organizationId), inArray(users.role, reportingRoles)),
          ownerUserId ? eq(users.id, ownerUserId) : undefined,
        ),
      ),
    )
    .orderBy(users.name, users.id);
  return rows.map((r) => ({ ...r, locale: r.locale === "en" ? "en" : "id" }));
}

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  actionItemId: string | null;
  dedupeKey: string;
  data: { description: string; dueOn: string | null; days: number | null };
};

/**
 * Adds notifications in the caller's transaction. A dedupe key already used keeps its first
 * notification: the same reminder from two processes, or a pass run again, adds nothing.
 */
export async function addNotifications(tx: Db, rows: readonly NewNotification[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(notifications)
    .values(rows.map((r) => ({ ...r, createdAt: now })))
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return inserted.length;
}

/** A user's notifications, newest first, after the cursor's (createdAt, id). */
export async function findNotificationPage(
  db: Db,
  input: { userId: string; unread?: boolean; after: [string, string] | null; limit: number },
) {
  const after: SQL | undefined = input.after
    ? sql`(${notifications.createdAt}, ${notifications.id}) < (${input.after[0]}::timestamptz, ${input.after[1]}::uuid)`
    : undefined;
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, input.userId),
        input.unread ? isNull(notifications.readAt) : undefined,
        after,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit + 1);
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one notification, or all of the user's, read; answers how many changed. */
export async function markRead(db: Db, userId: string, now: Date, notificationId?: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        notificationId ? eq(notifications.id, notificationId) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function findNotification(db: Db, userId: string, notificationId: string) {
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)));
  return row;
}
