import { desc, sql } from "drizzle-orm";
import type { Actor } from "../auth/actor.ts";
import type { Db } from "../db/database.ts";
import { auditEvents } from "../db/schema/index.ts";
import type { AuditEntry } from "./audit-events.ts";
import { GENESIS_HASH, hashAuditRow } from "./audit-hash.ts";

/**
 * Who the event is about when no one is signed in yet: the account a sign-in attempt names.
 * `null` for the anonymous (an unknown email, a public form).
 */
export type AccountRef = {
  kind: "account";
  userId: string;
  name: string;
  taskForceId: string;
  ip: string | null;
};
export type AuditActor = Actor | AccountRef | null;

// Serialises writers of the chain: each row needs the hash of the one before it.
const AUDIT_CHAIN_LOCK = 74_201_972;

/**
 * Appends one event to the hash chain. Call it with the transaction that makes the change, so the
 * change and its record commit together or not at all. Outside a transaction (a failed sign-in,
 * which changes nothing else) it opens its own.
 */
export async function recordAudit(
  db: Db,
  actor: AuditActor,
  entry: AuditEntry,
  now = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await tx
      .select({ seq: auditEvents.seq, hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    const user = actor?.kind === "user" || actor?.kind === "account" ? actor : null;
    const row = {
      seq: (last?.seq ?? 0) + 1,
      occurredAt: now,
      event: entry.event,
      taskForceId: entry.taskForceId ?? user?.taskForceId ?? null,
      actorUserId: user?.userId ?? null,
      actorName: user ? user.name : actor?.kind === "system" ? actor.label : null,
      ip: entry.ip ?? user?.ip ?? null,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
      data: entry.data ?? {},
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await tx.insert(auditEvents).values({ ...row, hash: hashAuditRow(row) });
  });
}
