import { describe, expect, it } from "vitest";
import { permissions } from "../../shared/permissions.ts";
import { roles } from "../../shared/roles.ts";
import { rolePermissions } from "./roles.ts";
import { effectivePermissions } from "./session-permissions.ts";

describe("the role table", () => {
  // Fails when a permission is added or moved: place it in the roles on purpose, then update this.
  it("grants exactly these permissions", () => {
    expect(rolePermissions).toMatchInlineSnapshot(`
      {
        "admin": [
          "session.self",
          "reference.read",
          "organization.read",
          "user.read",
          "user.manage",
          "organization.manage",
          "vocabulary.manage",
          "audit.read",
        ],
        "case_manager": [
          "session.self",
          "reference.read",
          "organization.read",
          "identity.reveal",
          "complaint.manage",
          "case.read",
          "case.manage",
          "referral.respond",
          "early_warning.report",
          "prevention.read",
          "prevention.manage",
          "statistics.read",
          "coordination.read",
          "action_item.update",
        ],
        "coordinator": [
          "session.self",
          "reference.read",
          "organization.read",
          "user.read",
          "audit.read",
          "identity.reveal",
          "complaint.manage",
          "case.read",
          "case.manage",
          "case.approve",
          "case.read_all",
          "referral.respond",
          "early_warning.report",
          "early_warning.manage",
          "prevention.read",
          "prevention.manage",
          "prevention.coordinate",
          "statistics.read",
          "report.manage",
          "data.exchange",
          "coordination.read",
          "coordination.manage",
          "action_item.update",
          "portal.manage",
          "portal.publish",
        ],
        "field_reporter": [
          "session.self",
          "reference.read",
          "organization.read",
          "early_warning.report",
          "prevention.read",
          "prevention.manage",
          "statistics.read",
          "coordination.read",
          "action_item.update",
        ],
        "leadership": [
          "session.self",
          "reference.read",
          "organization.read",
          "prevention.read",
          "statistics.read",
          "coordination.read",
        ],
        "service_provider": [
          "session.self",
          "reference.read",
          "organization.read",
          "identity.reveal",
          "referral.respond",
          "prevention.read",
          "statistics.read",
          "coordination.read",
          "action_item.update",
        ],
      }
    `);
  });

  it("places every permission of the closed list in at least one role", () => {
    const granted = new Set(Object.values(rolePermissions).flat());
    for (const permission of permissions) expect(granted.has(permission), permission).toBe(true);
  });

  it("never lets the administrator or aggregate-only roles reveal identity", () => {
    for (const role of ["admin", "field_reporter", "leadership"] as const) {
      expect(effectivePermissions(role, true, []).has("identity.reveal")).toBe(false);
    }
  });

  it("withholds identity from a role that must use two factors until the session verified one", () => {
    for (const role of roles) {
      const base = new Set<string>(rolePermissions[role]);
      if (!base.has("identity.reveal")) continue;
      expect(effectivePermissions(role, false, [role]).has("identity.reveal")).toBe(false);
      expect(effectivePermissions(role, true, [role]).has("identity.reveal")).toBe(true);
      expect(effectivePermissions(role, false, []).has("identity.reveal")).toBe(true);
      expect(effectivePermissions(role, "never", []).has("identity.reveal")).toBe(false);
    }
  });
});
