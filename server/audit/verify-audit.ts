import { asc, gt } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { auditEvents } from "../db/schema/index.ts";
import { GENESIS_HASH, hashAuditRow } from "./audit-hash.ts";

export type AuditProblem = { seq: number; problem: "edited" | "missing_before" | "broken_link" };
export type AuditVerification = { rows: number; lastSeq: number; lastHash: string; problems: AuditProblem[] };

/**
 * Walks the whole chain in order. An edited row no longer matches its own hash; a deleted row
 * leaves a gap in seq and a prevHash that points at nothing.
 */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number) => void,
  batchSize = 5000,
): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  let after = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, after))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== expectedSeq) problems.push({ seq: row.seq, problem: "missing_before" });
      else if (row.prevHash !== prevHash) problems.push({ seq: row.seq, problem: "broken_link" });
      if (hashAuditRow(row) !== row.hash) problems.push({ seq: row.seq, problem: "edited" });
      expectedSeq = row.seq + 1;
      prevHash = row.hash;
      after = row.seq;
      rows++;
    }
    onProgress?.(rows);
  }
  return { rows, lastSeq: after, lastHash: prevHash, problems };
}
