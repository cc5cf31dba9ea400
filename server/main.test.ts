import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

function startServer(dataDir: string, port: number): { child: ChildProcess; output: () => string } {
  let output = "";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GUGUS_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "-e", "import('./server/main.ts').then((m) => m.startServer())"],
    {
      cwd: root,
      env,
    },
  );
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  return { child, output: () => output };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

async function waitForHealth(port: number, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("server exited");
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no health answer");
}

describe("the server process", () => {
  const dir = mkdtempSync(join(tmpdir(), "gugus-main-"));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("says where its database is, explains the first administrator, and finishes a request in flight on SIGTERM", async () => {
    const port = await freePort();
    const server = startServer(dir, port);
    children.push(server.child);
    await waitForHealth(port, server.child);
    expect(server.output()).toContain(join(dir, "pgdata"));
    expect(server.output()).toMatch(/setup\?token=/);
    expect(server.output()).toContain("admin:create");

    // A second process on the same folder is refused with a message, not allowed to write.
    const second = startServer(dir, await freePort());
    children.push(second.child);
    const code = await new Promise<number | null>((r) => second.child.once("exit", r));
    expect(code).not.toBe(0);
    expect(second.output()).toMatch(/in use by another Gugus process/);

    const inFlight = fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "siapa@contoh.go.id", password: "tidak-ada-akun" }),
    });
    await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise<number | null>((r) => server.child.once("exit", r));
    server.child.kill("SIGTERM");
    expect((await inFlight).status).toBe(401);
    expect(await exited, server.output()).toBe(0);
    expect(existsSync(join(dir, "gugus.lock"))).toBe(false);
  }, 240_000);
});
