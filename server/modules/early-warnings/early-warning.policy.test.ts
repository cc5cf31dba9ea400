import { describe, expect, it } from "vitest";
import { earlyWarningStatuses } from "../../../shared/early-warnings.ts";
import type { Role } from "../../../shared/roles.ts";
import type { UserActor } from "../../auth/actor.ts";
import { permissionsOfRole } from "../../auth/roles.ts";
import { type EarlyWarningRecord, earlyWarningPolicy } from "./early-warning.policy.ts";

const TASK_FORCE = "tf-jakpus";

function actor(role: Role, over: Partial<UserActor> = {}): UserActor {
  return {
    kind: "user",
    userId: "user-1",
    name: "Uji",
    email: "uji@contoh.id",
    role,
    organizationId: "org-cideng",
    taskForceId: TASK_FORCE,
    locale: "id",
    permissions: new Set(permissionsOfRole(role)),
    via: "session",
    sessionId: null,
    secondFactorEnrolled: false,
    secondFactorVerified: false,
    ip: null,
    ...over,
  };
}

const warning = (over: Partial<EarlyWarningRecord> = {}): EarlyWarningRecord => ({
  id: "w-1",
  taskForceId: TASK_FORCE,
  status: "new",
  reportedById: "user-1",
  organizationId: "org-cideng",
  ...over,
});

describe("who reads an early warning", () => {
  const cases: [string, UserActor, boolean][] = [
    ["its reporter", actor("field_reporter"), true],
    ["a colleague of the same office", actor("field_reporter", { userId: "user-2" }), true],
    [
      "a lurah of another kelurahan",
      actor("field_reporter", { userId: "user-3", organizationId: "org-kenari" }),
      false,
    ],
    ["a case manager of the same organisation", actor("case_manager", { userId: "user-4" }), true],
    [
      "a case manager elsewhere",
      actor("case_manager", { userId: "user-5", organizationId: "org-upt" }),
      false,
    ],
    ["the secretariat", actor("coordinator", { userId: "user-6", organizationId: "org-sudin" }), true],
    [
      "another task force's secretariat",
      actor("coordinator", { userId: "user-7", taskForceId: "tf-dki" }),
      false,
    ],
    // Same user id in another task force is another person: never a match across tenants.
    ["the reporter's id in another task force", actor("field_reporter", { taskForceId: "tf-dki" }), false],
    ["leadership, even of the same organisation", actor("leadership", { userId: "user-8" }), false],
    ["the administrator", actor("admin", { userId: "user-9" }), false],
  ];
  it.each(cases)("%s → %s", (_who, who, expected) => {
    expect(earlyWarningPolicy.read(who, warning())).toBe(expected);
  });
});

describe("the steps of the flow", () => {
  const secretariat = actor("coordinator", { userId: "user-6", organizationId: "org-sudin" });
  const allowed: Record<string, Record<"verify" | "escalate" | "close", boolean>> = {
    new: { verify: true, escalate: false, close: true },
    verified: { verify: false, escalate: true, close: true },
    escalated: { verify: false, escalate: false, close: true },
    closed: { verify: false, escalate: false, close: false },
  };
  it.each(earlyWarningStatuses)("from %s, the secretariat may do exactly what the flow allows", (status) => {
    const record = warning({ status });
    for (const step of ["verify", "escalate", "close"] as const) {
      expect(earlyWarningPolicy[step](secretariat, record), step).toBe(allowed[status]![step]);
    }
  });
  it("leaves the reporter and their organisation with reading only", () => {
    for (const status of earlyWarningStatuses) {
      for (const who of [actor("field_reporter"), actor("case_manager", { userId: "user-4" })]) {
        const record = warning({ status });
        expect([
          earlyWarningPolicy.verify(who, record),
          earlyWarningPolicy.escalate(who, record),
          earlyWarningPolicy.close(who, record),
        ]).toEqual([false, false, false]);
      }
    }
  });
});
