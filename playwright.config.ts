import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3199);

// Debian's Chromium, never a downloaded browser; flags that keep it off the (closed) network.
export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? ".tmp/playwright-results.json" }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node scripts/start.mjs --demo",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // Every spec signs in from 127.0.0.1: the per-address sign-in limit would refuse the later ones.
    env: {
      PORT: String(port),
      GUGUS_DATA_DIR: ".tmp/e2e-data",
      HOST: "127.0.0.1",
      DATABASE_URL: "",
      GUGUS_LOGIN_IP_LIMIT: "10000",
    },
  },
});
