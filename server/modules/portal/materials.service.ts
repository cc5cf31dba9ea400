import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type {
  CreateMaterialInput,
  MaterialDto,
  MaterialMimeType,
  UpdateMaterialInput,
} from "../../../shared/portal.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { portalMaterials, portalMedia } from "../../db/schema/portal.ts";
import { AppError, invalidField, notFound } from "../../lib/errors.ts";
import { decodeUpload, sniffType } from "./media.service.ts";
import { reportFormUrl } from "./qr.ts";

/**
 * Campaign materials: posters and leaflets as the secretariat made them (kept as uploaded, for
 * printing), each shown with a QR code to the complaint form. A new material waits hidden until
 * a publisher shows it on the site.
 */

const extensions: Record<MaterialMimeType, readonly string[]> = {
  "application/pdf": [".pdf"],
  "image/png": [".png"],
  "image/jpeg": [".jpg", ".jpeg"],
};

const columns = {
  id: portalMaterials.id,
  titleId: portalMaterials.titleId,
  titleEn: portalMaterials.titleEn,
  descriptionId: portalMaterials.descriptionId,
  descriptionEn: portalMaterials.descriptionEn,
  visible: portalMaterials.visible,
  position: portalMaterials.position,
  updatedAt: portalMaterials.updatedAt,
  fileName: portalMedia.fileName,
  mimeType: portalMedia.mimeType,
  sizeBytes: portalMedia.sizeBytes,
};

function find(db: Db, taskForceId: string, materialId?: string) {
  return db
    .select(columns)
    .from(portalMaterials)
    .innerJoin(portalMedia, eq(portalMedia.id, portalMaterials.mediaId))
    .where(
      and(
        eq(portalMaterials.taskForceId, taskForceId),
        materialId ? eq(portalMaterials.id, materialId) : undefined,
      ),
    )
    .orderBy(asc(portalMaterials.position), asc(portalMaterials.createdAt));
}

type Row = Awaited<ReturnType<typeof find>>[number];

function present(row: Row, baseUrl: string): MaterialDto {
  return {
    ...row,
    updatedAt: row.updatedAt.toISOString(),
    downloadUrl: `/materi/${row.id}/unduh`,
    qrSvgUrl: `/api/portal/materials/${row.id}/qr.svg`,
    qrPngUrl: `/api/portal/materials/${row.id}/qr.png`,
    qrTarget: reportFormUrl(baseUrl),
  };
}

export async function listMaterials(ctx: AppContext, actor: UserActor, baseUrl: string) {
  const rows = await find(ctx.db, actor.taskForceId);
  return { items: rows.map((row) => present(row, baseUrl)) };
}

async function getMaterial(ctx: AppContext, actor: UserActor, materialId: string, baseUrl: string) {
  const [row] = await find(ctx.db, actor.taskForceId, materialId);
  if (!row) throw notFound();
  return present(row, baseUrl);
}

/** A material exists for the caller's task force (the QR codes of the admin screen). */
export async function checkMaterial(ctx: AppContext, actor: UserActor, materialId: string) {
  const [row] = await find(ctx.db, actor.taskForceId, materialId);
  if (!row) throw notFound();
}

export async function createMaterial(
  ctx: AppContext,
  actor: UserActor,
  input: CreateMaterialInput,
  baseUrl: string,
): Promise<MaterialDto> {
  const content = decodeUpload(ctx, input.contentBase64);
  const type = sniffType(content);
  if (type === null || type === "image/webp") throw invalidField("contentBase64", "portal.material_type");
  const endings = extensions[type];
  if (!endings.some((ending) => input.fileName.toLowerCase().endsWith(ending)))
    throw invalidField("fileName", "portal.extension_mismatch", { extensions: endings.join(", ") });
  const sha256 = createHash("sha256").update(content).digest("hex");
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const [media] = await tx
      .insert(portalMedia)
      .values({
        taskForceId: actor.taskForceId,
        kind: "material",
        fileName: input.fileName,
        mimeType: type,
        sizeBytes: content.length,
        sha256,
        content,
        uploadedById: actor.userId,
        createdAt: now,
      })
      .returning({ id: portalMedia.id });
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${portalMaterials.position}), -1)` })
      .from(portalMaterials)
      .where(eq(portalMaterials.taskForceId, actor.taskForceId));
    const [material] = await tx
      .insert(portalMaterials)
      .values({
        taskForceId: actor.taskForceId,
        titleId: input.titleId,
        titleEn: input.titleEn,
        descriptionId: input.descriptionId,
        descriptionEn: input.descriptionEn,
        mediaId: media!.id,
        position: Number(last?.position ?? -1) + 1,
        createdById: actor.userId,
        updatedById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: portalMaterials.id });
    await recordAudit(tx, actor, {
      event: "portal.material_created",
      recordType: "portal_material",
      recordId: material!.id,
      data: { title: input.titleId, type, size: content.length, sha256 },
    });
    return material!.id;
  });
  return getMaterial(ctx, actor, id, baseUrl);
}

export async function updateMaterial(
  ctx: AppContext,
  actor: UserActor,
  materialId: string,
  input: UpdateMaterialInput,
  baseUrl: string,
): Promise<MaterialDto> {
  // Security: what the public sees is a publisher's decision; a writer edits words only.
  if (input.visible !== undefined && !actor.permissions.has("portal.publish"))
    throw new AppError("forbidden", "portal.visible_needs_publish");
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(portalMaterials)
      .where(and(eq(portalMaterials.id, materialId), eq(portalMaterials.taskForceId, actor.taskForceId)))
      .for("update");
    if (!before) throw notFound();
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, value] of Object.entries(input) as [keyof UpdateMaterialInput, unknown][]) {
      if (value !== undefined && before[field] !== value) changes[field] = { from: before[field], to: value };
    }
    if (Object.keys(changes).length === 0) return;
    await tx
      .update(portalMaterials)
      .set({ ...input, updatedById: actor.userId, updatedAt: ctx.now() })
      .where(eq(portalMaterials.id, materialId));
    await recordAudit(tx, actor, {
      event: "portal.material_updated",
      recordType: "portal_material",
      recordId: materialId,
      data: changes,
    });
  });
  return getMaterial(ctx, actor, materialId, baseUrl);
}
