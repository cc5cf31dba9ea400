import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import { findActivityRecord } from "./activities.repository.ts";
import { type ActivityAction, activityPolicy } from "./activity.policy.ts";

/**
 * Loads an activity the actor can read (404 otherwise, audited as a denial). An action beyond
 * reading that the actor may not take answers 403 saying who may, and is audited too: they
 * already see the activity, so hiding it would only confuse. Call it outside a transaction (the
 * denial's audit row must survive the refusal), then lock the row inside with
 * `findActivityRecord(tx, id, { forUpdate: true })`.
 */
export async function loadActivity(
  db: Db,
  actor: UserActor,
  activityId: string,
  action: ActivityAction = "read",
) {
  const record = await findActivityRecord(db, activityId);
  authorize(actor, activityPolicy, "read", record, "prevention_activity");
  if (!activityPolicy[action](actor, record)) {
    await recordAudit(db, actor, {
      event: "access.denied",
      recordType: "prevention_activity",
      recordId: record.id,
      data: { action },
    });
    throw new AppError(
      "forbidden",
      action === "changeOrganizer" ? "prevention.organizer_coordinator_only" : "prevention.not_organizer",
    );
  }
  return record;
}
