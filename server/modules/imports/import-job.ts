import { and, eq, sql } from "drizzle-orm";
import type { ImportFormat } from "../../../shared/imports.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { imports } from "../../db/schema/index.ts";
import type { Params } from "../../lib/errors.ts";
import type { MessageKey } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { refreshStatisticsFacts } from "../statistics/statistics-facts.ts";
import { formatSpecs } from "./formats/formats.ts";
import { type Analysis, analyseFile } from "./import-analysis.ts";
import type { RowError } from "./import-record.ts";
import { summarise } from "./import-summary.ts";
import { loadVocabularies } from "./import-vocabulary.ts";
import { writeImportedCases } from "./import-writer.ts";

/** Everything a queued import needs to run, the file's bytes included (they are never stored). */
export type ImportJob = {
  id: string;
  taskForceId: string;
  format: ImportFormat;
  dryRun: boolean;
  allOrNothing: boolean;
  fileName: string;
  contentHash: string;
  leadOrganizationId: string;
  userId: string | null;
  actor: Actor;
  bytes: Uint8Array;
};

/** How a job reports to whoever runs it (the web's runner, or the command line's progress bar). */
export type JobHooks = {
  progress: (fraction: number) => void;
  /** Called between steps; throws ImportInterrupted when the process is shutting down. */
  checkpoint: () => void;
  /** The job holds its write transaction open from `true` until `false`. */
  writing: (active: boolean) => void;
};

export class ImportInterrupted extends Error {}

// Reading and checking is the smaller part of the time; writing the rest.
const READ_SHARE = 0.25;
const ERROR_CHUNK = 5000;

/**
 * Runs one import from start to end and leaves its row in a final state (done or failed):
 * read and check every row; stop there for a dry run or, all-or-nothing, at the first rejected
 * row; otherwise write every valid row in one transaction with the import's final state, so a
 * process killed halfway leaves nothing behind.
 */
export async function runImport(ctx: AppContext, job: ImportJob, hooks: JobHooks): Promise<void> {
  try {
    await ctx.db
      .update(imports)
      .set({ status: "running", startedAt: ctx.now(), heartbeatAt: ctx.now(), progress: 0 })
      .where(eq(imports.id, job.id));

    if (await finishIfDuplicate(ctx.db, ctx, job)) return;

    const spec = formatSpecs[job.format];
    const vocab = await loadVocabularies(ctx.db, spec.vocabularies);
    const analysis = await analyseFile(
      ctx.db,
      spec,
      job.bytes,
      { vocab, today: wibDate(ctx.now()), fileName: job.fileName },
      (fraction) => hooks.progress(fraction * READ_SHARE),
    );
    hooks.checkpoint();
    if (analysis.failure) {
      await finish(ctx.db, ctx, job.id, {
        status: "failed",
        failureKey: analysis.failure.key,
        failureParams: analysis.failure.params ?? {},
      });
      return;
    }
    const summary = summarise(analysis.groups);
    const counts = {
      rowsRead: analysis.rowsRead,
      valid: analysis.rowsRead - analysis.rejected,
      rejected: analysis.rejected,
      summary,
    };
    const stopsHere = job.dryRun || (job.allOrNothing && analysis.rejected > 0) || counts.valid === 0;
    if (stopsHere) {
      await ctx.db.transaction(async (tx) => {
        await saveErrors(tx, job.id, analysis.errors);
        await finish(tx, ctx, job.id, {
          ...counts,
          ...(!job.dryRun && job.allOrNothing && analysis.rejected > 0
            ? { status: "failed", failureKey: "import.failure.rows_rejected", failureParams: {} }
            : { status: "done" }),
        });
      });
      return;
    }
    await apply(ctx, job, hooks, analysis, counts);
  } catch (err) {
    const interrupted = err instanceof ImportInterrupted;
    if (!interrupted) console.error(`import ${job.id} failed`, err);
    await finish(ctx.db, ctx, job.id, {
      status: "failed",
      failureKey: interrupted ? "import.failure.interrupted" : "import.failure.internal",
      failureParams: {},
    }).catch(() => {});
  } finally {
    hooks.writing(false);
  }
}

/** The write: every valid row, the statistics, the errors, the final state and the audit, or nothing. */
async function apply(
  ctx: AppContext,
  job: ImportJob,
  hooks: JobHooks,
  analysis: Analysis,
  counts: { rowsRead: number; valid: number; rejected: number; summary: ReturnType<typeof summarise> },
) {
  hooks.writing(true);
  try {
    await ctx.db.transaction(async (tx) => {
      const caseIds = await writeImportedCases(
        tx,
        {
          importId: job.id,
          format: job.format,
          taskForceId: job.taskForceId,
          leadOrganizationId: job.leadOrganizationId,
          userId: job.userId,
          now: ctx.now(),
        },
        analysis.groups,
        (done, total) => hooks.progress(READ_SHARE + (1 - READ_SHARE) * 0.95 * (done / total)),
        hooks.checkpoint,
      );
      await refreshStatisticsFacts(tx, caseIds);
      hooks.checkpoint();
      await saveErrors(tx, job.id, analysis.errors);
      await finish(tx, ctx, job.id, {
        status: "done",
        applied: true,
        ...counts,
        created: counts.valid,
        casesCreated: caseIds.length,
      });
      // Last, so the audit chain's lock is held for a moment, not for the whole import.
      await recordAudit(tx, job.actor, {
        event: "cases.imported",
        taskForceId: job.taskForceId,
        recordType: "import",
        recordId: job.id,
        data: {
          format: job.format,
          fileHash: job.contentHash,
          rowsRead: counts.rowsRead,
          created: counts.valid,
          cases: caseIds.length,
          rejected: counts.rejected,
        },
      });
    });
  } catch (err) {
    // Another import of the same file committed first: this one is that file again.
    if (isUniqueViolation(err, "imports_applied_file_key") && (await finishIfDuplicate(ctx.db, ctx, job)))
      return;
    throw err;
  }
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    const shaped = e as { code?: string; constraint?: string; message?: string };
    if (shaped.code === "23505" && (shaped.constraint === constraint || shaped.message?.includes(constraint)))
      return true;
  }
  return false;
}

/** The file was applied before in this task force: say so and create nothing. */
async function finishIfDuplicate(db: Db, ctx: AppContext, job: ImportJob): Promise<boolean> {
  const [earlier] = await db
    .select({ id: imports.id })
    .from(imports)
    .where(
      and(
        eq(imports.taskForceId, job.taskForceId),
        eq(imports.contentHash, job.contentHash),
        eq(imports.applied, true),
      ),
    )
    .limit(1);
  if (!earlier) return false;
  await finish(db, ctx, job.id, { status: "done", duplicateOfId: earlier.id });
  return true;
}

type Outcome = Partial<typeof imports.$inferInsert> & {
  status: "done" | "failed";
  failureKey?: MessageKey;
  failureParams?: Params;
};

async function finish(db: Db, ctx: AppContext, id: string, outcome: Outcome) {
  await db
    .update(imports)
    .set({ ...outcome, progress: 1, finishedAt: ctx.now(), heartbeatAt: ctx.now() })
    .where(eq(imports.id, id));
}

async function saveErrors(tx: Db, importId: string, errors: readonly RowError[]) {
  for (let i = 0; i < errors.length; i += ERROR_CHUNK) {
    const payload = errors
      .slice(i, i + ERROR_CHUNK)
      .map((e, j) => ({ position: i + j, row: e.row, field: e.field, key: e.key, params: e.params ?? {} }));
    await tx.execute(sql`
      INSERT INTO import_errors (import_id, position, row, field, key, params)
      SELECT ${importId}::uuid, r.position, r.row, r.field, r.key, r.params
      FROM json_to_recordset(${JSON.stringify(payload)}::json)
        AS r(position int, row int, field text, key text, params jsonb)
    `);
  }
}
