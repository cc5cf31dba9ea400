import { createHash } from "node:crypto";
import {
  EARLY_WARNING_PHOTO_MAX_BYTES,
  type EarlyWarningPhotoType,
  photoExtensions,
} from "../../../shared/early-warnings.ts";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { earlyWarningPhotos } from "../../db/schema/index.ts";
import { decryptBytes, encryptBytes } from "../../lib/crypto/field-encryption.ts";
import type { FieldProblem } from "../../lib/errors.ts";
import { contentMatchesType } from "../case-documents/file-types.ts";

/** The photo's bytes are bound to the warning's row (see server/db/encrypted-columns.ts). */
export const photoContext = (warningId: string) => `early_warning_photos.content:${warningId}`;

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
  const content = Buffer.from(photo.contentBase64, "base64");
  if (content.length > EARLY_WARNING_PHOTO_MAX_BYTES) {
    return {
      checked: null,
      problems: [
        {
          field: "photo.contentBase64",
          key: "early_warning.photo_too_large",
          params: { maximum: EARLY_WARNING_PHOTO_MAX_BYTES / 1024 / 1024 },
        },
      ],
    };
  }
  if (!contentMatchesType(photo.mimeType, content)) {
    return {
      checked: null,
      problems: [
        {
          field: "photo.contentBase64",
          key: "early_warning.photo_not_image",
          params: { type: typeNames[photo.mimeType] },
        },
      ],
    };
  }
  return { checked: { mimeType: photo.mimeType, content }, problems: [] };
}

/** Stores the photo of a new warning, encrypted under the active data key, in the caller's transaction. */
export async function storePhoto(tx: Db, ctx: AppContext, warningId: string, photo: CheckedPhoto) {
  const sha256 = createHash("sha256").update(photo.content).digest("hex");
  await tx.insert(earlyWarningPhotos).values({
    earlyWarningId: warningId,
    mimeType: photo.mimeType,
    sizeBytes: photo.content.length,
    sha256,
    contentEnc: encryptBytes(ctx.keyring, photo.content, photoContext(warningId)),
    createdAt: ctx.now(),
  });
  // What the audit trail records of it: never the picture itself.
  return { mimeType: photo.mimeType, size: photo.content.length, sha256 };
}

/** The photo's plain bytes and the name it downloads under: the warning's code, never the phone's file name. */
export function openPhoto(
  ctx: AppContext,
  row: { earlyWarningId: string; mimeType: string; contentEnc: Buffer },
  code: string,
) {
  const mimeType = row.mimeType as EarlyWarningPhotoType;
  return {
    content: decryptBytes(ctx.keyring, row.contentEnc, photoContext(row.earlyWarningId)),
    mimeType,
    fileName: `${code}${photoExtensions[mimeType]}`,
  };
}
