import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export type ServerProcess = {
  child: ChildProcess;
  port: number;
  base: string;
  startMs: number;
  log: () => string;
};

/** Starts `npm start` (or the demo) as its own process and waits for the health check. */
export async function startServer(
  args: string[],
  env: Record<string, string>,
  port: number,
): Promise<ServerProcess> {
  const t0 = performance.now();
  let log = "";
  const child = spawn(process.execPath, ["scripts/start.mjs", ...args], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    // A child killed by a signal has no exit code, only the signal's name.
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}):\n${log}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
    // Seeding the demo at scale 10 on a busy two-core machine takes longer than ten minutes.
    if (performance.now() - t0 > 3_600_000) throw new Error(`server did not answer in an hour:\n${log}`);
  }
  return { child, port, base, startMs: performance.now() - t0, log: () => log };
}

export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill("SIGTERM");
  await exited;
}

/** Resident memory of the server process (its PGlite worker is a thread of it, so included). */
export function rssMb(server: ServerProcess): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
