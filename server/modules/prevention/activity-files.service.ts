import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DocumentMimeType } from "../../../shared/case-documents.ts";
import {
  type ActivityFileDto,
  type ActivityFileMimeType,
  activityFileTypes,
  type UploadActivityFileInput,
} from "../../../shared/prevention.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { activityFiles } from "../../db/schema/index.ts";
import { decryptBytes, decryptField, encryptBytes, encryptField } from "../../lib/crypto/field-encryption.ts";
import { AppError, type FieldProblem, notFound } from "../../lib/errors.ts";
import { contentMatchesType, zipEntryNames } from "../case-documents/file-types.ts";
import { loadActivity } from "./activity-access.ts";
import { type ActivityFileRow, findFileContent, findFiles } from "./activity-files.repository.ts";

/**
 * Where a file's name and content are bound (see server/db/encrypted-columns.ts); the activity
 * report reads photos through these too.
 */
export const activityFileContexts = {
  fileName: (id: string) => `activity_files.file_name:${id}`,
  content: (id: string) => `activity_files.content:${id}`,
};
const fileNameContext = activityFileContexts.fileName;
const contentContext = activityFileContexts.content;

const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** The bytes agree with the declared type; slides are a ZIP with a ppt/ folder, the rest as case documents. */
function contentMatches(type: ActivityFileMimeType, content: Buffer): boolean {
  if (type === PPTX) {
    const names = zipEntryNames(content);
    return Boolean(names?.includes("[Content_Types].xml") && names.some((n) => n.startsWith("ppt/")));
  }
  return contentMatchesType(type as DocumentMimeType, content);
}

function fileProblems(maximum: number, input: UploadActivityFileInput, content: Buffer): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const extensions: readonly string[] = activityFileTypes[input.mimeType];
  if (!extensions.some((ext) => input.fileName.toLowerCase().endsWith(ext))) {
    problems.push({
      field: "fileName",
      key: "document.extension_mismatch",
      params: { extensions: extensions.join(", ") },
    });
  }
  if (content.length > maximum) {
    problems.push({
      field: "contentBase64",
      key: "document.too_large",
      params: { maximum: Math.round((maximum / 1024 / 1024) * 10) / 10 },
    });
  } else if (!contentMatches(input.mimeType, content)) {
    problems.push({
      field: "contentBase64",
      key: "document.content_mismatch",
      params: { type: input.mimeType },
    });
  }
  return problems;
}

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
      presentFile(row, decryptField(ctx.keyring, row.fileNameEnc, fileNameContext(row.id))),
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
  const content = Buffer.from(input.contentBase64, "base64");
  const problems = fileProblems(ctx.config.attachmentMaxBytes, input, content);
  if (problems.length > 0)
    throw new AppError("validation_failed", "error.validation_failed", { fields: problems });
  const sha256 = createHash("sha256").update(content).digest("hex");
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(activityFiles).values({
      id,
      activityId,
      kind: input.kind,
      fileNameEnc: encryptField(ctx.keyring, input.fileName, fileNameContext(id)),
      mimeType: input.mimeType,
      sizeBytes: content.length,
      sha256,
      contentEnc: encryptBytes(ctx.keyring, content, contentContext(id)),
      uploadedById: actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, actor, {
      event: "prevention.file_uploaded",
      recordType: "prevention_activity_file",
      recordId: id,
      data: { activityId, kind: input.kind, mimeType: input.mimeType, size: content.length, sha256 },
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
  const content = decryptBytes(ctx.keyring, row.contentEnc, contentContext(row.id));
  const fileName = decryptField(ctx.keyring, row.fileNameEnc, fileNameContext(row.id));
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
