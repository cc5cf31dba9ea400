import { eq } from "drizzle-orm";
import type { ListComplaintsQuery, RecordComplaintInput } from "../../../shared/complaints.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { checkRegion, checkTerm } from "../../db/reference-checks.ts";
import { complaints } from "../../db/schema/index.ts";
import { decryptField } from "../../lib/crypto/field-encryption.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { invalidField } from "../../lib/errors.ts";
import { loadComplaint } from "./complaint-access.ts";
import { complaintContexts, createComplaint, TRACKING_CODE_PREFIX } from "./complaint-intake.ts";
import { presentComplaint, presentComplaintSummary } from "./complaints.presenter.ts";
import { findComplaint, findComplaintSummary, listComplaintsPage } from "./complaints.repository.ts";

// A staff member's clock may run a little ahead of the server's; more than this is a typo.
const CLOCK_SKEW_MS = 5 * 60_000;

export async function recordComplaint(ctx: AppContext, actor: UserActor, input: RecordComplaintInput) {
  const receivedAt = new Date(input.receivedAt);
  if (receivedAt.getTime() > ctx.now().getTime() + CLOCK_SKEW_MS) {
    throw invalidField("receivedAt", "complaint.received_in_future");
  }
  await checkTerm(ctx.db, "channel", "complaint_channel", input.channel);
  await checkRegion(ctx.db, "placeRegionCode", input.placeRegionCode);
  const created = await ctx.db.transaction(async (tx) => {
    const row = await createComplaint(tx, ctx, {
      ...input,
      taskForceId: actor.taskForceId,
      source: "staff",
      channelCode: input.channel,
      receivedAt,
      recordedById: actor.userId,
    });
    await recordAudit(tx, actor, {
      event: "complaint.recorded",
      recordType: "complaint",
      recordId: row.id,
      data: { channel: input.channel },
    });
    return row;
  });
  return complaintSummary(ctx, created.id);
}

/**
 * What a typed code can match: "adu 7k3m" becomes the prefix "ADU-7K3M", with the reading
 * mistakes a tracking code forgives (O for 0, I or L for 1).
 */
export function trackingCodePrefix(typed: string): string | undefined {
  let body = typed.toUpperCase().replace(/[\s-]/g, "");
  if (body.startsWith(TRACKING_CODE_PREFIX)) body = body.slice(TRACKING_CODE_PREFIX.length);
  body = body.replace(/O/g, "0").replace(/[IL]/g, "1").slice(0, 8);
  if (!body) return undefined;
  return `${TRACKING_CODE_PREFIX}-${body.slice(0, 4)}${body.length > 4 ? `-${body.slice(4)}` : ""}`;
}

function decodeQueueCursor(cursor: string | undefined) {
  const after = decodeCursor(cursor, 2);
  if (!after) return null;
  const receivedAt = new Date(String(after[0]));
  const id = String(after[1]);
  // The cursor comes back from the client: make sure the database is handed a time and an id.
  if (Number.isNaN(receivedAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw invalidField("cursor", "field.cursor_invalid");
  }
  return { receivedAt, id };
}

/** The intake queue of the caller's task force, newest first. */
export async function listComplaints(ctx: AppContext, actor: UserActor, query: ListComplaintsQuery) {
  const after = decodeQueueCursor(query.cursor);
  const rows = await listComplaintsPage(
    ctx.db,
    {
      taskForceId: actor.taskForceId,
      status: query.status,
      channel: query.channel,
      source: query.source,
      codePrefix: query.q ? trackingCodePrefix(query.q) : undefined,
    },
    after,
    query.limit,
  );
  const page = pageOf(rows, query.limit, (r) => [r.receivedAt.toISOString(), r.id]);
  const now = ctx.now();
  return { items: page.items.map((r) => presentComplaintSummary(r, now)), nextCursor: page.nextCursor };
}

export async function complaintSummary(ctx: AppContext, complaintId: string) {
  const row = await findComplaintSummary(ctx.db, complaintId);
  return presentComplaintSummary(row!, ctx.now());
}

/**
 * One complaint with its story and reporter. The reporter's name and contact are identity: they
 * show only to a session that may see identity (second factor verified), and each view is audited.
 */
export async function getComplaint(ctx: AppContext, actor: UserActor, complaintId: string) {
  await loadComplaint(ctx.db, actor, complaintId);
  const row = (await findComplaint(ctx.db, complaintId))!;
  const c = row.complaint;
  const mayReveal = actor.permissions.has("identity.reveal");
  const hasIdentity = Boolean(c.reporterNameEnc || c.reporterContactEnc);
  const open = (token: string | null, context: string) =>
    token && mayReveal ? decryptField(ctx.keyring, token, context) : null;
  const opened = {
    story: decryptField(ctx.keyring, c.storyEnc, complaintContexts.story(c.id)),
    reporterName: open(c.reporterNameEnc, complaintContexts.reporterName(c.id)),
    reporterContact: open(c.reporterContactEnc, complaintContexts.reporterContact(c.id)),
    identityWithheld: hasIdentity && !mayReveal,
  };
  if (opened.reporterName !== null || opened.reporterContact !== null) {
    await recordAudit(ctx.db, actor, {
      event: "identity.viewed",
      recordType: "complaint",
      recordId: c.id,
      data: {
        fields: [
          ...(opened.reporterName !== null ? ["reporterName"] : []),
          ...(opened.reporterContact !== null ? ["reporterContact"] : []),
        ],
      },
    });
  }
  return presentComplaint(actor, row, opened, ctx.now());
}

/** Someone has picked the complaint up: received -> under review. */
export async function reviewComplaint(ctx: AppContext, actor: UserActor, complaintId: string) {
  await ctx.db.transaction(async (tx) => {
    await loadComplaint(tx, actor, complaintId, {
      action: "review",
      refusal: "complaint.not_received",
      forUpdate: true,
    });
    await tx
      .update(complaints)
      .set({ status: "under_review", updatedAt: ctx.now() })
      .where(eq(complaints.id, complaintId));
    await recordAudit(tx, actor, {
      event: "complaint.updated",
      recordType: "complaint",
      recordId: complaintId,
      data: { status: { from: "received", to: "under_review" } },
    });
  });
  return complaintSummary(ctx, complaintId);
}
