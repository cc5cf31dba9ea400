import type { Permission } from "../../shared/permissions.ts";
import { AppError } from "../lib/errors.ts";
import type { UserActor } from "./actor.ts";

/** A refusal that reaches the caller as "not found" but is audited as a denial by the error handler. */
export class AccessDenied extends AppError {
  readonly attempt: { action: string; recordType: string; recordId: string | null };
  constructor(attempt: { action: string; recordType: string; recordId: string | null }) {
    super("not_found", "error.not_found");
    this.attempt = attempt;
  }
}

/** A rule about one kind of record: may this actor do this to this record? Pure, no I/O. */
export type Policy<R, A extends string> = Record<A, (actor: UserActor, record: R) => boolean>;

/**
 * The one gate between a loaded record and a use case. A record the actor may not see or touch
 * answers 404, whether it exists or not, so its existence leaks nothing.
 */
export function authorize<R extends { id: string }, A extends string>(
  actor: UserActor,
  policy: Policy<R, A>,
  action: A,
  record: R | undefined | null,
  recordType: string,
): asserts record is R {
  if (!record) throw new AppError("not_found", "error.not_found");
  if (!policy[action](actor, record)) throw new AccessDenied({ action, recordType, recordId: record.id });
}

/** The abilities block of a presented record: what the caller may do next, for the UI to read. */
export function abilitiesOf<R, A extends string>(actor: UserActor, policy: Policy<R, A>, record: R) {
  return Object.fromEntries(
    (Object.keys(policy) as A[]).map((action) => [action, policy[action](actor, record)]),
  ) as Record<A, boolean>;
}

export function hasPermission(actor: UserActor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
