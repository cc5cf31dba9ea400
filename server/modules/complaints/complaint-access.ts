import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import type { MessageKey } from "../../lib/messages.ts";
import { type ComplaintAction, complaintPolicy } from "./complaint.policy.ts";
import { findComplaintRecord } from "./complaints.repository.ts";

/**
 * Loads a complaint the actor reaches (404 otherwise, as for any record out of reach). A
 * change passes `action` and `refusal`: reaching the complaint but finding it past the step
 * the action needs answers 409 with that message, not a misleading "not found". Pass
 * `forUpdate` inside a transaction to hold the row against a concurrent triage.
 */
export async function loadComplaint(
  db: Db,
  actor: UserActor,
  complaintId: string,
  options: { action?: ComplaintAction; refusal?: MessageKey; forUpdate?: boolean } = {},
) {
  const record = await findComplaintRecord(db, complaintId, { forUpdate: options.forUpdate });
  authorize(actor, complaintPolicy, "read", record, "complaint");
  const action = options.action ?? "read";
  if (!complaintPolicy[action](actor, record)) {
    throw new AppError("conflict", options.refusal ?? "error.conflict");
  }
  return record;
}
