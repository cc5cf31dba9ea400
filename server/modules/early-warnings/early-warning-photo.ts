import {
  EARLY_WARNING_PHOTO_MAX_BYTES,
  type EarlyWarningPhotoType,
  photoExtensions,
} from "../../../shared/early-warnings.ts";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { earlyWarningPhotos } from "../../db/schema/index.ts";
import { fileContexts, openContent, sealContent } from "../../lib/encrypted-files/sealed-file.ts";
import { checkUpload } from "../../lib/encrypted-files/upload-checks.ts";
import type { FieldProblem } from "../../lib/errors.ts";

// A photo has no name of its own, only bytes bound to the warning's row.
const photoContexts = fileContexts("early_warning_photos");

/** The photo's bytes are bound to the warning's row (see server/db/encrypted-columns.ts). */
export const photoContext = photoContexts.content;

const typeNames: Record<EarlyWarningPhotoType, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
};

export type CheckedPhoto = { mimeType: EarlyWarningPhotoType; content: Buffer };

/**
 * The photo's size and its leading bytes must agree with the declared type: a phone's browser
 * only guesses the type from the name, and a program renamed ".jpg" must never be stored and
 * later opened by the secretariat as a picture.
 */
export function photoProblems(photo: { mimeType: EarlyWarningPhotoType; contentBase64: string }): {
  checked: CheckedPhoto | null;
  problems: FieldProblem[];
} {
  const { content, problems } = checkUpload(photo, {
    maxBytes: EARLY_WARNING_PHOTO_MAX_BYTES,
    fields: { content: "photo.contentBase64" },
    messages: { tooLarge: "early_warning.photo_too_large", contentMismatch: "early_warning.photo_not_image" },
    typeLabel: typeNames[photo.mimeType],
  });
  if (problems.length > 0) return { checked: null, problems };
  return { checked: { mimeType: photo.mimeType, content }, problems: [] };
}

/** Stores the photo of a new warning, encrypted under the active data key, in the caller's transaction. */
export async function storePhoto(tx: Db, ctx: AppContext, warningId: string, photo: CheckedPhoto) {
  const sealed = sealContent(ctx.keyring, photoContexts, warningId, photo.content);
  await tx.insert(earlyWarningPhotos).values({
    earlyWarningId: warningId,
    mimeType: photo.mimeType,
    ...sealed,
    createdAt: ctx.now(),
  });
  // What the audit trail records of it: never the picture itself.
  return { mimeType: photo.mimeType, size: sealed.sizeBytes, sha256: sealed.sha256 };
}

/** The photo's plain bytes and the name it downloads under: the warning's code, never the phone's file name. */
export function openPhoto(
  ctx: AppContext,
  row: { earlyWarningId: string; mimeType: string; contentEnc: Buffer },
  code: string,
) {
  const mimeType = row.mimeType as EarlyWarningPhotoType;
  return {
    content: openContent(ctx.keyring, photoContexts, row.earlyWarningId, row.contentEnc),
    mimeType,
    fileName: `${code}${photoExtensions[mimeType]}`,
  };
}
