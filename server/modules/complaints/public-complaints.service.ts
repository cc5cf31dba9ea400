import type { PublicComplaintInput } from "../../../shared/complaints.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Db } from "../../db/database.ts";
import { checkRegion } from "../../db/reference-checks.ts";
import { taskForces } from "../../db/schema/index.ts";
import { normalisePseudonymousCode } from "../../lib/crypto/pseudonym.ts";
import { AppError, invalidField } from "../../lib/errors.ts";
import { createComplaint, TRACKING_CODE_PREFIX } from "./complaint-intake.ts";
import { publicStatusOf } from "./complaints.presenter.ts";
import { findComplaintByTrackingCode } from "./complaints.repository.ts";
import { isSolved, spendChallenge } from "./public-challenge.ts";

/**
 * Which task force a public complaint goes to: the one the form names; else the one whose region
 * holds the place (the most local, when a province and a city task force share a deployment);
 * else the deployment's only task force. A deployment of several asks the sender to choose.
 */
async function receivingTaskForce(db: Db, input: PublicComplaintInput): Promise<string> {
  const all = await db
    .select({ id: taskForces.id, code: taskForces.code, regionCode: taskForces.regionCode })
    .from(taskForces);
  if (input.taskForceCode) {
    const named = all.find((tf) => tf.code === input.taskForceCode);
    if (!named) throw invalidField("taskForceCode", "complaint.task_force_unknown");
    return named.id;
  }
  const place = input.placeRegionCode;
  if (place) {
    const covering = all
      .filter((tf) => place === tf.regionCode || place.startsWith(`${tf.regionCode}.`))
      .sort((a, b) => b.regionCode.length - a.regionCode.length);
    if (covering[0]) return covering[0].id;
  }
  if (all.length === 1) return all[0]!.id;
  throw invalidField("taskForceCode", "complaint.task_force_required");
}

/**
 * A complaint from the public form. Every check that needs no write comes first, so a refused
 * form can be corrected and sent again with the same solved challenge; the challenge is spent and
 * the complaint written in one transaction. The sender learns the tracking code and nothing else.
 */
export async function submitPublicComplaint(
  ctx: AppContext,
  input: PublicComplaintInput,
  origin: { ip: string },
) {
  if (input.website?.trim()) throw invalidField("website", "complaint.honeypot");
  if (!isSolved(input.challengeId, input.nonce, ctx.config.publicFormDifficulty)) {
    throw invalidField("nonce", "complaint.challenge_unsolved");
  }
  await checkRegion(ctx.db, "placeRegionCode", input.placeRegionCode);
  const taskForceId = await receivingTaskForce(ctx.db, input);
  const now = ctx.now();
  const created = await ctx.db.transaction(async (tx) => {
    if (!(await spendChallenge(tx, input.challengeId, now))) {
      throw invalidField("challengeId", "complaint.challenge_invalid");
    }
    const row = await createComplaint(tx, ctx, {
      ...input,
      taskForceId,
      source: "public",
      channelCode: "web_form",
      receivedAt: now,
      recordedById: null,
    });
    await recordAudit(tx, null, {
      event: "complaint.received",
      taskForceId,
      recordType: "complaint",
      recordId: row.id,
      data: { channel: "web_form" },
      ip: origin.ip,
    });
    return row;
  });
  return { trackingCode: created.trackingCode, receivedAt: created.receivedAt.toISOString() };
}

/** Where a complaint stands, by the code its sender was given: the status and two times. */
export async function trackComplaint(ctx: AppContext, typed: string) {
  const code = normalisePseudonymousCode(TRACKING_CODE_PREFIX, typed);
  if (!code) throw invalidField("trackingCode", "complaint.tracking_code_format");
  const row = await findComplaintByTrackingCode(ctx.db, code);
  if (!row) throw new AppError("not_found", "complaint.tracking_unknown");
  return {
    trackingCode: row.trackingCode,
    status: publicStatusOf(row.status),
    receivedAt: row.receivedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
