import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  type ActivityFileDto,
  activityFileTypes,
  type UploadActivityFileInput,
} from "../../../shared/prevention.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { activityFiles } from "../../db/schema/index.ts";
import { fileContexts, openFile, openFileName, sealFile } from "../../lib/encrypted-files/sealed-file.ts";
import { acceptUpload } from "../../lib/encrypted-files/upload-checks.ts";
import { notFound } from "../../lib/errors.ts";
import { loadActivity } from "./activity-access.ts";
import { type ActivityFileRow, findFileContent, findFiles } from "./activity-files.repository.ts";

/**
 * Where a file's name and content are bound (see server/db/encrypted-columns.ts); the activity
 * report reads photos through these too.
 */
export const activityFileContexts = fileContexts("activity_files");

function presentFile(row: ActivityFileRow, fileName: string): ActivityFileDto {
  return {
    id: row.id,
    kind: row.kind as ActivityFileDto["kind"],
    fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    uploadedByName: row.uploadedByName,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listFiles(ctx: AppContext, actor: UserActor, activityId: string) {
  await loadActivity(ctx.db, actor, activityId);
  const rows = await findFiles(ctx.db, activityId);
  return {
    items: rows.map((row) =>
      presentFile(row, openFileName(ctx.keyring, activityFileContexts, row.id, row.fileNameEnc)),
    ),
  };
}

/** Stores a material or a photo, name and bytes encrypted; the audit learns type, size and hash. */
export async function uploadFile(
  ctx: AppContext,
  actor: UserActor,
  activityId: string,
  input: UploadActivityFileInput,
) {
  await loadActivity(ctx.db, actor, activityId, "manageFiles");
  // Materials take the case documents' types and slides.
  const content = acceptUpload(input, {
    maxBytes: ctx.config.attachmentMaxBytes,
    extensions: activityFileTypes[input.mimeType],
  });
  const id = randomUUID();
  const sealed = sealFile(ctx.keyring, activityFileContexts, id, { fileName: input.fileName, content });
  await ctx.db.transaction(async (tx) => {
    await tx.insert(activityFiles).values({
      id,
      activityId,
      kind: input.kind,
      ...sealed,
      mimeType: input.mimeType,
      uploadedById: actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      event: "prevention.file_uploaded",
      recordType: "prevention_activity_file",
      recordId: id,
      data: {
        activityId,
        kind: input.kind,
        mimeType: input.mimeType,
        size: sealed.sizeBytes,
        sha256: sealed.sha256,
      },
    });
  });
  const [row] = await findFiles(ctx.db, activityId, id);
  return presentFile(row!, input.fileName);
}

/** A file's bytes for download; every read is audited (a photo may show participants' faces). */
export async function readFileContent(ctx: AppContext, actor: UserActor, activityId: string, fileId: string) {
  await loadActivity(ctx.db, actor, activityId);
  const row = await findFileContent(ctx.db, activityId, fileId);
  if (!row) throw notFound();
  const { content, fileName } = openFile(ctx.keyring, activityFileContexts, row);
  await recordAudit(ctx.db, actor, {
    event: "prevention.file_downloaded",
    recordType: "prevention_activity_file",
    recordId: row.id,
    data: { activityId, sha256: row.sha256 },
  });
  return { content, fileName, mimeType: row.mimeType };
}

export async function deleteFile(ctx: AppContext, actor: UserActor, activityId: string, fileId: string) {
  await loadActivity(ctx.db, actor, activityId, "manageFiles");
  await ctx.db.transaction(async (tx) => {
    const [row] = await findFiles(tx, activityId, fileId);
    if (!row) throw notFound();
    await tx.delete(activityFiles).where(eq(activityFiles.id, fileId));
    await recordAudit(tx, actor, {
      event: "prevention.file_deleted",
      recordType: "prevention_activity_file",
      recordId: fileId,
      data: { activityId, sha256: row.sha256 },
    });
  });
}
