import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: ".",
    // Browser specs (e2e/) belong to Playwright; benchmarks are not tests.
    include: ["server/**/*.test.ts", "shared/**/*.test.ts"],
    globalSetup: ["server/test/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
