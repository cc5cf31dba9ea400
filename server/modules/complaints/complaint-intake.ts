import { randomUUID } from "node:crypto";
import type { ComplaintSource } from "../../../shared/complaints.ts";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { insertWithFreshCode } from "../../db/fresh-code.ts";
import { complaints } from "../../db/schema/index.ts";
import { encryptField } from "../../lib/crypto/field-encryption.ts";
import { pseudonymousCode } from "../../lib/crypto/pseudonym.ts";

/** The prefix of a complaint's public tracking code: ADU-7K3M-Q9XW (aduan). */
export const TRACKING_CODE_PREFIX = "ADU";

/** Where each encrypted field of a complaint is bound (see server/db/encrypted-columns.ts). */
export const complaintContexts = {
  story: (id: string) => `complaints.story:${id}`,
  reporterName: (id: string) => `complaints.reporter_name:${id}`,
  reporterContact: (id: string) => `complaints.reporter_contact:${id}`,
};

export type NewComplaint = {
  taskForceId: string;
  source: ComplaintSource;
  channelCode: string;
  receivedAt: Date;
  recordedById: string | null;
  story: string;
  anonymous: boolean;
  reporterName?: string | null;
  reporterContact?: string | null;
  reporterRelation?: string | null;
  placeRegionCode?: string | null;
  placeCountryCode?: string | null;
  placeDetail?: string | null;
};

/**
 * Writes a new complaint in the caller's transaction, from staff or the public form alike:
 * the story and the reporter's name and contact encrypted, a fresh tracking code drawn.
 */
export async function createComplaint(tx: Db, ctx: AppContext, input: NewComplaint) {
  // The id is chosen here so the encrypted values can be bound to their row before it exists.
  const id = randomUUID();
  const seal = (value: string | null | undefined, context: (id: string) => string) =>
    value && !input.anonymous ? encryptField(ctx.keyring, value, context(id)) : null;
  const values = {
    id,
    taskForceId: input.taskForceId,
    source: input.source,
    channelCode: input.channelCode,
    receivedAt: input.receivedAt,
    reporterAnonymous: input.anonymous,
    reporterNameEnc: seal(input.reporterName, complaintContexts.reporterName),
    reporterContactEnc: seal(input.reporterContact, complaintContexts.reporterContact),
    reporterRelation: input.reporterRelation ?? null,
    storyEnc: encryptField(ctx.keyring, input.story, complaintContexts.story(id)),
    placeRegionCode: input.placeRegionCode ?? null,
    placeCountryCode: input.placeCountryCode ?? null,
    placeDetail: input.placeDetail ?? null,
    recordedById: input.recordedById,
    createdAt: ctx.now(),
    updatedAt: ctx.now(),
  };
  return insertWithFreshCode(
    "complaint tracking code",
    () => pseudonymousCode(TRACKING_CODE_PREFIX),
    async (trackingCode) => {
      const [row] = await tx
        .insert(complaints)
        .values({ ...values, trackingCode })
        .onConflictDoNothing({ target: complaints.trackingCode })
        .returning({
          id: complaints.id,
          trackingCode: complaints.trackingCode,
          receivedAt: complaints.receivedAt,
        });
      return row;
    },
  );
}
