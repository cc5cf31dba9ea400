import { describe, expect, it } from "vitest";
import type { ReferralStatus } from "../../../shared/referrals.ts";
import type { Role } from "../../../shared/roles.ts";
import type { UserActor } from "../../auth/actor.ts";
import { effectivePermissions } from "../../auth/session-permissions.ts";
import { type ReferralAction, type ReferralRecord, referralPolicy } from "./referral.policy.ts";

const TF = "11111111-1111-4111-8111-111111111111";
const OTHER_TF = "22222222-2222-4222-8222-222222222222";
const SENDER = "sender-org";
const RECEIVER = "receiver-org";

function actor(role: Role, organizationId: string, taskForceId = TF): UserActor {
  return {
    kind: "user",
    userId: `${role}-${organizationId}`,
    name: "x",
    email: "x@y.id",
    role,
    organizationId,
    taskForceId,
    locale: "id",
    permissions: effectivePermissions(role, true, []),
    via: "session",
    sessionId: null,
    secondFactorEnrolled: true,
    secondFactorVerified: true,
    ip: null,
  };
}

function referral(status: ReferralStatus, caseStatus = "open"): ReferralRecord {
  return {
    id: "r",
    taskForceId: TF,
    toOrganizationId: RECEIVER,
    status,
    case: {
      id: "c",
      taskForceId: TF,
      leadOrganizationId: SENDER,
      caseManagerId: null,
      status: caseStatus,
      closureRequestedAt: null,
    },
  };
}

const receiverProvider = actor("service_provider", RECEIVER);
const otherProvider = actor("service_provider", "third-org");
const senderManager = actor("case_manager", SENDER);
const receiverManager = actor("case_manager", RECEIVER);
const coordinator = actor("coordinator", "secretariat");
const foreignProvider = actor("service_provider", RECEIVER, OTHER_TF);
const fieldReporter = actor("field_reporter", RECEIVER);

// who × referral state × action → allowed?
const table: [string, UserActor, ReferralRecord, ReferralAction, boolean][] = [
  ["receiving provider", receiverProvider, referral("sent"), "view", true],
  ["receiving provider", receiverProvider, referral("sent"), "accept", true],
  ["receiving provider", receiverProvider, referral("sent"), "decline", true],
  ["receiving provider", receiverProvider, referral("sent"), "complete", false],
  ["receiving provider", receiverProvider, referral("sent"), "reveal", true],
  ["receiving provider", receiverProvider, referral("sent"), "recordService", false],
  ["receiving provider", receiverProvider, referral("sent"), "cancel", false],
  ["receiving provider", receiverProvider, referral("accepted"), "accept", false],
  ["receiving provider", receiverProvider, referral("accepted"), "complete", true],
  ["receiving provider", receiverProvider, referral("accepted"), "recordService", true],
  ["receiving provider", receiverProvider, referral("accepted"), "reveal", true],
  ["receiving provider", receiverProvider, referral("completed"), "view", true],
  ["receiving provider", receiverProvider, referral("completed"), "reveal", false],
  ["receiving provider", receiverProvider, referral("declined"), "reveal", false],
  ["receiving provider", receiverProvider, referral("cancelled"), "reveal", false],
  ["receiving provider", receiverProvider, referral("completed"), "recordService", false],
  ["provider of another organisation", otherProvider, referral("sent"), "view", false],
  ["provider of another organisation", otherProvider, referral("sent"), "reveal", false],
  ["provider of another task force", foreignProvider, referral("sent"), "view", false],
  ["field reporter of the receiver", fieldReporter, referral("sent"), "view", false],
  ["case manager of the receiver", receiverManager, referral("sent"), "accept", true],
  ["case manager of the sender", senderManager, referral("sent"), "view", true],
  ["case manager of the sender", senderManager, referral("sent"), "accept", false],
  ["case manager of the sender", senderManager, referral("sent"), "reveal", false],
  ["case manager of the sender", senderManager, referral("sent"), "cancel", true],
  ["case manager of the sender", senderManager, referral("accepted"), "cancel", true],
  ["case manager of the sender", senderManager, referral("completed"), "cancel", false],
  ["case manager of the sender", senderManager, referral("sent", "closed"), "cancel", false],
  ["coordinator", coordinator, referral("sent"), "view", true],
  ["coordinator", coordinator, referral("sent"), "cancel", true],
  ["coordinator", coordinator, referral("sent"), "accept", false],
];

describe("referral policy", () => {
  it.each(table)("%s, %s referral (%#): %s → %s", (_who, who, record, action, allowed) => {
    expect(referralPolicy[action](who, record)).toBe(allowed);
  });
});
