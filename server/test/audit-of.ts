import { and, eq } from "drizzle-orm";
import { auditEvents } from "../db/schema/index.ts";
import type { TestApp } from "./test-app.ts";

/** The audit rows of one event about one record, oldest first. */
export function auditOf(t: TestApp, event: string, recordId: string) {
  return t.ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.event, event), eq(auditEvents.recordId, recordId)))
    .orderBy(auditEvents.seq);
}
