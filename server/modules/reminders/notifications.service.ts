import type { z } from "zod";
import type {
  listNotificationsQuerySchema,
  NotificationDto,
  NotificationKind,
} from "../../../shared/action-items.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { notFound } from "../../lib/errors.ts";
import { invalidCursor, isUuid } from "../action-items/cursor-values.ts";
import { countUnread, findNotification, findNotificationPage, markRead } from "./notifications.repository.ts";

function afterOf(cursor: string | undefined): [string, string] | null {
  const values = decodeCursor(cursor, 2);
  if (!values) return null;
  const [at, id] = values;
  if (typeof at === "string" && !Number.isNaN(Date.parse(at)) && isUuid(id)) return [at, id];
  throw invalidCursor();
}

/** The caller's own notifications, newest first, with how many are unread. */
export async function listNotifications(
  ctx: AppContext,
  actor: UserActor,
  query: z.infer<typeof listNotificationsQuerySchema>,
) {
  const rows = await findNotificationPage(ctx.db, {
    userId: actor.userId,
    unread: query.unread,
    after: afterOf(query.cursor),
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return {
    items: page.items.map(
      (r): NotificationDto => ({
        id: r.id,
        kind: r.kind as NotificationKind,
        actionItemId: r.actionItemId,
        description: String(r.data.description ?? ""),
        dueOn: typeof r.data.dueOn === "string" ? r.data.dueOn : null,
        days: typeof r.data.days === "number" ? r.data.days : null,
        readAt: r.readAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
      }),
    ),
    nextCursor: page.nextCursor,
    unreadCount: await countUnread(ctx.db, actor.userId),
  };
}

/** Marks one of the caller's notifications read; another user's answers like one that does not exist. */
export async function readNotification(ctx: AppContext, actor: UserActor, notificationId: string) {
  if (!(await findNotification(ctx.db, actor.userId, notificationId))) throw notFound();
  await markRead(ctx.db, actor.userId, ctx.now(), notificationId);
  return { unreadCount: await countUnread(ctx.db, actor.userId) };
}

export async function readAllNotifications(ctx: AppContext, actor: UserActor) {
  await markRead(ctx.db, actor.userId, ctx.now());
  return { unreadCount: 0 };
}

export async function unreadCount(ctx: AppContext, actor: UserActor) {
  return { unreadCount: await countUnread(ctx.db, actor.userId) };
}
