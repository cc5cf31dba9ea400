import { createHash } from "node:crypto";
import sharp from "sharp";
import {
  IMAGE_MAX_WIDTH,
  IMAGE_SMALL_WIDTH,
  type MediaDto,
  type UploadImageInput,
} from "../../../shared/portal.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { portalMedia } from "../../db/schema/portal.ts";
import { AppError, invalidField } from "../../lib/errors.ts";

/** The type a file's leading bytes show, whatever its name or the browser claims. */
export function sniffType(
  content: Buffer,
): "application/pdf" | "image/png" | "image/jpeg" | "image/webp" | null {
  const head = content.toString("latin1", 0, 12);
  if (head.startsWith("%PDF-")) return "application/pdf";
  if (head.startsWith("\x89PNG\r\n\x1a\n")) return "image/png";
  if (content.length > 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff)
    return "image/jpeg";
  if (head.startsWith("RIFF") && head.slice(8, 12) === "WEBP") return "image/webp";
  return null;
}

/** The decoded upload, refused when larger than the configured attachment size. */
export function decodeUpload(ctx: AppContext, contentBase64: string): Buffer {
  const content = Buffer.from(contentBase64, "base64");
  const maximum = ctx.config.attachmentMaxBytes;
  if (content.length > maximum) {
    throw invalidField("contentBase64", "portal.file_too_large", {
      maximum: Math.round((maximum / 1024 / 1024) * 10) / 10,
    });
  }
  return content;
}

type Resized = { content: Buffer; width: number; height: number; mimeType: string };

/**
 * An image as the portal keeps it: turned upright, at most `width` wide, without its metadata
 * (a phone photo's EXIF can carry where it was taken), as JPEG — or PNG when it has transparency.
 */
async function resize(input: Buffer, width: number, alpha: boolean): Promise<Resized> {
  const pipeline = sharp(input, { failOn: "error" }).rotate().resize({ width, withoutEnlargement: true });
  const out = alpha
    ? await pipeline.png({ compressionLevel: 9, palette: true }).toBuffer({ resolveWithObject: true })
    : await pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 78, mozjpeg: true }).toBuffer({
        resolveWithObject: true,
      });
  return {
    content: out.data,
    width: out.info.width,
    height: out.info.height,
    mimeType: alpha ? "image/png" : "image/jpeg",
  };
}

export function presentMedia(row: {
  id: string;
  width: number | null;
  height: number | null;
  mimeType: string;
  sizeBytes: number;
  alt: string;
}): MediaDto {
  const url = `/media/${row.id}`;
  const alt = row.alt.replace(/[[\]\n]/g, " ").trim();
  return {
    id: row.id,
    url,
    width: row.width,
    height: row.height,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    markdown: `![${alt}](${url})`,
  };
}

/**
 * Stores an image for pages and news, resized on upload: a phone photo of several megabytes
 * becomes a page image of a few hundred kilobytes, with a half-width copy for phones.
 */
export async function uploadImage(
  ctx: AppContext,
  actor: UserActor,
  input: UploadImageInput,
): Promise<MediaDto> {
  const original = decodeUpload(ctx, input.contentBase64);
  const type = sniffType(original);
  if (type === null || type === "application/pdf") throw invalidField("contentBase64", "portal.image_type");
  let large: Resized;
  let small: Resized | null = null;
  try {
    const meta = await sharp(original).metadata();
    const alpha = Boolean(meta.hasAlpha);
    large = await resize(original, IMAGE_MAX_WIDTH, alpha);
    if (large.width > IMAGE_SMALL_WIDTH) small = await resize(original, IMAGE_SMALL_WIDTH, alpha);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalidField("contentBase64", "portal.image_unreadable");
  }
  const sha256 = createHash("sha256").update(large.content).digest("hex");
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(portalMedia)
      .values({
        taskForceId: actor.taskForceId,
        kind: "image",
        fileName: input.fileName,
        mimeType: large.mimeType,
        width: large.width,
        height: large.height,
        sizeBytes: large.content.length,
        sha256,
        content: large.content,
        smallContent: small?.content ?? null,
        smallWidth: small?.width ?? null,
        smallHeight: small?.height ?? null,
        alt: input.altId,
        uploadedById: actor.userId,
        createdAt: ctx.now(),
      })
      .returning();
    await recordAudit(tx, actor, {
      event: "portal.media_uploaded",
      recordType: "portal_media",
      recordId: inserted!.id,
      data: {
        type,
        originalSize: original.length,
        size: large.content.length,
        width: large.width,
        height: large.height,
        sha256,
      },
    });
    return inserted!;
  });
  return presentMedia(row);
}
