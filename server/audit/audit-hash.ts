import { createHash } from "node:crypto";

/** The fields of a row that its hash covers: all of them but the hash itself. */
export type HashedAuditRow = {
  seq: number;
  occurredAt: Date;
  event: string;
  taskForceId: string | null;
  actorUserId: string | null;
  actorName: string | null;
  ip: string | null;
  recordType: string | null;
  recordId: string | null;
  data: unknown;
  prevHash: string;
};

export const GENESIS_HASH = "0".repeat(64);

/** JSON with object keys sorted, so the hash does not depend on how jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function hashAuditRow(row: HashedAuditRow): string {
  const material = canonicalJson([
    row.seq,
    row.occurredAt.toISOString(),
    row.event,
    row.taskForceId,
    row.actorUserId,
    row.actorName,
    row.ip,
    row.recordType,
    row.recordId,
    row.data,
    row.prevHash,
  ]);
  return createHash("sha256").update(material).digest("hex");
}
