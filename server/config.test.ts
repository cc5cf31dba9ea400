import { isAbsolute, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

function errorOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected loadConfig to throw");
}

describe("loadConfig", () => {
  it("starts on port 3000 with the embedded database in ./data, resolved to an absolute path", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe("0.0.0.0");
    expect(config.databaseUrl).toBeNull();
    expect(isAbsolute(config.dataDir)).toBe(true);
    expect(config.dataDir).toBe(resolve(process.cwd(), "data"));
    expect(config.dataKey).toBeNull();
    expect(config.logLevel).toBe("info");
  });

  it("requires a second factor of coordinators, case managers and service providers by default", () => {
    expect([...loadConfig({}).secondFactorRoles].sort()).toEqual([
      "case_manager",
      "coordinator",
      "service_provider",
    ]);
  });

  it("turns minutes and hours into milliseconds", () => {
    const config = loadConfig({ GUGUS_SESSION_IDLE_MINUTES: "45", GUGUS_SESSION_MAX_HOURS: "2" });
    expect(config.sessionIdleMs).toBe(45 * 60_000);
    expect(config.sessionMaxMs).toBe(2 * 3_600_000);
  });

  it("resolves a relative GUGUS_DATA_DIR against the working directory", () => {
    expect(loadConfig({ GUGUS_DATA_DIR: "var/gugus" }).dataDir).toBe(resolve(process.cwd(), "var/gugus"));
  });

  it("accepts a postgres:// or postgresql:// DATABASE_URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@db/gugus" }).databaseUrl).toBe("postgres://u@db/gugus");
    expect(loadConfig({ DATABASE_URL: "postgresql://u@db/gugus" }).databaseUrl).toBe(
      "postgresql://u@db/gugus",
    );
  });

  it("names every bad variable in one error", () => {
    const message = errorOf({
      PORT: "abc",
      DATABASE_URL: "mysql://x",
      GUGUS_TRUST_PROXY: "perhaps",
      LOG_LEVEL: "loud",
      GUGUS_DATA_DIR: "/fine",
    });
    expect(message).toMatch(/^Invalid configuration:/);
    for (const name of ["PORT", "DATABASE_URL", "GUGUS_TRUST_PROXY", "LOG_LEVEL"]) {
      expect(message).toContain(`${name}:`);
    }
    expect(message).not.toContain("GUGUS_DATA_DIR");
    expect(message).toContain("must start with postgres://");
  });

  it("refuses a port outside 0–65535 and a fractional one", () => {
    expect(errorOf({ PORT: "70000" })).toContain("PORT");
    expect(errorOf({ PORT: "80.5" })).toContain("PORT");
    expect(loadConfig({ PORT: "8080" }).port).toBe(8080);
  });

  it("reads GUGUS_2FA_REQUIRED_ROLES as a comma-separated list, spaces and empty items ignored", () => {
    expect(loadConfig({ GUGUS_2FA_REQUIRED_ROLES: "admin" }).secondFactorRoles).toEqual(["admin"]);
    expect(
      loadConfig({ GUGUS_2FA_REQUIRED_ROLES: " admin , leadership,,case_manager " }).secondFactorRoles,
    ).toEqual(["admin", "leadership", "case_manager"]);
  });

  it("refuses an unknown role in GUGUS_2FA_REQUIRED_ROLES and names the variable", () => {
    const message = errorOf({ GUGUS_2FA_REQUIRED_ROLES: "admin,superuser" });
    expect(message).toContain("GUGUS_2FA_REQUIRED_ROLES");
  });

  it("reads boolean variables written as true/false, 1/0 or yes/no", () => {
    expect(loadConfig({ GUGUS_TRUST_PROXY: "yes" }).trustProxy).toBe(true);
    expect(loadConfig({ GUGUS_TRUST_PROXY: "1" }).trustProxy).toBe(true);
    expect(loadConfig({ GUGUS_TRUST_PROXY: "no" }).trustProxy).toBe(false);
    expect(loadConfig({ GUGUS_DEMO: "true" }).demo).toBe(true);
    expect(loadConfig({}).demo).toBe(false);
  });
});
