import {
  EARLY_WARNING_PHOTO_MAX_BYTES,
  type EarlyWarningPhotoType,
  earlyWarningPhotoTypes,
} from "../../../shared/early-warnings.ts";
import { readAsBase64 } from "../cases/document-file.ts";

// Long edge of a sent photo: enough to read a sign or a face's outline, small on a slow link.
const MAX_EDGE = 1600;
const JPEG_QUALITY = 0.82;

export type PreparedPhoto = {
  mimeType: EarlyWarningPhotoType;
  contentBase64: string;
  sizeBytes: number;
  previewUrl: string;
};

export class PhotoUnreadable extends Error {}
export class PhotoTooLarge extends Error {}

async function shrink(file: File): Promise<Blob | null> {
  if (typeof createImageBitmap !== "function") return null;
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", JPEG_QUALITY));
  } finally {
    bitmap.close();
  }
}

/**
 * Readies a chosen picture for sending. It is redrawn as a JPEG of at most 1600 px: a phone's
 * 4 MB photo becomes a few hundred KB, and redrawing drops the file's metadata, such as the GPS
 * position where it was taken. A browser that cannot redraw sends the file as it is, if the
 * server will take it.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  let blob: Blob | null = null;
  try {
    blob = await shrink(file);
  } catch {
    blob = null;
  }
  const original = (earlyWarningPhotoTypes as readonly string[]).includes(file.type);
  if (!blob && !original) throw new PhotoUnreadable();
  const chosen = blob ?? file;
  if (chosen.size > EARLY_WARNING_PHOTO_MAX_BYTES) throw new PhotoTooLarge();
  const mimeType = (blob ? "image/jpeg" : file.type) as EarlyWarningPhotoType;
  const contentBase64 = await readAsBase64(new File([chosen], "foto", { type: mimeType }));
  return { mimeType, contentBase64, sizeBytes: chosen.size, previewUrl: URL.createObjectURL(chosen) };
}
