import { describe, expect, it } from "vitest";
import type { Role } from "../../../shared/roles.ts";
import type { UserActor } from "../../auth/actor.ts";
import { effectivePermissions } from "../../auth/session-permissions.ts";
import { type UserAction, type UserRecord, userPolicy } from "./users.policy.ts";

const TF = "11111111-1111-4111-8111-111111111111";
const OTHER_TF = "22222222-2222-4222-8222-222222222222";

function actor(role: Role, id = "a"): UserActor {
  return {
    kind: "user",
    userId: id,
    name: "x",
    email: "x@y.id",
    role,
    organizationId: "o",
    taskForceId: TF,
    locale: "id",
    permissions: effectivePermissions(role, true, []),
    via: "session",
    sessionId: null,
    secondFactorEnrolled: true,
    secondFactorVerified: true,
    ip: null,
  };
}

const colleague: UserRecord = { id: "b", taskForceId: TF, active: true };
const inactive: UserRecord = { id: "c", taskForceId: TF, active: false };
const foreign: UserRecord = { id: "d", taskForceId: OTHER_TF, active: true };
const self: UserRecord = { id: "a", taskForceId: TF, active: true };

// role × relationship × action → allowed?
const table: [Role, UserRecord, UserAction, boolean][] = [
  ["admin", colleague, "read", true],
  ["admin", colleague, "update", true],
  ["admin", colleague, "deactivate", true],
  ["admin", colleague, "activate", false],
  ["admin", inactive, "activate", true],
  ["admin", inactive, "deactivate", false],
  ["admin", self, "deactivate", false],
  ["admin", self, "resetPassword", false],
  ["admin", colleague, "resetPassword", true],
  ["admin", foreign, "read", false],
  ["admin", foreign, "update", false],
  ["coordinator", colleague, "read", true],
  ["coordinator", colleague, "update", false],
  ["coordinator", foreign, "read", false],
  ["case_manager", colleague, "read", false],
  ["service_provider", colleague, "read", false],
  ["field_reporter", colleague, "read", false],
  ["leadership", colleague, "read", false],
];

describe("the user policy", () => {
  it.each(table)("%s on %o may %s: %s", (role, record, action, allowed) => {
    expect(userPolicy[action](actor(role), record)).toBe(allowed);
  });
});
