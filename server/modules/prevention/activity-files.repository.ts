import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { activityFiles, users } from "../../db/schema/index.ts";

/** An activity's files without their content, oldest first (photos read in the order taken). */
export async function findFiles(db: Db, activityId: string, fileId?: string) {
  return db
    .select({
      id: activityFiles.id,
      kind: activityFiles.kind,
      fileNameEnc: activityFiles.fileNameEnc,
      mimeType: activityFiles.mimeType,
      sizeBytes: activityFiles.sizeBytes,
      sha256: activityFiles.sha256,
      uploadedByName: users.name,
      createdAt: activityFiles.createdAt,
    })
    .from(activityFiles)
    .leftJoin(users, eq(users.id, activityFiles.uploadedById))
    .where(and(eq(activityFiles.activityId, activityId), fileId ? eq(activityFiles.id, fileId) : undefined))
    .orderBy(asc(activityFiles.createdAt), asc(activityFiles.id));
}

export type ActivityFileRow = Awaited<ReturnType<typeof findFiles>>[number];

export async function findFileContent(db: Db, activityId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(activityFiles)
    .where(and(eq(activityFiles.id, fileId), eq(activityFiles.activityId, activityId)));
  return row;
}
