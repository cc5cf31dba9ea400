import { eq } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { taskForces } from "../../db/schema/index.ts";
import { decryptBytes } from "../../lib/crypto/field-encryption.ts";
import type { Locale } from "../../lib/messages.ts";
import { wibDate } from "../../lib/wib.ts";
import { activityView } from "../prevention/activities.service.ts";
import { loadActivity } from "../prevention/activity-access.ts";
import { activityFileContexts } from "../prevention/activity-files.service.ts";
import { openSheets } from "../prevention-tests/knowledge-tests.presenter.ts";
import { findResponses, findTestOfActivity } from "../prevention-tests/knowledge-tests.repository.ts";
import { testResults } from "../prevention-tests/test-scoring.ts";
import { termLabels } from "../vocabularies/vocabularies.service.ts";
import { slugOf } from "./file-names.ts";
import { type ReportData, type ReportPhoto, renderReport } from "./report-pdf.ts";
import { textsOf } from "./report-texts.ts";
import { findPhotoContent, findPhotos } from "./reports.repository.ts";

/** Two pages of photos at four a page: enough to show an activity. */
export const MAX_REPORT_PHOTOS = 8;
/**
 * The photos' bytes a report may carry, so it still fits in an e-mail (a PDF holds a JPEG as it
 * is, and no image library is at hand to shrink one); a photo that would go past it is left out.
 */
export const MAX_REPORT_PHOTO_BYTES = 12 * 1024 * 1024;

/** What the bytes say they are; a PDF holds JPEG and PNG as they are, nothing else. */
function printableType(content: Buffer): ReportPhoto["mimeType"] | null {
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return "image/jpeg";
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  return null;
}

/** The first photos a PDF can hold, decrypted, and how many were left out for each reason. */
async function reportPhotos(ctx: AppContext, activityId: string) {
  const listed = await findPhotos(ctx.db, activityId);
  const candidates = listed.filter((p) => p.mimeType === "image/jpeg" || p.mimeType === "image/png");
  const photos: (ReportPhoto & { id: string })[] = [];
  let unprintable = listed.length - candidates.length;
  let omitted = 0;
  let bytes = 0;
  for (const photo of candidates) {
    if (photos.length === MAX_REPORT_PHOTOS || bytes + photo.sizeBytes > MAX_REPORT_PHOTO_BYTES) {
      omitted++;
      continue;
    }
    const sealed = await findPhotoContent(ctx.db, photo.id);
    if (!sealed) continue;
    const content = decryptBytes(ctx.keyring, sealed, activityFileContexts.content(photo.id));
    const mimeType = printableType(content);
    if (!mimeType) {
      unprintable++;
      continue;
    }
    photos.push({ id: photo.id, mimeType, content });
    bytes += content.length;
  }
  return { photos, omitted, unprintable };
}

async function knowledgeTestOf(ctx: AppContext, activityId: string): Promise<ReportData["test"]> {
  const test = await findTestOfActivity(ctx.db, activityId);
  if (!test) return null;
  const sheets = openSheets(ctx.keyring, await findResponses(ctx.db, test.id));
  return { questions: test.questions, results: testResults(test.questions, sheets) };
}

/**
 * The activity report as a PDF to send to the camat or the wali kota: letterhead, the
 * activity, participants by sex and age band, the knowledge test's results, notes, a place to
 * sign, and the photos. Everyone who reads the activity may make one; each is audited with the
 * photos it carried (a photo may show faces).
 */
export async function activityReport(ctx: AppContext, actor: UserActor, activityId: string, locale: Locale) {
  await loadActivity(ctx.db, actor, activityId);
  const activity = await activityView(ctx, actor, activityId);
  const [taskForce] = await ctx.db
    .select({ name: taskForces.name })
    .from(taskForces)
    .where(eq(taskForces.id, actor.taskForceId));
  const typeLabel = await termLabels(ctx.db, "prevention_activity_type", [activity.typeCode]);
  const groupLabel = await termLabels(ctx.db, "target_group", activity.targetGroupCodes);
  const { photos, omitted, unprintable } = await reportPhotos(ctx, activityId);
  const data: ReportData = {
    taskForceName: taskForce!.name,
    activity,
    typeLabel: typeLabel(activity.typeCode)[locale],
    targetGroupLabels: activity.targetGroupCodes.map((code) => groupLabel(code)[locale]),
    test: await knowledgeTestOf(ctx, activityId),
    photos,
    photosOmitted: omitted,
    photosUnprintable: unprintable,
    generatedAt: ctx.now(),
  };
  let content: Buffer;
  let printed = photos;
  try {
    content = await renderReport(data, locale);
  } catch (error) {
    // A photo whose bytes pass the check but that the PDF library cannot read (a damaged file)
    // must not cost the whole report: it is made again without photos, saying how many.
    if (photos.length === 0) throw error;
    printed = [];
    content = await renderReport(
      { ...data, photos: [], photosUnprintable: unprintable + photos.length },
      locale,
    );
  }
  await recordAudit(ctx.db, actor, {
    event: "prevention.report_generated",
    recordType: "prevention_activity",
    recordId: activityId,
    data: { language: locale, photoIds: printed.map((p) => p.id) },
  });
  const t = textsOf(locale);
  return {
    content,
    fileName: `${t("file.report")}-${slugOf(activity.title)}-${wibDate(new Date(activity.startsAt))}.pdf`,
  };
}
