import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import type { MessageKey } from "../../lib/messages.ts";
import { type EarlyWarningAction, earlyWarningPolicy } from "./early-warning.policy.ts";
import { findWarningRecord } from "./early-warnings.repository.ts";

/**
 * Loads a warning the actor may read (404 otherwise, as for any record out of reach). A step of
 * the flow passes `action` and `refusal`: a warning the actor reaches but that is past the status
 * the step starts from answers 409 with that message. Pass `forUpdate` inside a transaction to
 * hold the row against a concurrent step.
 */
export async function loadWarning(
  db: Db,
  actor: UserActor,
  warningId: string,
  options: { action?: EarlyWarningAction; refusal?: MessageKey; forUpdate?: boolean } = {},
) {
  const record = await findWarningRecord(db, warningId, { forUpdate: options.forUpdate });
  authorize(actor, earlyWarningPolicy, "read", record, "early_warning");
  const action = options.action ?? "read";
  if (!earlyWarningPolicy[action](actor, record)) {
    throw new AppError("conflict", options.refusal ?? "error.conflict");
  }
  return record;
}
