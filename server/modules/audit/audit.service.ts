import { and, desc, eq, gte, isNull, lt, or } from "drizzle-orm";
import type { AuditEventDto, ListAuditQuery } from "../../../shared/audit.ts";
import type { AppContext } from "../../app-context.ts";
import type { UserActor } from "../../auth/actor.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { invalidField } from "../../lib/errors.ts";

// Dates in the filter are days in Jakarta (WIB, UTC+7): a day starts at 17:00 UTC the day before.
function startOfWibDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** The audit trail of the caller's task force, newest first, filterable by user, event, record and day. */
export async function listAuditEvents(ctx: AppContext, actor: UserActor, query: ListAuditQuery) {
  if (query.from && query.to && query.to < query.from) throw invalidField("to", "field.date_range");
  const after = decodeCursor(query.cursor, 1);
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(
      and(
        // Failed sign-ins with an unknown email belong to no task force; the secretariat sees them too.
        or(eq(auditEvents.taskForceId, actor.taskForceId), isNull(auditEvents.taskForceId)),
        query.userId ? eq(auditEvents.actorUserId, query.userId) : undefined,
        query.event ? eq(auditEvents.event, query.event) : undefined,
        query.recordType ? eq(auditEvents.recordType, query.recordType) : undefined,
        query.recordId ? eq(auditEvents.recordId, query.recordId) : undefined,
        query.from ? gte(auditEvents.occurredAt, startOfWibDay(query.from)) : undefined,
        query.to
          ? lt(auditEvents.occurredAt, new Date(startOfWibDay(query.to).getTime() + 86_400_000))
          : undefined,
        after ? lt(auditEvents.seq, Number(after[0])) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (r) => [r.seq]);
  return {
    items: page.items.map(
      (r): AuditEventDto => ({
        seq: r.seq,
        occurredAt: r.occurredAt.toISOString(),
        event: r.event,
        actorUserId: r.actorUserId,
        actorName: r.actorName,
        ip: r.ip,
        recordType: r.recordType,
        recordId: r.recordId,
        data: r.data as Record<string, unknown>,
      }),
    ),
    nextCursor: page.nextCursor,
  };
}
