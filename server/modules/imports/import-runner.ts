import { and, eq, inArray, isNull, lt, notInArray, or, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { imports } from "../../db/schema/index.ts";
import { ImportInterrupted, type ImportJob, runImport } from "./import-job.ts";

/** How often a live job's progress and heartbeat reach the database. */
const HEARTBEAT_MS = 2_000;
/** A queued or running job whose process has not been heard of for this long is dead. */
export const ABANDONED_AFTER_MS = 60_000;

/**
 * The imports of this process, one at a time (an import is heavy: two at once would only
 * share the same CPU and memory), with their live progress. The file's bytes live here until
 * the job ends; a job of a process that died is marked failed by `sweepAbandoned`.
 */
export type ImportRunner = {
  enqueue: (job: ImportJob) => void;
  /** Progress of a job of this process that has not ended yet. */
  liveProgress: (id: string) => number | undefined;
  /** Marks the queued and running jobs no live process holds as failed. */
  sweepAbandoned: () => Promise<void>;
  /** Stops taking jobs, interrupts the running one (its transaction rolls back) and waits. */
  close: () => Promise<void>;
  /** Resolves when every job queued so far has ended (tests, and a graceful shutdown). */
  idle: () => Promise<void>;
};

type Live = { job: ImportJob; progress: number; writing: boolean };

export function createImportRunner(ctx: AppContext, logError: (err: unknown) => void): ImportRunner {
  const queue: Live[] = [];
  let current: Live | null = null;
  let running: Promise<void> | null = null;
  let closing = false;
  let idleWaiters: (() => void)[] = [];

  const live = () => [...(current ? [current] : []), ...queue];

  // Progress and heartbeat go to the database beside the job's own transaction: on PostgreSQL
  // another connection; the embedded database has one connection, which a write transaction
  // holds, so there the job's progress waits in memory until the write ends.
  const beat = async () => {
    const reachable = live().filter((l) => !l.writing || ctx.database.kind === "postgres");
    for (const l of reachable) {
      await ctx.db
        .update(imports)
        .set({ progress: l.progress, heartbeatAt: ctx.now() })
        .where(and(eq(imports.id, l.job.id), inArray(imports.status, ["queued", "running"])));
    }
  };
  const timer = setInterval(() => {
    beat().catch(logError);
  }, HEARTBEAT_MS);
  timer.unref();

  const drain = async () => {
    while (queue.length > 0) {
      current = queue.shift()!;
      const me = current;
      await runImport(ctx, me.job, {
        progress: (fraction) => {
          me.progress = Math.max(me.progress, Math.min(fraction, 1));
        },
        checkpoint: () => {
          if (closing) throw new ImportInterrupted();
        },
        writing: (active) => {
          me.writing = active;
        },
      });
      // The bytes go with the job: a finished import holds no file in memory.
      me.job.bytes = new Uint8Array();
      current = null;
    }
    running = null;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };

  return {
    enqueue(job) {
      if (closing) throw new ImportInterrupted();
      queue.push({ job, progress: 0, writing: false });
      running ??= drain().catch(logError);
    },
    liveProgress: (id) => live().find((l) => l.job.id === id)?.progress,
    sweepAbandoned: () =>
      sweepAbandonedImports(
        ctx,
        live().map((l) => l.job.id),
      ),
    async close() {
      closing = true;
      clearInterval(timer);
      // Jobs that never started are dropped with their files; the sweep marks them at next start.
      const waiting = queue.splice(0);
      if (running) await running;
      if (waiting.length > 0) {
        await ctx.db
          .update(imports)
          .set({
            status: "failed",
            failureKey: "import.failure.interrupted",
            failureParams: {},
            finishedAt: ctx.now(),
          })
          .where(
            inArray(
              imports.id,
              waiting.map((l) => l.job.id),
            ),
          )
          .catch(logError);
      }
    },
    idle: () => (running ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
  };
}

/**
 * Marks failed the queued and running imports no live process holds, so none waits forever.
 * Nothing of theirs was written: an import writes in one transaction, which died with them.
 */
export async function sweepAbandonedImports(ctx: AppContext, liveIds: readonly string[]): Promise<void> {
  // Security: an embedded database belongs to this process alone (the folder lock), so what it
  // does not run is dead; on PostgreSQL other processes may run imports, judged by heartbeat.
  const stale =
    ctx.database.kind === "embedded"
      ? sql`true`
      : or(
          isNull(imports.heartbeatAt),
          lt(imports.heartbeatAt, new Date(ctx.now().getTime() - ABANDONED_AFTER_MS)),
        );
  await ctx.db
    .update(imports)
    .set({
      status: "failed",
      failureKey: "import.failure.interrupted",
      failureParams: {},
      finishedAt: ctx.now(),
    })
    .where(
      and(
        inArray(imports.status, ["queued", "running"]),
        liveIds.length > 0 ? notInArray(imports.id, [...liveIds]) : undefined,
        stale,
      ),
    );
}
