import { and, eq, inArray, isNull, lt, notInArray, or, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { periodicReports } from "../../db/schema/index.ts";
import { type BuildJob, ReportInterrupted, runReportBuild } from "./report-build.ts";

/** How often a live build tells the database it is alive. */
const HEARTBEAT_MS = 2_000;
/** A build no process has spoken for in this long is dead. */
export const ABANDONED_AFTER_MS = 60_000;

/**
 * The report builds of this process, one at a time (each computes the whole dashboard; two at
 * once would only share the same CPU). A build writes its step and progress to the report as it
 * goes, so any request reads them; a build of a process that died is ended by `sweepAbandoned`.
 */
export type ReportRunner = {
  /**
   * Counts a build as live before its row is committed, so a sweep running meanwhile leaves it
   * alone; answers the release for a transaction that fails. `enqueue` takes over from it.
   */
  reserve: (reportId: string) => () => void;
  enqueue: (job: BuildJob) => void;
  /** Ends the builds no live process holds: a new report failed, a refreshed draft as it was. */
  sweepAbandoned: () => Promise<void>;
  /** Stops taking builds, interrupts the running one at its next step and waits for it. */
  close: () => Promise<void>;
  /** Resolves when every build queued so far has ended (a graceful shutdown, the demo). */
  idle: () => Promise<void>;
};

export function createReportRunner(ctx: AppContext, logError: (err: unknown) => void): ReportRunner {
  const queue: BuildJob[] = [];
  let current: BuildJob | null = null;
  let running: Promise<void> | null = null;
  let closing = false;
  let idleWaiters: (() => void)[] = [];
  const reserved = new Set<string>();
  const liveIds = () => [
    ...(current ? [current.reportId] : []),
    ...queue.map((j) => j.reportId),
    ...reserved,
  ];

  const timer = setInterval(() => {
    const ids = liveIds();
    if (ids.length === 0) return;
    ctx.db
      .update(periodicReports)
      .set({ heartbeatAt: ctx.now() })
      .where(and(inArray(periodicReports.id, ids), eq(periodicReports.status, "building")))
      .catch(logError);
  }, HEARTBEAT_MS);
  timer.unref();

  const drain = async () => {
    while (queue.length > 0) {
      current = queue.shift()!;
      await runReportBuild(ctx, current, {
        checkpoint: () => {
          if (closing) throw new ReportInterrupted();
        },
        logError,
      });
      current = null;
    }
    running = null;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };

  return {
    reserve(reportId) {
      reserved.add(reportId);
      return () => reserved.delete(reportId);
    },
    enqueue(job) {
      reserved.delete(job.reportId);
      queue.push(job);
      if (closing) return;
      running ??= drain().catch(logError);
    },
    sweepAbandoned: () => sweepAbandonedReports(ctx, liveIds()),
    async close() {
      closing = true;
      clearInterval(timer);
      // Builds that never started are ended as interrupted, like those of a process that died.
      const waiting = queue.splice(0);
      if (running) await running;
      if (waiting.length > 0) {
        await sweepAbandonedReports(
          ctx,
          [],
          waiting.map((j) => j.reportId),
        ).catch(logError);
      }
    },
    idle: () => (running ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
  };
}

/**
 * Ends the builds no live process holds, so none shows "building" forever: a new report becomes
 * failed (interrupted), a draft whose refresh stopped goes back to its earlier figures. A build
 * writes its result in one statement at the end, so nothing half-done is left behind.
 */
export async function sweepAbandonedReports(
  ctx: AppContext,
  liveIds: readonly string[],
  onlyIds?: readonly string[],
): Promise<void> {
  // Security: an embedded database belongs to this process alone (the folder lock), so what it
  // does not run is dead; on PostgreSQL other processes may build reports, judged by heartbeat.
  const stale =
    onlyIds || ctx.database.kind === "embedded"
      ? undefined
      : or(
          isNull(periodicReports.heartbeatAt),
          lt(periodicReports.heartbeatAt, new Date(ctx.now().getTime() - ABANDONED_AFTER_MS)),
        );
  const refreshed = sql`${periodicReports.figures} IS NOT NULL`;
  await ctx.db
    .update(periodicReports)
    .set({
      status: sql`CASE WHEN ${refreshed} THEN 'draft' ELSE 'failed' END`,
      errorKey: sql`CASE WHEN ${refreshed} THEN 'report.failure.refresh' ELSE 'report.failure.interrupted' END`,
      progressStep: null,
      version: sql`${periodicReports.version} + 1`,
      updatedAt: ctx.now(),
    })
    .where(
      and(
        eq(periodicReports.status, "building"),
        onlyIds ? inArray(periodicReports.id, [...onlyIds]) : undefined,
        liveIds.length > 0 ? notInArray(periodicReports.id, [...liveIds]) : undefined,
        stale,
      ),
    );
}
