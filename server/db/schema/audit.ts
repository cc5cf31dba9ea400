import { bigint, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns.ts";

/**
 * Append-only, hash-chained audit trail. seq is assigned by the writer under a lock (not a
 * sequence, which leaves gaps on rollback), so a missing number means a deleted row. A trigger
 * (migration 0001) refuses UPDATE and DELETE; the hash chain catches whoever disables it.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    occurredAt: ts("occurred_at").notNull(),
    event: text("event").notNull(),
    taskForceId: uuid("task_force_id"),
    actorUserId: uuid("actor_user_id"),
    actorName: text("actor_name"),
    ip: text("ip"),
    recordType: text("record_type"),
    recordId: text("record_id"),
    data: jsonb("data").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_events_actor_idx").on(t.actorUserId, t.seq),
    index("audit_events_record_idx").on(t.recordType, t.recordId, t.seq),
    index("audit_events_task_force_idx").on(t.taskForceId, t.seq),
    index("audit_events_occurred_at_idx").on(t.occurredAt),
  ],
);
