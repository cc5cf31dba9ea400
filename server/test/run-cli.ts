import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * Runs `npm run gugus -- <args>` as its own process on an embedded data folder, with none of
 * this process's database or key settings leaking in.
 */
export function runCli(dataDir: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, GUGUS_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.GUGUS_DATA_KEY;
  delete env.GUGUS_INDEX_KEY;
  return spawnSync(process.execPath, ["--import", "tsx", "server/cli/main.ts", ...args], {
    cwd: join(import.meta.dirname, "../.."),
    env,
    encoding: "utf8",
    timeout: 100_000,
  });
}
