// `npm test`: types, lint, unit and HTTP tests (embedded database, and PostgreSQL when
// TEST_DATABASE_URL is set), then the browser tests in Chromium. Ends with one plain line,
// "N passed, N failed", that any CI reader understands.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "./chromium.mjs";
import { buildWebIfNeeded } from "./web-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const tmp = join(root, ".tmp");
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, "node_modules", ".bin", name);
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

check("typecheck", run("tsc --noEmit", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]));
check("lint", run("biome check", bin("biome"), ["check", "--diagnostic-level=error", "."]));

const vitestJson = join(tmp, "vitest-results.json");
rmSync(vitestJson, { force: true });
const unitOk = run("vitest", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} vitest test(s)`);
  // A file that failed to load has no tests to count; it still fails the run.
  if (!unitOk && report.numFailedTests === 0) check("vitest (suite error)", false);
} else check("vitest (no report)", unitOk);

const chromium = findChromium();
if (!chromium) {
  const how = "install it with `apt-get install chromium` (Debian) or set CHROME_PATH";
  if (process.env.CI === "true") {
    console.log(`\nBrowser tests: no Chromium found — required under CI=true; ${how}.`);
    check("browser tests (no Chromium)", false);
  } else {
    console.log(`\nBrowser tests skipped: no Chromium found at CHROME_PATH or /usr/bin/chromium; ${how}.`);
  }
} else {
  await buildWebIfNeeded();
  const pwJson = join(tmp, "playwright-results.json");
  rmSync(pwJson, { force: true });
  const e2eOk = run("playwright (Chromium)", bin("playwright"), ["test"], {
    CHROME_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  if (existsSync(pwJson)) {
    const stats = JSON.parse(readFileSync(pwJson, "utf8")).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.unexpected > 0) failures.push(`${stats.unexpected} browser test(s)`);
    if (!e2eOk && stats.unexpected === 0) check("playwright (run error)", false);
  } else check("playwright (no report)", e2eOk);
}

if (failures.length) console.log(`\nFailed: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
