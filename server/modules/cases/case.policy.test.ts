import { describe, expect, it } from "vitest";
import type { Role } from "../../../shared/roles.ts";
import type { UserActor } from "../../auth/actor.ts";
import { effectivePermissions } from "../../auth/session-permissions.ts";
import { type CaseAction, type CaseRecord, casePolicy } from "./case.policy.ts";

const TF = "11111111-1111-4111-8111-111111111111";
const OTHER_TF = "22222222-2222-4222-8222-222222222222";
const MY_ORG = "org-mine";

function actor(role: Role): UserActor {
  return {
    kind: "user",
    userId: "me",
    name: "x",
    email: "x@y.id",
    role,
    organizationId: MY_ORG,
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

const base: CaseRecord = {
  id: "c",
  taskForceId: TF,
  leadOrganizationId: MY_ORG,
  caseManagerId: null,
  status: "in_service",
  closureRequestedAt: null,
};
const relationships: Record<string, CaseRecord> = {
  led_by_my_org: base,
  assigned_to_me: { ...base, leadOrganizationId: "org-other", caseManagerId: "me" },
  other_org: { ...base, leadOrganizationId: "org-other", caseManagerId: "someone" },
  other_task_force: { ...base, taskForceId: OTHER_TF },
};
const states: Record<string, Partial<CaseRecord>> = {
  active: {},
  closure_requested: { closureRequestedAt: new Date() },
  closed: { status: "closed", closureRequestedAt: new Date() },
};
const actions = Object.keys(casePolicy) as CaseAction[];

// What each role may do in each state of a case it reaches; "reach" says which cases it reaches.
// R read, U update, I reveal identity, Q request closure, A approve closure, O reopen, C override consent.
const rules: Record<Role, { reach: string[]; active: string; closure_requested: string; closed: string }> = {
  coordinator: {
    reach: ["led_by_my_org", "assigned_to_me", "other_org"],
    active: "RUIQC",
    closure_requested: "RUIAC",
    closed: "RIO",
  },
  case_manager: {
    reach: ["led_by_my_org", "assigned_to_me"],
    active: "RUIQ",
    closure_requested: "RUI",
    closed: "RIO",
  },
  service_provider: { reach: [], active: "", closure_requested: "", closed: "" },
  field_reporter: { reach: [], active: "", closure_requested: "", closed: "" },
  leadership: { reach: [], active: "", closure_requested: "", closed: "" },
  admin: { reach: [], active: "", closure_requested: "", closed: "" },
};
const letter: Record<CaseAction, string> = {
  read: "R",
  update: "U",
  revealIdentity: "I",
  requestClosure: "Q",
  approveClosure: "A",
  reopen: "O",
  overrideConsent: "C",
};

describe("who may do what to a case", () => {
  it("names a letter for every action of the policy", () => {
    expect(Object.keys(letter).sort()).toEqual([...actions].sort());
  });

  for (const [role, rule] of Object.entries(rules) as [Role, (typeof rules)[Role]][]) {
    for (const [relationship, record] of Object.entries(relationships)) {
      for (const [state, change] of Object.entries(states)) {
        it(`${role} × ${relationship} × ${state}`, () => {
          const allowed = rule.reach.includes(relationship)
            ? rule[state as "active" | "closure_requested" | "closed"]
            : "";
          const got = actions.filter((a) => casePolicy[a](actor(role), { ...record, ...change }));
          expect(got.map((a) => letter[a]).join("")).toBe(
            actions
              .map((a) => letter[a])
              .filter((l) => allowed.includes(l))
              .join(""),
          );
        });
      }
    }
  }
});
