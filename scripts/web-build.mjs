// Builds the web app when web/dist is missing or older than its sources, so `npm start` on a
// fresh clone serves the UI with no separate build step, and a restart costs nothing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const sources = [join(root, "web"), join(root, "shared")];
const builtIndex = join(root, "web", "dist", "index.html");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function webBuildIsStale() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return sources.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

export function buildWebIfNeeded() {
  if (!webBuildIsStale()) return;
  const t0 = Date.now();
  console.log("Membangun antarmuka web (sekali saja) / building the web UI (once)…");
  // In a child process: the bundler's memory must not stay in the server that starts next.
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`vite build exited with ${result.status}`);
  console.log(`Antarmuka web siap / web UI built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
