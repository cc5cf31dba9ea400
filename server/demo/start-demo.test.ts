import { afterEach, describe, expect, it } from "vitest";
import { startDemo } from "./start-demo.ts";

describe("npm run demo", () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });

  it("refuses to empty a PostgreSQL database unless told --force", async () => {
    process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:5432/gugus_never_touched";
    await expect(startDemo(["--demo"])).rejects.toThrow(/--force/);
  });

  it("refuses a scale that is not a whole number from 1 to 100", async () => {
    delete process.env.DATABASE_URL;
    await expect(startDemo(["--demo", "--scale", "0"])).rejects.toThrow(/--scale/);
    await expect(startDemo(["--demo", "--scale", "abc"])).rejects.toThrow(/--scale/);
  });
});
