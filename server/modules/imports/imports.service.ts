import { createHash, randomUUID } from "node:crypto";
import type { ImportFormat, TemplateFileType } from "../../../shared/imports.ts";
import type { AppContext } from "../../app-context.ts";
import type { Actor, UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { imports } from "../../db/schema/index.ts";
import { csvLine } from "../../lib/csv.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { notFound } from "../../lib/errors.ts";
import type { Locale } from "../../lib/messages.ts";
import { templateVocabularies } from "./formats/gugus-template.ts";
import type { ImportJob } from "./import-job.ts";
import type { ImportRunner } from "./import-runner.ts";
import { loadVocabularies } from "./import-vocabulary.ts";
import { presentImport, presentImportError, presentImportListItem } from "./imports.presenter.ts";
import { allImportErrors, findImport, importErrorsOf, listImportsPage } from "./imports.repository.ts";
import { templateFile } from "./template-file.ts";

/** How many problems the import's own answer lists; the CSV download has them all. */
const ERRORS_SHOWN = 500;

export type ImportRequest = {
  bytes: Uint8Array;
  fileName: string;
  format: ImportFormat;
  dryRun: boolean;
  allOrNothing: boolean;
};

/** Whose import it is: the task force it writes into and the organisation that will lead the cases. */
export type ImportOwner = {
  taskForceId: string;
  leadOrganizationId: string;
  userId: string | null;
  label: string;
  actor: Actor;
};

/** A name to show, never a path: whatever the browser or shell sent, only the last segment. */
export function cleanFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const clean = last
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, 255);
  return clean || "berkas";
}

/** Records the import as queued and answers the job to run: the bytes go to the runner, not the database. */
export async function createImportJob(
  db: Db,
  ctx: AppContext,
  owner: ImportOwner,
  request: ImportRequest,
): Promise<ImportJob> {
  const id = randomUUID();
  const fileName = cleanFileName(request.fileName);
  const contentHash = createHash("sha256").update(request.bytes).digest("hex");
  await db.insert(imports).values({
    id,
    taskForceId: owner.taskForceId,
    format: request.format,
    fileName,
    fileSize: request.bytes.length,
    contentHash,
    dryRun: request.dryRun,
    allOrNothing: request.allOrNothing,
    status: "queued",
    leadOrganizationId: owner.leadOrganizationId,
    requestedById: owner.userId,
    requestedByLabel: owner.label,
    // From JS, in milliseconds, so the list's keyset cursor round-trips exactly.
    createdAt: ctx.now(),
    heartbeatAt: ctx.now(),
  });
  return {
    id,
    taskForceId: owner.taskForceId,
    format: request.format,
    dryRun: request.dryRun,
    allOrNothing: request.allOrNothing,
    fileName,
    contentHash,
    leadOrganizationId: owner.leadOrganizationId,
    userId: owner.userId,
    actor: owner.actor,
    bytes: request.bytes,
  };
}

/** Queues an import of the actor's task force; its cases will be led by the actor's organisation. */
export async function startImport(
  ctx: AppContext,
  runner: ImportRunner,
  actor: UserActor,
  request: ImportRequest,
) {
  const job = await createImportJob(
    ctx.db,
    ctx,
    {
      taskForceId: actor.taskForceId,
      leadOrganizationId: actor.organizationId,
      userId: actor.userId,
      label: actor.name,
      actor,
    },
    request,
  );
  runner.enqueue(job);
  return { id: job.id };
}

export async function getImport(
  ctx: AppContext,
  runner: ImportRunner,
  actor: UserActor,
  id: string,
  locale: Locale,
) {
  await runner.sweepAbandoned();
  const row = await findImport(ctx.db, actor.taskForceId, id);
  if (!row) throw notFound();
  const errors = await importErrorsOf(ctx.db, id, ERRORS_SHOWN);
  return presentImport(locale, row, errors, runner.liveProgress(id));
}

export async function listImports(
  ctx: AppContext,
  runner: ImportRunner,
  actor: UserActor,
  query: { cursor?: string; limit: number },
  locale: Locale,
) {
  await runner.sweepAbandoned();
  const after = decodeCursor(query.cursor, 2);
  const rows = await listImportsPage(ctx.db, actor.taskForceId, after, query.limit);
  const page = pageOf(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return {
    items: page.items.map((r) => presentImportListItem(locale, r, runner.liveProgress(r.id))),
    nextCursor: page.nextCursor,
  };
}

/** Every problem of an import as CSV (row, column, message), in the reader's language. */
export async function importErrorsCsv(ctx: AppContext, actor: UserActor, id: string, locale: Locale) {
  const row = await findImport(ctx.db, actor.taskForceId, id);
  if (!row) throw notFound();
  const header = locale === "id" ? ["baris", "kolom", "masalah"] : ["row", "column", "problem"];
  const lines = [csvLine(header)];
  for (const e of await allImportErrors(ctx.db, id)) {
    const shown = presentImportError(locale, e);
    lines.push(csvLine([shown.row, shown.field, shown.message]));
  }
  const base = row.fileName.replace(/\.[^.]+$/, "");
  return {
    fileName: `${base}-${locale === "id" ? "masalah" : "problems"}.csv`,
    bytes: Buffer.from(`\uFEFF${lines.join("")}`),
  };
}

export async function downloadTemplate(ctx: AppContext, type: TemplateFileType) {
  return templateFile(type, await loadVocabularies(ctx.db, templateVocabularies));
}
