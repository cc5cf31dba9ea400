// Measures the public portal's home page with Lighthouse in mobile mode (a mid-range phone on a
// slow 4G link, simulated) in Debian's Chromium: performance and accessibility scores and the page
// weight. Not part of `npm test`: a measurement, run by hand or before a release.
//
//   node scripts/lighthouse.mjs                                  # starts its own demo server, measures "/"
//   node scripts/lighthouse.mjs http://127.0.0.1:3000/waspada    # measures a running server
//
// The full report is written to .tmp/lighthouse/. Exits 1 when the page weighs 200 KB or more.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";

const BUDGET_BYTES = 200 * 1024;
const outDir = join(process.cwd(), ".tmp", "lighthouse");
mkdirSync(outDir, { recursive: true });

async function waitFor(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** A demo server on a port of its own, with its own data folder, stopped when we are done. */
async function startDemo() {
  const port = 3287;
  const dataDir = join(process.cwd(), ".tmp", "lighthouse-data");
  rmSync(dataDir, { recursive: true, force: true });
  const server = spawn(process.execPath, ["scripts/start.mjs", "--demo"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", GUGUS_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: "ignore",
  });
  await waitFor(`http://127.0.0.1:${port}/api/health`, 300_000);
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill("SIGTERM") };
}

/** Debian's Chromium, with the flags that keep it off the (closed) network. */
async function startChromium(port, profile) {
  const chrome = spawn(
    process.env.CHROME_PATH ?? "/usr/bin/chromium",
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  await waitFor(`http://127.0.0.1:${port}/json/version`, 30_000);
  return chrome;
}

const given = process.argv[2];
const server = given ? { url: given, stop: () => {} } : await startDemo();
const debuggingPort = 9333;
const profile = join(tmpdir(), `gugus-lighthouse-${process.pid}`);
const chrome = await startChromium(debuggingPort, profile);

try {
  // Lighthouse's default settings are the mobile ones: a phone's screen and CPU, slow 4G, simulated.
  const { lhr, report } = await lighthouse(server.url, {
    port: debuggingPort,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  const name = `report-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(join(outDir, name), Array.isArray(report) ? report[0] : report);

  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id) => lhr.audits[id];
  const bytes = audit("total-byte-weight").numericValue;
  const requests = audit("network-requests")?.details?.items ?? [];
  const rows = [
    ["page", server.url],
    ["form factor", lhr.configSettings.formFactor],
    ["throttling", lhr.configSettings.throttlingMethod],
    ["performance", score("performance")],
    ["accessibility", score("accessibility")],
    ["best practices", score("best-practices")],
    ["SEO", score("seo")],
    ["page weight", `${(bytes / 1024).toFixed(1)} KB transferred (budget 200 KB)`],
    ["requests", requests.length],
    ["first contentful paint", audit("first-contentful-paint").displayValue],
    ["largest contentful paint", audit("largest-contentful-paint").displayValue],
    ["total blocking time", audit("total-blocking-time").displayValue],
    ["cumulative layout shift", audit("cumulative-layout-shift").displayValue],
    ["report", join(".tmp", "lighthouse", name)],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(26)} ${value}`);
  // Whatever keeps a score below 100 is named, so it can be fixed.
  for (const category of ["accessibility", "seo", "best-practices"]) {
    for (const ref of lhr.categories[category].auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1)
        console.log(`  ${category}: ${a.id} — ${a.title}`);
    }
  }
  process.exitCode = bytes < BUDGET_BYTES ? 0 : 1;
} finally {
  server.stop();
  // The profile can only go once Chromium has let go of it.
  const exited = new Promise((resolve) => chrome.once("exit", resolve));
  chrome.kill("SIGTERM");
  await exited;
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
